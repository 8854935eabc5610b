package org.casework.targets;

import java.math.BigDecimal;

import org.casework.common.Coded;

/**
 * The catalogue of metrics a target can pick, each computed in SQL from the record for one team over a period of
 * local dates (Europe/London) by {@link TargetQuery}. Shares are percentages (0–100).
 */
public enum TargetMetric implements Coded {

    CASES_CLOSED_WITHIN_DAYS("cases-closed-within-days", "Cases closed within N days of opening", "percent", true,
            "higher", new BigDecimal("100"),
            "Of the team's cases closed in the period, the percentage closed within N days of opening "
                    + "(local date of closure minus local date of opening at most N)."),
    DAYS_TO_FIRST_CONTACT("days-to-first-contact", "Days from first presentation to first contact", "days", false,
            "lower", new BigDecimal("3650"),
            "Over the team's cases opened in the period, the median days (one decimal) from the case's first "
                    + "presentation (its earliest interaction started by the person, a referral or another agency; "
                    + "the opening of the case when there is none) to its first interaction at or after it that "
                    + "was made and started by the person or the worker. Cases with no such contact yet are left "
                    + "out."),
    CONTACTS_PER_OPEN_CASE_MONTH("contacts-per-open-case-month", "Contacts made per open case per month",
            "contacts per case-month", false, "higher", new BigDecimal("1000"),
            "Contacts made (contact status made) in the period on the team's cases, divided by the case-months "
                    + "open within the period: the sum over the team's cases of the days each was open inside the "
                    + "period (up to now), divided by 30.4375. Two decimals."),
    REFERRALS_ACKNOWLEDGED_WITHIN_DAYS("referrals-acknowledged-within-days",
            "Referrals to the team acknowledged within N days", "percent", true, "higher", new BigDecimal("100"),
            "Of the referrals sent to the team in the period, the percentage acknowledged within N days of being "
                    + "sent (local dates); an acceptance or decline without an acknowledgement counts as one."),
    OFFERS_ACCEPTED("offers-accepted", "Offers accepted", "percent", false, "higher", new BigDecimal("100"),
            "Of the team's offers made in the period that have a response, the percentage accepted.");

    private final String code;
    private final String label;
    private final String unit;
    private final boolean needsParameterDays;
    private final String better;
    private final BigDecimal maxThreshold;
    private final String definition;

    TargetMetric(String code, String label, String unit, boolean needsParameterDays, String better,
            BigDecimal maxThreshold, String definition) {
        this.code = code;
        this.label = label;
        this.unit = unit;
        this.needsParameterDays = needsParameterDays;
        this.better = better;
        this.maxThreshold = maxThreshold;
        this.definition = definition;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public boolean needsParameterDays() {
        return needsParameterDays;
    }

    /** Which way is better: {@code higher} or {@code lower}. */
    public String better() {
        return better;
    }

    public BigDecimal maxThreshold() {
        return maxThreshold;
    }

    public String definition() {
        return definition;
    }
}
