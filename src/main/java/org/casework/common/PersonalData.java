package org.casework.common;

import java.util.Locale;
import java.util.UUID;

/**
 * A response record that carries a person's data. Every one answered to a caller leaves an audit event (see
 * {@code org.casework.audit}) naming the record and the person, never its content.
 */
public interface PersonalData {

    /** Whose data this is; null when the request path names the person instead. */
    UUID personId();

    /** The record's own id, or null when it has none (a computed view). */
    default UUID auditId() {
        return null;
    }

    /** The kind of record, from the type name: {@code NetworkMemberView} is {@code network-member}. */
    default String auditType() {
        String name = getClass().getSimpleName().replaceFirst("View$", "");
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
