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

    public static RequestSpecification api() {
        return RestAssured.given().filter(STRICT).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A request that is invalid on purpose: the response must still be what the contract promises. */
    public static RequestSpecification invalid() {
        return RestAssured.given().filter(RESPONSES_ONLY).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
