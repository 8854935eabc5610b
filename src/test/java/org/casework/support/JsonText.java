package org.casework.support;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;

/**
 * Writes a JSON tree as text, including what no JSON library writes on purpose: a key given twice, and raw text
 * (deeply nested junk) where a value should be. Every string is escaped, control characters as {@code \\u00XX}.
 */
public final class JsonText {

    /** Text written as it is, in place of a value. */
    public record Raw(String text) {
    }

    private JsonText() {
    }

    public static JsonNode raw(String text) {
        return new POJONode(new Raw(text));
    }

    public static String write(JsonNode node) {
        return write(node, new IdentityHashMap<>());
    }

    /** @param repeated per object, a key written again (with that value) after its own fields */
    public static String write(JsonNode node, IdentityHashMap<ObjectNode, Map.Entry<String, JsonNode>> repeated) {
        StringBuilder out = new StringBuilder();
        write(node, repeated, out);
        return out.toString();
    }

    private static void write(JsonNode node, IdentityHashMap<ObjectNode, Map.Entry<String, JsonNode>> repeated,
            StringBuilder out) {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof Raw raw) {
            out.append(raw.text());
        } else if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                first = field(field.getKey(), field.getValue(), first, repeated, out);
            }
            Map.Entry<String, JsonNode> again = repeated.get(node);
            if (again != null) {
                field(again.getKey(), again.getValue(), first, repeated, out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), repeated, out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else {
            out.append(node.toString()); // numbers, booleans and null as Jackson writes them
        }
    }

    private static boolean field(String key, JsonNode value, boolean first,
            IdentityHashMap<ObjectNode, Map.Entry<String, JsonNode>> repeated, StringBuilder out) {
        if (!first) {
            out.append(',');
        }
        string(key, out);
        out.append(':');
        write(value, repeated, out);
        return false;
    }

    public static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
