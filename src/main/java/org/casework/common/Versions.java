package org.casework.common;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic concurrency over HTTP: the entity version is the ETag, and updates must send it in If-Match. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the client last read, from If-Match.
     *
     * @throws ProblemException 428 when If-Match is missing, 412 when it cannot be a version of this resource
     */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed();
        }
    }

    /** @throws ProblemException 412 when the stored version is not the one the client read */
    public static void check(long expected, long actual) {
        if (expected != actual) {
            throw ProblemException.preconditionFailed();
        }
    }
}
