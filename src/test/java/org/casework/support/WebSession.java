package org.casework.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser's session without the browser, for page tests with REST Assured: signed in through the demo sign-in
 * form, keeping its cookies (the session and the CSRF token's) and the CSRF token of the last page read.
 */
public class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrf;
    private String lastPage = "";

    /** Signs in as an active worker through the demo sign-in form. */
    public static WebSession signIn(String username) {
        WebSession session = new WebSession();
        Response signedIn = RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", "demo").post("/j_security_check");
        assertThat(signedIn.statusCode()).as("sign-in answers a redirect").isEqualTo(302);
        assertThat(signedIn.header("Location")).as("sign-in succeeded").doesNotContain("error");
        session.cookies.putAll(signedIn.cookies());
        return session;
    }

    public static WebSession anonymous() {
        return new WebSession();
    }

    public RequestSpecification request() {
        return RestAssured.given().redirects().follow(false).cookies(cookies);
    }

    /** Reads a page, keeping its cookies and its form's CSRF token. */
    public Response get(String path) {
        Response page = request().get(path);
        remember(page);
        return page;
    }

    /** Posts a form with the CSRF token of the page last read. */
    public Response post(String path, Map<String, ?> form) {
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded");
        if (csrf != null) {
            spec.formParam("csrf-token", csrf);
        }
        form.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(v -> spec.formParam(name, v));
            } else {
                spec.formParam(name, value);
            }
        });
        Response answer = spec.post(path);
        remember(answer);
        return answer;
    }

    /** Reads a page with query parameters, encoded as a browser would. */
    public Response get(String path, Map<String, ?> query) {
        Response page = request().queryParams(query).get(path);
        remember(page);
        return page;
    }

    /** The GOV.UK error summary's messages on a page, to explain a failed assertion. */
    public static java.util.List<String> errorSummary(Response page) {
        java.util.List<String> found = new java.util.ArrayList<>();
        Matcher item = Pattern.compile("<li><a href=\"#[^\"]*\">([^<]*)</a></li>").matcher(page.asString());
        while (item.find()) {
            found.add(item.group(1));
        }
        return found;
    }

    /** The once-only token of the form last read. */
    public String formToken() {
        Matcher token = TOKEN.matcher(lastPage);
        assertThat(token.find()).as("the form carries its once-only token").isTrue();
        return token.group(1);
    }

    private void remember(Response page) {
        cookies.putAll(page.cookies());
        lastPage = page.asString();
        Matcher token = CSRF.matcher(lastPage);
        if (token.find()) {
            csrf = token.group(1);
        }
    }
}
