package org.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;

import java.net.URL;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.casework.support.Browser;
import org.casework.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Production's sign-in: the council's OpenID Connect provider (here WireMock standing in for it, signing in
 * "alice"), the authorization code flow in a real browser, and the worker record deciding what alice may do.
 */
@QuarkusTest
@TestProfile(CouncilSignInTest.CouncilProvider.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CouncilSignInTest {

    /** OIDC on, the demo sign-in off, as in production. */
    public static class CouncilProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "casework.web.oidc-sign-in", "true",
                    "casework.web.demo-sign-in", "false",
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.client-id", "quarkus-web-app",
                    "quarkus.oidc.credentials.secret", "secret",
                    // roles come from the worker record: the stand-in's tokens carry none of Casework's
                    "quarkus.oidc.roles.role-claim-path", "casework_roles",
                    "quarkus.oidc.token.issuer", "any",
                    "quarkus.oidc.token.audience", "any");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void chromium() {
        Browser.requireChromium();
    }

    private void signInAsAlice(Browser browser) {
        browser.go("/sign-in");
        assertThat(browser.driver().findElements(By.xpath("//button[starts-with(normalize-space(.), 'Sign in')]")))
                .as("no demo workers are listed").isEmpty();
        browser.driver().findElement(By.linkText("Sign in with your council account")).click();
        // the stand-in provider's own sign-in page
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.id("login")).isEmpty());
        browser.driver().findElement(By.id("login")).click();
        browser.heading();
    }

    /** The worker record of the provider's "alice", active or not (created the first time). */
    private static void alice(boolean active) {
        String team = Fixtures.team();
        Map<String, Object> body = Map.of("username", "alice", "displayName", "Alice Hughes", "roles",
                List.of("worker"), "teamIds", List.of(team), "active", active);
        List<String> found = api().queryParam("limit", "100").get("/api/workers").then().statusCode(200).extract()
                .path("items.findAll { it.username == 'alice' }.id");
        if (found.isEmpty()) {
            api().body(body).post("/api/workers").then().statusCode(201);
        } else {
            String etag = api().get("/api/workers/" + found.get(0)).header("ETag");
            api().header("If-Match", etag).body(body).put("/api/workers/" + found.get(0)).then().statusCode(200);
        }
    }

    @Test
    void aWorkerSignsInWithTheCouncilsProviderAndSeesTheirDay() {
        alice(true);
        try (Browser browser = Browser.open(root.toString().replaceAll("/$", ""), 1280, 900, true)) {
            signInAsAlice(browser);
            assertThat(browser.heading().getText()).isEqualTo("My day");
            assertThat(browser.text()).contains("Alice Hughes");
            browser.screenshot("council-sign-in");
        }
    }

    @Test
    void someoneTheProviderKnowsButCaseworkDoesNotSeesNoCasework() {
        alice(false);
        try (Browser browser = Browser.open(root.toString().replaceAll("/$", ""), 1280, 900, true)) {
            signInAsAlice(browser);
            assertThat(browser.heading().getText()).isEqualTo("You are not set up as a worker");
            browser.assertAccessible("not a worker");
        }
    }
}
