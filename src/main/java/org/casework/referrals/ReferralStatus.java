package org.casework.referrals;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;
import org.casework.common.CodedConverter;

/** Where a referral stands: sent, seen by the receiver, then answered (or never answered). */
public enum ReferralStatus implements Coded {
    SENT("sent"), ACKNOWLEDGED("acknowledged"), ACCEPTED("accepted"), DECLINED("declined"),
    NO_RESPONSE("no-response");

    private final String code;

    ReferralStatus(String code) {
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

    /** Accepted, declined or no-response: the receiver's answer, after which nothing changes. */
    public boolean isResponse() {
        return this == ACCEPTED || this == DECLINED || this == NO_RESPONSE;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedConverter<ReferralStatus> {
        public Converter() {
            super(ReferralStatus.class);
        }
    }
}
