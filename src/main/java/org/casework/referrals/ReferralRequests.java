package org.casework.referrals;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of the referrals API. */
public final class ReferralRequests {

    private ReferralRequests() {
    }

    /** Sending a referral: to another team or to an outside agency, never both. */
    public record NewReferral(
            @NotNull UUID caseId,
            UUID toTeamId,
            @Size(max = 200) String toAgency,
            @NotBlank @Size(max = 4000) String reason,
            @NotNull UUID sentByWorkerId,
            UUID ownerWorkerId,
            @PastOrPresent OffsetDateTime sentAt) {
    }

    /** What the receiver did: acknowledged it, or answered it (or never answered). */
    public record StatusChange(
            @NotNull @Pattern(regexp = "acknowledged|accepted|declined|no-response",
                    message = "must be acknowledged, accepted, declined or no-response") String status,
            @PastOrPresent OffsetDateTime at,
            @Size(max = 4000) String note,
            UUID ownerWorkerId) {
    }
}
