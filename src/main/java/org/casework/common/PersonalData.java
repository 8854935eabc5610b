package org.casework.common;

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

    /**
     * The kind of record, as the audit log stores it ({@code network-member}): written out by each record, never
     * derived from its class name, so that renaming a class does not change what the log says.
     */
    String auditType();
}
