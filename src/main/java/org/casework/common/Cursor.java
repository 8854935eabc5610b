package org.casework.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Opaque cursors: the sort key of the last item of a page, base64url-encoded. Values are joined with a unit
 * separator, which no sort key contains.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(List<String> sortKey) {
        String joined = String.join(SEPARATOR, sortKey);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the sort key, or an empty list when no cursor was given */
    public static List<String> decode(String cursor, int expectedParts) {
        if (cursor == null || cursor.isBlank()) {
            return List.of();
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>(List.of(joined.split(SEPARATOR, -1)));
            if (parts.size() != expectedParts) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
    }

    static ProblemException notOurs() {
        return ProblemException.invalid(Problem.FieldError.query("cursor",
                "is not a cursor this list gave out; use the next link of the previous page"));
    }
}
