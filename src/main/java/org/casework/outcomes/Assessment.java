package org.casework.outcomes;

import java.math.BigDecimal;
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


/** One completed instrument on a case, at a time, by a respondent: the raw answers and the server's score. */
@Entity
public class Assessment {

    @Id
    public UUID id;

    public UUID caseId;
    /** Copied from the case so the person's series and the team's reports need no join. */
    public UUID personId;
    public UUID teamId;
    /** Copied from the version so a series spans versions without a join. */
    public UUID instrumentId;
    public UUID instrumentVersionId;
    public OffsetDateTime assessedAt;
    public Respondent respondent;
    /** The signed-in worker who recorded it, never taken from the request. */
    public UUID recordedByWorkerId;
    public Integer rawTotal;
    public BigDecimal score;
    public String band;
    public OffsetDateTime createdAt;

    /** Every item of the version, in its order: answered or declined. */
    @ElementCollection
    @CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    public List<Answer> answers = new ArrayList<>();

    @Version
    public long version;

    @Embeddable
    public static class Answer {
        public String itemCode;
        public Integer value;
        public boolean declined;
        /** The item's band, where the item has bands of its own. */
        public String band;

        protected Answer() {
        }

        public Answer(String itemCode, Integer value, boolean declined, String band) {
            this.itemCode = itemCode;
            this.value = value;
            this.declined = declined;
            this.band = band;
        }
    }
}
