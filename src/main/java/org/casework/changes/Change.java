package org.casework.changes;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.casework.common.PersonalData;

/**
 * One change to a person's record or to something that hangs off it: which record, what happened to it, whose it
 * is, and the version it reached. Ids and codes only, never the data: the reader fetches the record itself.
 *
 * @param caseId the case the record belongs to (the case itself for a case); null for the person's own record and
 *        their network
 * @param teamId the team whose record it is; null for the person's own record and their network
 */
public record Change(String recordType, UUID recordId, String change, UUID personId, UUID caseId, UUID teamId,
        Long version, OffsetDateTime changedAt) implements PersonalData {

    /** Answering a change tells the caller something happened to the person's record: it is audited as a read. */
    @Override
    public String auditType() {
        return "change";
    }

    @Override
    public UUID auditId() {
        return recordId;
    }
}
