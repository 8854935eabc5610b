package org.casework.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.casework.cases.CaseViews.CaseView;
import org.casework.cases.CaseViews.HandoverView;
import org.casework.interactions.InteractionView;
import org.casework.moments.MomentView;
import org.casework.network.NetworkMemberView;
import org.casework.outcomes.AssessmentView;
import org.casework.offers.OfferView;
import org.casework.people.PersonView;
import org.casework.referrals.ReferralView;

/**
 * Everything Casework holds about one person, in every team, as one document: the answer to a subject access
 * request. Each part has the same shape as the API's own answer for it; lists are oldest first.
 *
 * @param erased   whether the record has been erased; names and notes then read "Erased", "erased" or null
 * @param erasedAt when it was erased, or null
 */
public record PersonExport(
        UUID personId,
        OffsetDateTime exportedAt,
        boolean erased,
        OffsetDateTime erasedAt,
        PersonView person,
        List<NetworkMemberView> network,
        List<CaseView> cases,
        List<HandoverView> handovers,
        List<InteractionView> interactions,
        List<ReferralView> referrals,
        List<OfferView> offers,
        List<MomentView> moments,
        List<AssessmentView> assessments) {
}
