package org.casework.offers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of the offers API. */
public final class OfferRequests {

    private OfferRequests() {
    }

    /** Making an offer on an open case. */
    public record NewOffer(
            @NotNull UUID caseId,
            @NotBlank @Size(max = 50) String offerType,
            @NotBlank @Size(max = 4000) String description,
            Boolean finalOffer,
            @PastOrPresent OffsetDateTime offeredAt,
            LocalDate respondBy,
            @NotNull UUID offeredByWorkerId) {
    }

    /** The person's answer to an offer; why they declined is the point of recording it. */
    public record OfferResponse(
            @NotNull @Pattern(regexp = "accepted|declined", message = "must be accepted or declined") String response,
            @PastOrPresent OffsetDateTime at,
            @Size(max = 4000) String reason) {
    }

    public record Withdrawal(
            @NotBlank @Size(max = 4000) String reason,
            @PastOrPresent OffsetDateTime at) {
    }
}
