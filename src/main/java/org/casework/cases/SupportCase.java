package org.casework.cases;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.casework.common.Problem.FieldError;
import org.casework.common.ProblemException;

/** An episode of support for one person in one team, owned by a named key worker. */
@Entity
public class SupportCase {

    @Id
    public UUID id;

    public UUID personId;
    public UUID teamId;
    public UUID keyWorkerId;
    public CaseStatus status;
    public String summary;
    public OffsetDateTime openedAt;
    public OffsetDateTime closedAt;
    public String closureReason;
    public String closureNote;

    @ElementCollection
    @CollectionTable(name = "case_need", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    public List<Need> needs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_goal", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    public List<Goal> goals = new ArrayList<>();

    public OffsetDateTime createdAt;

    @Version
    public long version;

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    /**
     * Something recorded on the case (a contact, a moment) must have happened while it was open: before it opened
     * is a mistake (400); after it closed belongs to a new case (409).
     */
    public void requireOpenAt(OffsetDateTime at, String field) {
        if (at.isBefore(openedAt)) {
            throw ProblemException.invalidBody(field, "before-case-opened", "must not be before the case was opened (" + openedAt + ")");
        }
        if (closedAt != null && at.isAfter(closedAt)) {
            throw ProblemException.conflict("The case was closed before this happened; open a new case for the person",
                    FieldError.body(field, "must not be after the case was closed (" + closedAt + ")")
                            .coded("after-case-closed"));
        }
    }

    /** A need in one life domain, described as the person and worker see it. */
    @Embeddable
    public static class Need {
        public String domain;
        public String description;

        protected Need() {
        }

        public Need(String domain, String description) {
            this.domain = domain;
            this.description = description;
        }
    }

    /** One of the person's own goals, in their words. */
    @Embeddable
    public static class Goal {
        public String inTheirWords;
        public boolean achieved;
        /** The well-being domain the goal belongs to, if the person and worker placed it in one. */
        public String domain;

        protected Goal() {
        }

        public Goal(String inTheirWords, boolean achieved, String domain) {
            this.inTheirWords = inTheirWords;
            this.achieved = achieved;
            this.domain = domain;
        }
    }
}
