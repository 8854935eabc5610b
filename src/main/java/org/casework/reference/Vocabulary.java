package org.casework.reference;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;

/** The coded vocabularies; their codes live in the reference_code table. */
public enum Vocabulary implements Coded {
    CHANNEL("channel"),
    INITIATOR("initiator"),
    ISSUE_CATEGORY("issue-category"),
    INTERACTION_OUTCOME("interaction-outcome"),
    NEED_DOMAIN("need-domain"),
    CLOSURE_REASON("closure-reason"),
    RELATIONSHIP("relationship"),
    OFFER_TYPE("offer-type"),
    MOMENT_TYPE("moment-type"),
    OBSERVER("observer"),
    WELLBEING_DOMAIN("wellbeing-domain");

    private final String code;

    Vocabulary(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
