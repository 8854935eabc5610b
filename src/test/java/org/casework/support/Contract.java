package org.casework.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** openapi.yaml as data, for tests that derive requests from it: its write operations, schemas and examples. */
public final class Contract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenAPI api;

    private Contract(OpenAPI api) {
        this.api = api;
    }

    public static Contract read() {
        SwaggerParseResult parsed = new OpenAPIV3Parser()
                .readLocation(Path.of("openapi.yaml").toAbsolutePath().toString(), null, null);
        assertThat(parsed.getOpenAPI()).as("openapi.yaml parses: %s", parsed.getMessages()).isNotNull();
        return new Contract(parsed.getOpenAPI());
    }

    /**
     * One POST or PUT of the contract. {@code statuses} are the documented response codes, {@code queryParameters}
     * the documented query parameters, {@code example} the request example (null when there is none).
     */
    public record WriteOperation(String id, String method, String path, Schema<?> body, String bodySchemaName,
            JsonNode example, Set<Integer> statuses, boolean needsIfMatch, Set<String> queryParameters) {

        @Override
        public String toString() {
            return id + " (" + method + " " + path + ")";
        }
    }

    /**
     * Every POST and PUT with a JSON request body, in the contract's order. An action that takes no body (replaying
     * a webhook delivery) has none to malform, and an import takes a file of lines; any other write must take JSON.
     */
    public List<WriteOperation> writeOperations() {
        List<WriteOperation> operations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (method != PathItem.HttpMethod.POST && method != PathItem.HttpMethod.PUT) {
                return;
            }
            if (operation.getRequestBody() == null && path.endsWith("/replay")) {
                return;
            }
            if (operation.getRequestBody() != null
                    && operation.getRequestBody().getContent().containsKey("application/x-ndjson")) {
                return; // a file of lines, each read as a JSON body is: ImportTest malforms them line by line
            }
            MediaType json = operation.getRequestBody() == null ? null
                    : operation.getRequestBody().getContent().get("application/json");
            assertThat(json).as("%s %s has a JSON request body", method, path).isNotNull();
            Set<Integer> statuses = new TreeSet<>();
            operation.getResponses().keySet().stream().filter(code -> code.matches("\\d{3}"))
                    .map(Integer::valueOf).forEach(statuses::add);
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            if (operation.getParameters() != null) {
                parameters.addAll(operation.getParameters());
            }
            Set<String> query = new TreeSet<>();
            boolean ifMatch = false;
            for (Parameter parameter : parameters) {
                Parameter p = parameter(parameter);
                if ("query".equals(p.getIn())) {
                    query.add(p.getName());
                } else if ("header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName())) {
                    ifMatch = true;
                }
            }
            String ref = json.getSchema().get$ref();
            operations.add(new WriteOperation(operation.getOperationId(), method.name(), path,
                    resolve(json.getSchema()), ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1),
                    json.getExample() == null ? null : JSON.valueToTree(json.getExample()), statuses, ifMatch,
                    query));
        }));
        return operations;
    }

    /** The schema itself when it is a {@code $ref} to a component. */
    public Schema<?> resolve(Schema<?> schema) {
        Schema<?> resolved = schema;
        while (resolved != null && resolved.get$ref() != null) {
            String ref = resolved.get$ref();
            resolved = api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return resolved;
    }

    private Parameter parameter(Parameter parameter) {
        if (parameter.get$ref() == null) {
            return parameter;
        }
        Map<String, Parameter> shared = api.getComponents().getParameters();
        return shared.get(parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1));
    }
}
