package org.casework.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Opaque cursors: the sort key of the last item of a page. Each value is base64url-encoded on its own and the
 * values are joined with dots, so no value (a name, say) can contain the separator.
 */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(List<String> sortKey) {
        return sortKey.stream()
                .map(value -> Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining("."));
    }

    /** @return the sort key, or an empty list when no cursor was given */
    public static List<String> decode(String cursor, int expectedParts) {
        if (cursor == null || cursor.isBlank()) {
            return List.of();
        }
        try {
            String[] parts = cursor.split("\\.", -1);
            if (parts.length != expectedParts) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            List<String> values = new ArrayList<>();
            for (String part : parts) {
                values.add(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
    }

    static ProblemException notOurs() {
        return ProblemException.invalid(Problem.FieldError.query("cursor",
                "is not a cursor this list gave out; use the next link of the previous page"));
    }
}
