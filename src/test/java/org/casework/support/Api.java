package org.casework.support;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
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

    private Api() {
    }

    /**
     * The test suite's own user: a team lead in every team that {@link Fixtures#team()} creates, and an admin, so
     * feature tests can do anything in their own teams. Scoping and role tests use {@link #as(String)}.
     */
    public static final String TESTER = "tester";

    private static String testerToken;

    public static String testerToken() {
        if (testerToken == null) {
            testerToken = Tokens.of(TESTER, "team-lead", "admin");
        }
        return testerToken;
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
}
