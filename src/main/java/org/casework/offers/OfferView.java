package org.casework.offers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.casework.common.PersonalData;

public record OfferView(UUID id, UUID caseId, UUID personId, UUID teamId, String offerType, String description,
        boolean finalOffer, OffsetDateTime offeredAt, LocalDate respondBy, UUID offeredByWorkerId, UUID recordedByWorkerId,
        OfferStatus status,
        String response, OffsetDateTime respondedAt, String responseReason, OffsetDateTime withdrawnAt,
        String withdrawalReason, long version) implements PersonalData {

    /** What the audit log calls an offer, whichever request read or changed it. */
    public static final String AUDIT_TYPE = "offer";

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public UUID auditId() {
        return id;
    }

    public static OfferView from(Offer o) {
        return new OfferView(o.id, o.caseId, o.personId, o.teamId, o.offerType, o.description, o.finalOffer,
                o.offeredAt, o.respondBy, o.offeredByWorkerId, o.recordedByWorkerId, o.status, o.response, o.respondedAt, o.responseReason,
                o.withdrawnAt, o.withdrawalReason, o.version);
    }

    List<String> sortKey() {
        return List.of(offeredAt.toString(), id.toString());
    }
}
