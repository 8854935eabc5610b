package org.casework.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.junit.jupiter.api.Test;

/**
 * {@code /q/openapi} serves openapi.yaml as written, in YAML and in JSON: nothing scanned from the code, no security
 * scheme or requirement added, no example changed. What integrators download is what the contract tests check.
 * Compared as data (YAML read as JSON's values, as OpenAPI's YAML 1.2 does), not as text: the server writes its own
 * YAML, with its own quoting and order of keys.
 */
@QuarkusTest
class ServedContractTest {

    private static final Path SPEC = Path.of("openapi.yaml");

    @Test
    void theServedDocumentIsOpenapiYamlAsWritten() throws IOException {
        JsonNode written = new YAMLMapper().readTree(SPEC.toFile());

        for (String format : List.of("yaml", "json")) {
            String body = RestAssured.given().queryParam("format", format).get("/q/openapi").then().statusCode(200)
                    .extract().asString();
            JsonNode served = format.equals("json") ? new ObjectMapper().readTree(body)
                    : new YAMLMapper().readTree(body);

            List<String> differences = new ArrayList<>();
            compare("", written, served, differences);
            assertThat(differences).as("where /q/openapi?format=%s differs from openapi.yaml", format).isEmpty();
        }
    }

    @Test
    void theComparisonSeesAChangedExampleAndAnAddedMember() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode written = yaml.readTree("a: {example: {id: 1, when: 2026-03-02}, list: [x, y]}");
        List<String> differences = new ArrayList<>();

        compare("", written, yaml.readTree("a: {example: {id: 1.0, when: '2026-03-02'}, list: [x, y]}"), differences);
        assertThat(differences).isEmpty();

        compare("", written, yaml.readTree("a: {example: {id: 2, when: 2026-03-02}, list: [y, x], extra: 1}"),
                differences);
        assertThat(differences).containsExactly("/a: only served: [extra]", "/a/example/id: 1 served as 2",
                "/a/list/0: \"x\" served as \"y\"", "/a/list/1: \"y\" served as \"x\"");
    }

    /** Records every place where {@code served} differs from {@code written}, by JSON pointer. */
    static void compare(String at, JsonNode written, JsonNode served, List<String> differences) {
        if (written.isObject() && served.isObject()) {
            TreeSet<String> onlyWritten = new TreeSet<>();
            written.fieldNames().forEachRemaining(onlyWritten::add);
            TreeSet<String> onlyServed = new TreeSet<>();
            served.fieldNames().forEachRemaining(onlyServed::add);
            TreeSet<String> both = new TreeSet<>(onlyWritten);
            both.retainAll(onlyServed);
            onlyWritten.removeAll(both);
            onlyServed.removeAll(both);
            if (!onlyWritten.isEmpty()) {
                differences.add(pointer(at) + ": only written: " + onlyWritten);
            }
            if (!onlyServed.isEmpty()) {
                differences.add(pointer(at) + ": only served: " + onlyServed);
            }
            for (String name : both) {
                compare(at + "/" + name.replace("~", "~0").replace("/", "~1"), written.get(name), served.get(name),
                        differences);
            }
        } else if (written.isArray() && served.isArray() && written.size() == served.size()) {
            Iterator<JsonNode> servedItems = served.elements();
            int i = 0;
            for (JsonNode item : written) {
                compare(at + "/" + i++, item, servedItems.next(), differences);
            }
        } else if (!sameValue(written, served)) {
            differences.add(pointer(at) + ": " + written + " served as " + served);
        }
    }

    /** Numbers compare by value (YAML's 1 and JSON's 1.0 are one number); everything else exactly. */
    private static boolean sameValue(JsonNode written, JsonNode served) {
        if (written.isNumber() && served.isNumber()) {
            return written.decimalValue().compareTo(served.decimalValue()) == 0;
        }
        return written.equals(served);
    }

    private static String pointer(String at) {
        return at.isEmpty() ? "/" : at;
    }
}
