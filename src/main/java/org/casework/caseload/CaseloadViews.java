package org.casework.caseload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;
import org.casework.common.PersonalData;

/** What a worker sees first each morning. */
public final class CaseloadViews {

    private CaseloadViews() {
    }

    /**
     * One open case. {@code noRecentContact} is set when no contact has been made for the configured number of
     * days (counting from the opening when there has been none).
     */
    public record CaseloadEntry(UUID caseId, UUID personId, String personName, UUID teamId, OffsetDateTime openedAt,
            OffsetDateTime lastContactAt, Integer daysSinceLastContact, boolean noRecentContact,
            LocalDate nextFollowUpOn) implements PersonalData {

        @Override
        public String auditType() {
            return "caseload-entry";
        }

        @Override
        public UUID auditId() {
            return caseId;
        }
    }

    public enum FollowUpStatus implements Coded {
        OVERDUE("overdue"), DUE_TODAY("due-today"), UPCOMING("upcoming");

        private final String code;

        FollowUpStatus(String code) {
            this.code = code;
        }

        @Override
        @JsonValue
        public String code() {
            return code;
        }

        static FollowUpStatus of(LocalDate due, LocalDate today) {
            return due.isBefore(today) ? OVERDUE : due.isEqual(today) ? DUE_TODAY : UPCOMING;
        }
    }

    public record FollowUp(UUID interactionId, UUID caseId, UUID personId, String personName, UUID teamId,
            LocalDate followUpOn, FollowUpStatus status, OffsetDateTime setAt, String summary)
            implements PersonalData {

        @Override
        public String auditType() {
            return "follow-up";
        }

        @Override
        public UUID auditId() {
            return interactionId;
        }

        List<String> sortKey() {
            return List.of(followUpOn.toString(), interactionId.toString());
        }
    }
}
