package org.casework.timeline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.PageRequest;
import org.casework.common.Slice;
import org.casework.people.Person;
import org.casework.people.PersonService;
import org.casework.security.Caller;
import org.casework.security.TeamScope;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TimelineService {

    /** The kinds of event on a timeline, as the view names them. */
    public static final List<String> KINDS = List.of("interaction", "case", "handover", "referral", "offer",
            "moment", "assessment");

    private final TimelineQuery timeline;
    private final PersonService people;
    private final Caller caller;

    public TimelineService(TimelineQuery timeline, PersonService people, Caller caller) {
        this.timeline = timeline;
        this.people = people;
        this.caller = caller;
    }

    /**
     * The person's relationship history across all their cases and teams, newest first, optionally only some
     * kinds of event and only between two moments (both inclusive).
     */
    public Slice<TimelineEntry> timeline(UUID personId, List<String> kinds, OffsetDateTime from, OffsetDateTime to,
            PageRequest page) {
        Person person = people.require(personId);
        // the whole-person view shows every team's events; notes only from the caller's teams, or all with consent
        TeamScope notesFrom = person.consentToShareAcrossTeams ? null : caller.readScope();
        return Slice.of(timeline.page(personId, notesFrom, kinds, from, to, page), page, TimelineEntry::sortKey);
    }
}
