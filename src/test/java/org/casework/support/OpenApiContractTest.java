package org.casework.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml is hand-written, so nothing else stops an endpoint from shipping undocumented or a documented one
 * from disappearing. This compares the JAX-RS operations in the compiled application with the contract, by
 * method and path, with every path parameter written {@code {}} (the code says {@code {id}} where the contract
 * says {@code {personId}}). Plain JUnit: the compiled classes are read with Jandex, nothing is started.
 */
class OpenApiContractTest {

    private static final Path SPEC = Path.of("openapi.yaml");


    private static SwaggerParseResult parsed;
    private static OpenAPI contract;

    @BeforeAll
    static void readContract() {
        parsed = new OpenAPIV3Parser().readLocation(SPEC.toAbsolutePath().toString(), null, null);
        assertThat(parsed.getOpenAPI()).as("openapi.yaml parses: %s", parsed.getMessages()).isNotNull();
        contract = parsed.getOpenAPI();
    }

    @Test
    void theContractParsesWithoutProblems() {
        assertThat(parsed.getMessages()).as("problems the OpenAPI parser finds in openapi.yaml").isEmpty();
    }

    @Test
    void everyOperationInTheCodeIsDocumentedAndEveryDocumentedOperationExists() throws IOException {
        SortedSet<String> inCode = operationsInCode();
        SortedSet<String> documented = new TreeSet<>(documentedOperations().keySet());
        assertThat(inCode).as("JAX-RS operations found in target/classes")
                .contains("GET /api/people/{}");

        SortedSet<String> undocumented = new TreeSet<>(inCode);
        undocumented.removeAll(documented);
        SortedSet<String> missingFromCode = new TreeSet<>(documented);
        missingFromCode.removeAll(inCode);

        assertThat(undocumented.isEmpty() && missingFromCode.isEmpty())
                .as("openapi.yaml and the code disagree (path parameters shown as {}):%n"
                        + "  in the code but not in openapi.yaml: %s%n"
                        + "  in openapi.yaml but not in the code: %s", undocumented, missingFromCode)
                .isTrue();
    }

    @Test
    void everyDocumentedOperationHasAUniqueOperationIdOneTagASummaryAndADescription() {
        Set<String> declaredTags = new TreeSet<>();
        if (contract.getTags() != null) {
            contract.getTags().stream().map(Tag::getName).forEach(declaredTags::add);
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        documentedOperations().forEach((key, documented) -> {
            String where = documented.method() + " " + documented.path();
            Operation operation = documented.operation();
            String id = operation.getOperationId();
            if (id == null || id.isBlank()) {
                problems.add(where + " has no operationId");
            } else if (operationIds.containsKey(id)) {
                problems.add(where + " repeats operationId " + id + " of " + operationIds.get(id));
            } else {
                operationIds.put(id, where);
            }
            if (operation.getTags() == null || operation.getTags().size() != 1) {
                // generated clients put an operation in one class per tag: two tags clash (TypeScript TS2308)
                problems.add(where + " has " + (operation.getTags() == null ? 0 : operation.getTags().size())
                        + " tags, not one");
            } else {
                operation.getTags().stream().filter(tag -> !declaredTags.contains(tag))
                        .forEach(tag -> problems.add(where + " uses tag " + tag + ", not declared under tags:"));
            }
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                problems.add(where + " has no summary");
            }
            if (operation.getDescription() == null || operation.getDescription().isBlank()) {
                problems.add(where + " has no description");
            }
            boolean takesKey = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> ("Idempotency-Key".equals(p.getName()) && "header".equals(p.getIn()))
                            || "#/components/parameters/IdempotencyKey".equals(p.get$ref()));
            if ("POST".equals(documented.method()) && !takesKey) {
                problems.add(where + " does not declare the Idempotency-Key header");
            }
        });
        assertThat(operationIds).as("operations in openapi.yaml").isNotEmpty();
        assertThat(problems).as("operations in openapi.yaml lacking what integrators rely on").isEmpty();
    }

    /**
     * An object inside another (a property, or a list's items) is a named schema, never written in place: generated
     * clients name an inline object after its position ({@code RepeatDashboardFrequentPresentersItemsInner}),
     * which no integrator can read.
     */
    @Test
    void everyObjectInsideAnotherHasANamedSchema() {
        List<String> inline = new ArrayList<>();
        contract.getComponents().getSchemas().forEach((name, schema) -> inlineObjects(name, schema, inline));
        assertThat(inline).as("objects written in place in openapi.yaml").isEmpty();
    }

    @SuppressWarnings("rawtypes")
    private static void inlineObjects(String where, io.swagger.v3.oas.models.media.Schema schema, List<String> found) {
        if (schema == null || schema.get$ref() != null) {
            return;
        }
        Map<String, io.swagger.v3.oas.models.media.Schema> inside = new LinkedHashMap<>();
        if (schema.getItems() != null) {
            inside.put(where + ".items", schema.getItems());
        }
        if (schema.getProperties() != null) {
            ((Map<?, ?>) schema.getProperties()).forEach((property, value) -> inside.put(where + "." + property,
                    (io.swagger.v3.oas.models.media.Schema) value));
        }
        inside.forEach((path, value) -> {
            if (value.get$ref() == null && value.getProperties() != null) {
                found.add(path);
            }
            inlineObjects(path, value, found);
        });
    }

    @Test
    void theContractSaysWhoMaintainsItAndUnderWhichLicence() {
        assertThat(contract.getInfo().getLicense()).as("info.license").isNotNull();
        assertThat(contract.getInfo().getLicense().getName()).isNotBlank();
        assertThat(contract.getInfo().getContact()).as("info.contact").isNotNull();
        assertThat(contract.getInfo().getContact().getName()).isNotBlank();
    }

    @Test
    void pathParameterNamesAndSlashesDoNotMatterButLiteralSegmentsDo() {
        assertThat(normalise("/api/people/{personId}", "network/{memberId}"))
                .isEqualTo(normalise("/api/people/{id}/", "/network/{member: [0-9a-f-]{36}}"))
                .isEqualTo("/api/people/{}/network/{}");
        assertThat(normalise("/api/cases/", "")).isEqualTo("/api/cases");
        assertThat(normalise("/api/cases/{id}/closure")).isNotEqualTo(normalise("/api/cases/{id}/handovers"));
    }

    /** What openapi.yaml documents, keyed like {@link #operationsInCode()}: {@code "GET /api/people/{}"}. */
    private static Map<String, DocumentedOperation> documentedOperations() {
        Map<String, DocumentedOperation> operations = new TreeMap<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String key = method.name() + " " + normalise(path);
            operations.put(key, new DocumentedOperation(method.name(), path, operation));
        }));
        return operations;
    }

    private record DocumentedOperation(String method, String path, Operation operation) {
    }

    private static SortedSet<String> operationsInCode() throws IOException {
        SortedSet<String> operations = new TreeSet<>();
        ResourceIndex.operations().forEach(operation -> operations.add(operation.key()));
        return operations;
    }

    static String normalise(String... fragments) {
        return ResourceIndex.normalise(fragments);
    }
}
