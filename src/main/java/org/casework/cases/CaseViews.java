package org.casework.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.casework.cases.CaseRequests.GoalBody;
import org.casework.cases.CaseRequests.NeedBody;
import org.casework.common.PersonalData;

/** What the cases API answers. */
public final class CaseViews {

    private CaseViews() {
    }

    public record CaseView(UUID id, UUID personId, UUID teamId, UUID keyWorkerId, CaseStatus status, String summary,
            OffsetDateTime openedAt, OffsetDateTime closedAt, String closureReason, String closureNote,
            List<NeedBody> needs, List<GoalBody> goals, OffsetDateTime createdAt, long version)
            implements PersonalData {

        /** What the audit log calls a case, whichever request read or changed it. */
        public static final String AUDIT_TYPE = "case";

        @Override
        public String auditType() {
            return AUDIT_TYPE;
        }

        @Override
        public UUID auditId() {
            return id;
        }

        public static CaseView from(SupportCase c) {
            return new CaseView(c.id, c.personId, c.teamId, c.keyWorkerId, c.status, c.summary, c.openedAt,
                    c.closedAt, c.closureReason, c.closureNote,
                    c.needs.stream().map(n -> new NeedBody(n.domain, n.description)).toList(),
                    c.goals.stream().map(g -> new GoalBody(g.inTheirWords, g.achieved, g.domain)).toList(),
                    c.createdAt, c.version);
        }

        List<String> sortKey() {
            return List.of(openedAt.toString(), id.toString());
        }
    }

    public record HandoverView(UUID id, UUID caseId, UUID personId, UUID fromWorkerId, UUID toWorkerId,
            OffsetDateTime handedOverAt, String reason) implements PersonalData {

        @Override
        public String auditType() {
            return "handover";
        }

        /** The handover of a case of that person (the handover row itself names only the case). */
        public static HandoverView from(Handover h, UUID personId) {
            return new HandoverView(h.id, h.caseId, personId, h.fromWorkerId, h.toWorkerId, h.handedOverAt, h.reason);
        }

        @Override
        public UUID auditId() {
            return id;
        }
    }
}
