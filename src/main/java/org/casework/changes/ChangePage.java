package org.casework.changes;

import java.util.List;

import org.casework.common.PersonalData;
import org.casework.common.PersonalDataCarrier;

/**
 * A page of the change feed. Unlike a list's page, it always says where to read next, even when it is empty: a
 * feed has no last page, only a point the reader has caught up to.
 *
 * @param next the link that reads the changes after these; never null (on a caught-up page it may have moved on past
 *        other teams' changes)
 * @param caughtUp whether these are all the changes committed so far: wait a while before reading {@code next}
 */
public record ChangePage(List<Change> items, String next, boolean caughtUp) implements PersonalDataCarrier {

    @Override
    public Iterable<? extends PersonalData> personalData() {
        return items;
    }
}
