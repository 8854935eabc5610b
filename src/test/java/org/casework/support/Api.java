package org.casework.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every test call goes through here, so every request and response is checked against openapi.yaml: the
 * contract cannot drift from the code. An undocumented status code fails the test.
 */
public final class Api {

    private static final String SPEC = Path.of("openapi.yaml").toAbsolutePath().toString();

    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.response.status.unknown", ValidationReport.Level.ERROR)
                            .build())
                    .build());

    /** For requests that break the contract on purpose (to test the errors): only the response is checked. */
    private static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withLevel("validation.response.status.unknown", ValidationReport.Level.ERROR)
                            .build())
                    .build());

    /** The same contract, for checking responses alone (see {@link #sendAsTester}). */
    private static final OpenApiInteractionValidator RESPONSE_VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(SPEC)
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.response.status.unknown", ValidationReport.Level.ERROR)
                    .build())
            .build();

    private Api() {
    }

    /**
     * The test suite's own user: a team lead in every team that {@link Fixtures#team()} creates, and an admin, so
     * feature tests can do anything in their own teams. Scoping and role tests use {@link #as(String)}.
     */
    public static final String TESTER = "tester";

    /** The tester's token: made once, for 11 hours, longer than any run and within the 12 the app accepts. */
    public static String testerToken() {
        return TesterToken.VALUE;
    }

    private static final class TesterToken {
        static final String VALUE = Tokens.lasting(Duration.ofHours(11), TESTER, "team-lead", "admin");
    }

    /** As the tester, checked against the contract both ways. */
    public static RequestSpecification api() {
        return as(testerToken());
    }

    /** With the given bearer token. */
    public static RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    /** Without a token. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(STRICT).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A request that is invalid on purpose: the response must still be what the contract promises. */
    public static RequestSpecification invalid() {
        return invalidAs(testerToken());
    }

    public static RequestSpecification invalidAs(String token) {
        RequestSpecification spec = RestAssured.given().filter(RESPONSES_ONLY).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    /** The answer to a request sent with {@link #sendAsTester}; {@code breaches} of the contract, or null. */
    public record Answer(int status, String contentType, String body, String breaches) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /**
     * Sends bytes as they are, as the tester, with Java's own HTTP client: for the fuzz test's thousands of
     * deliberately broken requests, where REST Assured's work per request takes longer than the server's. The
     * answer is checked against the contract as {@link #invalid()} checks it (an undocumented status, a body off
     * its schema), and what breaks it is returned for the caller to report with the request. The request is not
     * read by the validator: it is broken on purpose, up to megabytes long or thousands of levels deep.
     */
    public static Answer sendAsTester(String method, String path, Map<String, String> query,
            Map<String, String> headers, byte[] body) {
        StringBuilder uri = new StringBuilder(RestAssured.baseURI).append(':').append(RestAssured.port).append(path);
        String separator = "?";
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            uri.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = "&";
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.toString()))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Bearer " + testerToken()).header("Content-Type", "application/json")
                .header("Accept", "application/json");
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        SimpleResponse.Builder checked = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        if (contentType != null) {
            checked.withContentType(contentType);
        }
        ValidationReport report = RESPONSE_VALIDATOR.validateResponse(path,
                com.atlassian.oai.validator.model.Request.Method.valueOf(method), checked.build());
        String breaches = report.hasErrors() ? new OpenApiValidationFilter.OpenApiValidationException(report)
                .getMessage() : null;
        return new Answer(response.statusCode(), contentType, response.body(), breaches);
    }
}
