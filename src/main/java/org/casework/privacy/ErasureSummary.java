package org.casework.privacy;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What an erasure did: when, and how many rows of each kind it anonymised or deleted. */
public record ErasureSummary(UUID personId, boolean erased, OffsetDateTime erasedAt, Changed changed) {

    /**
     * Rows changed per kind. Deleted: contact methods, strengths, external identifiers, network members. Stripped
     * of free text but kept, so counts do not change: cases (with their needs and goals), handovers,
     * interactions, referrals, offers and soft outcome moments.
     */
    public record Changed(int person, int contactMethods, int strengths, int externalIds, int networkMembers,
            int cases, int needs, int goals, int handovers, int interactions, int referrals, int offers,
            int moments) {
    }
}
