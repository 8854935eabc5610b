package org.casework.repeats;

import org.casework.support.Fixtures;

/** Presentations for the hand-built histories: contacts the person started, in person. */
final class Presentations {

    private Presentations() {
    }

    /** At that instant (ISO-8601 with offset, seconds included), about those issues. */
    static String present(String caseId, String workerId, String at, String... issues) {
        return Fixtures.contact(caseId, workerId, at, "made", "person", "in-person", issues);
    }
}
