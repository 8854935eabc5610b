package org.casework.common;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.swagger.v3.oas.models.media.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import org.casework.support.JsonText;

/**
 * The ways the fuzz test breaks a valid request body, each one certain to make it invalid. A malformation is
 * generated against the body's {@link Shape} (which field, which value), with jqwik's arbitraries, and applied to a
 * fresh copy of the body of the same shape.
 */
enum Malformation {

    /** U+0000 inside any string: a name, a code, an id, a date. */
    NUL_IN_TEXT {
        @Override
        Arbitrary<Mutation> mutations(Shape shape) {
            List<Slot> texts = shape.slots(slot -> slot.node().isTextual());
            if (texts.isEmpty()) {
                return null;
            }
            return Arbitraries.of(texts).flatMap(slot -> Arbitraries
                    .integers().between(0, slot.node().textValue().length()).map(at -> new Mutation(
                            "U+0000 at " + at + " of " + slot.path(), body -> {
                                Slot fresh = body.slot(slot.id());
                                String text = fresh.node().textValue();
                                int i = Math.min(at, text.length());
                                fresh.replace(TextNode.valueOf(text.substring(0, i) + "\u0000" + text.substring(i)));
                                return Sent.body(body);
                            })));
        }
    },

    /** A date or timestamp before 1900 or after 2199, where one is expected (given or not in the valid body). */
    DATE_OUT_OF_RANGE {
        @Override
        Arbitrary<Mutation> mutations(Shape shape) {
            List<DatePlace> places = new ArrayList<>();
            for (Slot object : shape.slots(slot -> slot.node().isObject() && slot.schema() != null
                    && slot.schema().getProperties() != null)) {
                object.schema().getProperties().forEach((name, property) -> {
                    Schema<?> resolved = shape.resolve(property);
                    if (resolved != null && ("date".equals(resolved.getFormat())
                            || "date-time".equals(resolved.getFormat()))) {
                        places.add(new DatePlace(object.id(), name, "date-time".equals(resolved.getFormat())));
                    }
                });
            }
            if (places.isEmpty()) {
                return null;
            }
            Arbitrary<Integer> years = Arbitraries.oneOf(Arbitraries.integers().between(-999_999_999, 1899),
                    Arbitraries.integers().between(2200, 999_999_999),
                    Arbitraries.of(-999_999_999, -1, 0, 1, 1000, 1899, 2200, 9999, 10000, 999_999_999));
            return Combinators.combine(Arbitraries.of(places), years, Arbitraries.integers().between(1, 12),
                    Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 86_399),
                    Arbitraries.integers().between(-18, 18)).as((place, year, month, day, second, offset) -> {
                        String value = place.dateTime()
                                ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.of(LocalDate.of(year,
                                        month, day).atStartOfDay().plusSeconds(second), ZoneOffset.ofHours(offset)))
                                : LocalDate.of(year, month, day).toString();
                        return new Mutation(place.property() + " = " + value + " in " + shape.slot(place.object()).path(),
                                body -> {
                                    ((ObjectNode) body.slot(place.object()).node()).put(place.property(), value);
                                    return Sent.body(body);
                                });
                    });
        }
    },

    /** A key written twice in the same object. */
    DUPLICATE_KEY {
        @Override
        Arbitrary<Mutation> mutations(Shape shape) {
            return Arbitraries.of(shape.slots(slot -> slot.node().isObject() && slot.node().size() > 0))
                    .flatMap(slot -> Combinators.combine(Arbitraries.of(names(slot.node())), Arbitraries.of(true, false))
                            .as((name, same) -> new Mutation((same ? "the same " : "another ") + name + " again in "
                                    + slot.path(), body -> {
                                        ObjectNode object = (ObjectNode) body.slot(slot.id()).node();
                                        IdentityHashMap<ObjectNode, Map.Entry<String, JsonNode>> again = new IdentityHashMap<>();
                                        again.put(object, new AbstractMap.SimpleEntry<>(name,
                                                same ? object.get(name) : TextNode.valueOf("again")));
                                        return Sent.text(JsonText.write(body.root(), again));
                                    })));
        }
    },

    /** A number or boolean where text is expected, text or a fraction where a whole number is, and so on. */
    WRONG_SCALAR_TYPE {
        @Override
        Arbitrary<Mutation> mutations(Shape shape) {
            List<Slot> scalars = shape.slots(slot -> !slot.node().isContainerNode() && slot.schema() != null
                    && Set.of("string", "integer", "number", "boolean").contains(slot.schema().getType()));
            if (scalars.isEmpty()) {
                return null;
            }
            return Arbitraries.of(scalars).flatMap(slot -> wrongFor(slot.schema().getType()).map(value -> new Mutation(
                    slot.path() + " (" + slot.schema().getType() + ") = " + value, body -> {
                        body.slot(slot.id()).replace(value);
                        return Sent.body(body);
                    })));
        }

        private Arbitrary<JsonNode> wrongFor(String type) {
            Arbitrary<JsonNode> booleans = Arbitraries.of(true, false).map(BooleanNode::valueOf);
            Arbitrary<JsonNode> wholeNumbers = Arbitraries.integers().map(IntNode::valueOf);
            Arbitrary<JsonNode> fractions = Arbitraries.integers().between(-1_000_000, 1_000_000)
                    .map(i -> DoubleNode.valueOf(i + 0.5));
            Arbitrary<JsonNode> numbersAsText = Arbitraries.integers().map(i -> TextNode.valueOf(Integer.toString(i)));
            return switch (type) {
                case "string" -> Arbitraries.oneOf(wholeNumbers, fractions, booleans);
                case "integer" -> Arbitraries.oneOf(numbersAsText, fractions, booleans);
                case "number" -> Arbitraries.oneOf(numbersAsText, booleans);
                default -> Arbitraries.oneOf(Arbitraries.of("true", "false", "yes", "1").map(TextNode::valueOf),
                        Arbitraries.of(0, 1).map(IntNode::valueOf));
            };
        }
    },

    /** A field the contract requires, left out. */
    MISSING_REQUIRED_FIELD {
        @Override
        Arbitrary<Mutation> mutations(Shape shape) {
            List<Slot> required = shape.slots(slot -> slot.required() && slot.field() != null);
            if (required.isEmpty()) {
                return null;
            }
            return Arbitraries.of(required).map(slot -> new Mutation("without " + slot.path(), body -> {
                        Slot fresh = body.slot(slot.id());
                        ((ObjectNode) fresh.parent()).remove(fresh.field());
                        return Sent.body(body);
                    }));
        }
    },

    /** A field the request does not have, among them those the server owns. */
    UNKNOWN_FIELD {
        @Override
        Arbitrary<Mutation> mutations(Shape shape) {
            Arbitrary<String> names = Arbitraries.oneOf(
                    Arbitraries.of("id", "version", "createdAt", "updatedAt", "recordedAt", "recordedByWorkerId",
                            "personId", "teamId", "status", "erasedAt", "_links", "__proto__", "constructor"),
                    Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(30),
                    Arbitraries.strings().ofMinLength(1).ofMaxLength(30));
            Arbitrary<JsonNode> values = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20).map(TextNode::valueOf),
                    Arbitraries.integers().map(IntNode::valueOf), Arbitraries.just(NullNode.getInstance()),
                    Arbitraries.of(true, false).map(BooleanNode::valueOf));
            return Arbitraries.of(shape.slots(slot -> slot.node().isObject() && slot.schema() != null
                    && slot.schema().getProperties() != null)).flatMap(slot -> Combinators.combine(
                            names.filter(name -> !slot.schema().getProperties().containsKey(name)), values)
                            .as((name, value) -> new Mutation("unknown field " + JsonText.write(TextNode.valueOf(name))
                                    + " in " + slot.path(), body -> {
                                        ((ObjectNode) body.slot(slot.id()).node()).set(name, value);
                                        return Sent.body(body);
                                    })));
        }
    },

    /** A query parameter the operation does not take. */
    UNKNOWN_QUERY_PARAMETER {
        @Override
        Arbitrary<Mutation> mutations(Shape shape) {
            Arbitrary<String> names = Arbitraries.oneOf(
                    Arbitraries.of("dryRun", "updatedSince", "username", "expand", "fields", "cursor", "limit", "id",
                            "version", "force", "lang", "callback"),
                    Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20),
                    Arbitraries.strings().ofMinLength(1).ofMaxLength(20));
            return Combinators.combine(names.filter(name -> !shape.queryParameters().contains(name)),
                    Arbitraries.strings().ofMaxLength(50)).as((name, value) -> new Mutation("query parameter "
                            + JsonText.write(TextNode.valueOf(name)), body -> Sent.body(body).withQuery(name, value)));
        }
    },

    /** Arrays and objects nested up to 3,000 deep, in place of a value or of the whole body. */
    DEEPLY_NESTED_JUNK {
        @Override
        Arbitrary<Mutation> mutations(Shape shape) {
            Arbitrary<Integer> depths = Arbitraries.oneOf(Arbitraries.integers().between(2, 3000),
                    Arbitraries.of(2, 999, 1000, 1001, 3000));
            return Combinators.combine(Arbitraries.of(shape.slots(slot -> true)), depths,
                    Arbitraries.of("[", "{\"a\":", "mixed"), Arbitraries.of("\"x\"", "1", "true", "null", "{}", "[]"))
                    .as((slot, depth, open, inner) -> new Mutation(slot.path() + " nested " + depth + " deep with "
                            + open, body -> {
                                body.slot(slot.id()).replace(JsonText.raw(nested(depth, open, inner)));
                                return Sent.body(body);
                            }));
        }

        private String nested(int depth, String open, String inner) {
            StringBuilder text = new StringBuilder();
            StringBuilder close = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                boolean array = open.equals("[") || (open.equals("mixed") && i % 2 == 0);
                text.append(array ? "[" : "{\"a\":");
                close.append(array ? "]" : "}");
            }
            return text.append(inner).append(close.reverse()).toString();
        }
    },

    /** Text longer than the contract allows, where it sets a limit, a format or a list of values. */
    OVERLONG_TEXT {
        @Override
        Arbitrary<Mutation> mutations(Shape shape) {
            List<Slot> limited = shape.slots(slot -> slot.node().isTextual() && slot.schema() != null
                    && (slot.schema().getMaxLength() != null || slot.schema().getEnum() != null
                            || slot.schema().getPattern() != null || slot.schema().getFormat() != null));
            Arbitrary<Integer> beyond = Arbitraries.oneOf(Arbitraries.integers().between(0, 20_000),
                    Arbitraries.of(0, 1, 100_000));
            if (limited.isEmpty()) {
                return null;
            }
            Arbitrary<String> units = Arbitraries.strings().withChars("abcxyz ŵâ日本-.").ofMinLength(1).ofMaxLength(8);
            return Combinators.combine(Arbitraries.of(limited), beyond, units).as((slot, extra, unit) -> {
                Integer max = slot.schema().getMaxLength();
                int length = (max == null ? 100 : max) + 1 + extra;
                return new Mutation(slot.path() + " of " + length + " characters (limit " + max + ")", body -> {
                    body.slot(slot.id()).replace(TextNode.valueOf(unit.repeat(length / unit.length() + 1)
                            .substring(0, length)));
                    return Sent.body(body);
                });
            });
        }
    },

    /** Text that is not JSON: cut short, trailing junk, broken separators, raw control characters, bad UTF-8. */
    INVALID_JSON {
        @Override
        Arbitrary<Mutation> mutations(Shape shape) {
            Arbitrary<Integer> positions = Arbitraries.integers().between(0, 1_000_000);
            return Arbitraries.oneOf(
                    positions.map(at -> new Mutation("cut at " + at, body -> {
                        String text = JsonText.write(body.root());
                        return Sent.text(text.substring(0, at % text.length()));
                    })),
                    Arbitraries.of("x", "}", "]", ",", "{}", "\"\"", "1", "null", "/**/", "\u0000")
                            .map(junk -> new Mutation("followed by " + JsonText.write(TextNode.valueOf(junk)),
                                    body -> Sent.text(JsonText.write(body.root()) + junk))),
                    Combinators.combine(positions, Arbitraries.of("=", ";", " ", "::", ",,")).as((k, by) -> new Mutation(
                            "separator " + k + " replaced by '" + by + "'", body -> {
                                String text = JsonText.write(body.root());
                                List<Integer> at = outsideStrings(text, c -> c == ':' || c == ',');
                                int i = at.get(k % at.size());
                                return Sent.text(text.substring(0, i) + by + text.substring(i + 1));
                            })),
                    Combinators.combine(positions, Arbitraries.chars().range('\u0000', '\u001f')).as((k, c) ->
                            new Mutation("raw U+" + String.format("%04X", (int) c) + " in string " + k, body -> {
                                String text = JsonText.write(body.root());
                                List<Integer> at = stringStarts(text);
                                int i = at.get(k % at.size());
                                return Sent.text(text.substring(0, i) + c + text.substring(i));
                            })),
                    Combinators.combine(positions, Arbitraries.of(new byte[] { (byte) 0xFF },
                            new byte[] { (byte) 0xC3, 0x28 }, new byte[] { (byte) 0xE2, (byte) 0x82 },
                            new byte[] { (byte) 0x80 }, new byte[] { (byte) 0xC0, (byte) 0xAF },
                            new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
                            new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 })).as((k, bytes) -> new Mutation("bad UTF-8 in string " + k,
                                    body -> {
                                        String text = JsonText.write(body.root());
                                        List<Integer> at = stringStarts(text);
                                        int i = at.get(k % at.size());
                                        byte[] before = text.substring(0, i).getBytes(StandardCharsets.UTF_8);
                                        byte[] after = text.substring(i).getBytes(StandardCharsets.UTF_8);
                                        byte[] all = new byte[before.length + bytes.length + after.length];
                                        System.arraycopy(before, 0, all, 0, before.length);
                                        System.arraycopy(bytes, 0, all, before.length, bytes.length);
                                        System.arraycopy(after, 0, all, before.length + bytes.length, after.length);
                                        return new Sent(all, Map.of());
                                    })),
                    Combinators.combine(Arbitraries.of(shape.slots(slot -> !slot.node().isContainerNode())),
                            Arbitraries.of("NaN", "Infinity", "-Infinity", "undefined", "True", "'x'", "0x1F", "01",
                                    "+1", ".5", "1.", "1e", "--1"))
                            .as((slot, literal) -> new Mutation(slot.path() + " = " + literal, body -> {
                                body.slot(slot.id()).replace(JsonText.raw(literal));
                                return Sent.body(body);
                            })),
                    Arbitraries.of("trailing comma", "single quotes", "comment", "unquoted key").map(kind ->
                            new Mutation(kind, body -> {
                                String text = JsonText.write(body.root());
                                return Sent.text(switch (kind) {
                                    case "trailing comma" -> text.substring(0, text.length() - 1) + ",}";
                                    case "single quotes" -> text.replace('"', '\'');
                                    case "comment" -> "{/* c */" + text.substring(1);
                                    default -> text.replaceFirst("\"([^\"]*)\":", "$1:");
                                });
                            })));
        }
    };

    /** The malformations of this kind that the shape allows; null when it allows none. */
    abstract Arbitrary<Mutation> mutations(Shape shape);

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Where each string of the JSON text starts (just after its opening quote), keys included. */
    private static List<Integer> stringStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString && c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
                if (inString) {
                    starts.add(i + 1);
                }
            }
        }
        return starts;
    }

    private static List<Integer> outsideStrings(String text, java.util.function.IntPredicate wanted) {
        List<Integer> found = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString && c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && wanted.test(c)) {
                found.add(i);
            }
        }
        return found;
    }

    private record DatePlace(int object, String property, boolean dateTime) {
    }

    /** One malformation, described for the failure report, applied to a fresh body of the same shape. */
    record Mutation(String description, Function<Shape, Sent> apply) {
    }

    /** What is sent: the body's bytes and any query parameters. */
    record Sent(byte[] body, Map<String, String> query) {

        static Sent body(Shape body) {
            return text(JsonText.write(body.root()));
        }

        static Sent text(String text) {
            return new Sent(text.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        Sent withQuery(String name, String value) {
            return new Sent(body, Map.of(name, value));
        }
    }

    /**
     * A request body and every place in it, in a stable order (so a place chosen on one body names the same place
     * on another body of the same operation), each with its schema and whether the contract requires it.
     */
    static final class Shape {

        private final JsonNode[] root = new JsonNode[1];
        private final List<Slot> slots = new ArrayList<>();
        private final Function<Schema<?>, Schema<?>> resolver;
        private final Set<String> queryParameters;

        Shape(JsonNode root, Schema<?> schema, Function<Schema<?>, Schema<?>> resolver, Set<String> queryParameters) {
            this.root[0] = root;
            this.resolver = resolver;
            this.queryParameters = queryParameters;
            walk(root, resolver.apply(schema), "$", null, null, -1, true);
        }

        JsonNode root() {
            return root[0];
        }

        Set<String> queryParameters() {
            return queryParameters;
        }

        Schema<?> resolve(Schema<?> schema) {
            return resolver.apply(schema);
        }

        List<Slot> slots(java.util.function.Predicate<Slot> wanted) {
            return slots.stream().filter(wanted).toList();
        }

        Slot slot(int id) {
            return slots.get(id);
        }

        List<String> paths() {
            return slots.stream().map(Slot::path).toList();
        }

        private void walk(JsonNode node, Schema<?> schema, String path, JsonNode parent, String field, int index,
                boolean required) {
            slots.add(new Slot(this, slots.size(), path, node, parent, field, index, schema, required));
            if (schema == null) {
                return;
            }
            if (node.isObject() && schema.getProperties() != null) {
                List<String> requiredFields = schema.getRequired() == null ? List.of() : schema.getRequired();
                for (String name : names(node)) {
                    walk(node.get(name), resolve(schema.getProperties().get(name)),
                            path.equals("$") ? name : path + "." + name, node, name, -1, requiredFields.contains(name));
                }
            } else if (node.isArray() && schema.getItems() != null) {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), resolve(schema.getItems()), path + "[" + i + "]", node, null, i, false);
                }
            }
        }
    }

    /** One place in a body: the root, a field of an object or an element of an array. */
    record Slot(Shape shape, int id, String path, JsonNode node, JsonNode parent, String field, int index,
            Schema<?> schema, boolean required) {

        void replace(JsonNode value) {
            if (parent == null) {
                shape.root[0] = value;
            } else if (parent instanceof ObjectNode object) {
                object.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        @Override
        public String toString() {
            return path;
        }
    }
}
