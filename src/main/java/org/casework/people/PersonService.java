package org.casework.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.PageRequest;
import org.casework.common.Problem.FieldError;
import org.casework.common.ProblemException;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.common.Versions;
import org.casework.people.PersonRequest.ContactPreferences;
import org.casework.security.Caller;
import org.casework.teams.TeamRepository;

@ApplicationScoped
@Transactional
public class PersonService {

    private final PersonRepository people;
    private final TeamRepository teams;
    private final Caller caller;
    private final Clock clock;

    public PersonService(PersonRepository people, TeamRepository teams, Caller caller, Clock clock) {
        this.people = people;
        this.teams = teams;
        this.caller = caller;
        this.clock = clock;
    }

    public PersonView create(PersonRequest request) {
        if (request.registeredByTeamId() == null) {
            throw ProblemException.invalidBody("registeredByTeamId", "must not be null");
        }
        teams.requireReferenced(request.registeredByTeamId(), "registeredByTeamId");
        caller.requireOwnTeam(request.registeredByTeamId(), "registeredByTeamId");
        requireIdentifiersFree(request.externalIds(), null);
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.registeredByTeamId = request.registeredByTeamId();
        person.createdAt = TimeConfig.now(clock);
        apply(request, person);
        people.persist(person);
        people.flush();
        return PersonView.from(person);
    }

    @Transactional(TxType.SUPPORTS)
    public PersonView get(UUID id) {
        return PersonView.from(require(id));
    }

    /**
     * Replaces what a worker records about the person. The team that registered the person cannot be changed.
     */
    public PersonView replace(UUID id, long expectedVersion, PersonRequest request) {
        Person person = requireWritable(id);
        Versions.check(expectedVersion, person.version);
        if (request.registeredByTeamId() != null && !request.registeredByTeamId().equals(person.registeredByTeamId)) {
            throw ProblemException.invalidBody("registeredByTeamId", "cannot be changed");
        }
        requireIdentifiersFree(request.externalIds(), id);
        apply(request, person);
        people.flush();
        return PersonView.from(person);
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<PersonSummary> search(String name, LocalDate dateOfBirth, String identifierSystem,
            String identifierValue, PageRequest page) {
        return Slice.of(people.search(name, dateOfBirth, identifierSystem, identifierValue, caller.readableTeams(),
                page), page, PersonSummary::sortKey);
    }

    /**
     * The person, if the caller may see them: any team that registered them, holds a case for them or was
     * referred them sees their core profile. Anyone else gets the same 404 as for an id that does not exist.
     */
    @Transactional(TxType.SUPPORTS)
    public Person require(UUID id) {
        Person person = people.findById(id);
        if (person == null || !people.isVisible(id, caller.readableTeams())) {
            throw ProblemException.notFound("Person " + id);
        }
        return person;
    }

    /** As {@link #require}, for a change: the caller must work in one of the teams that sees the person. */
    @Transactional(TxType.SUPPORTS)
    public Person requireWritable(UUID id) {
        Person person = require(id);
        if (!people.isVisible(id, caller.writableTeams())) {
            throw ProblemException.forbidden("Break-glass access is read-only");
        }
        if (person.erasedAt != null) {
            throw ProblemException.conflict("This person's record was erased; nothing more can be recorded about them");
        }
        return person;
    }

    private void apply(PersonRequest request, Person person) {
        person.preferredName = request.preferredName().strip();
        person.fullName = request.fullName().strip();
        person.dateOfBirth = request.dateOfBirth();
        person.pronouns = request.pronouns();
        person.preferredLanguage = request.preferredLanguage() == null ? "en" : request.preferredLanguage();
        ContactPreferences contact = request.contactPreferences() == null
                ? new ContactPreferences(null, null, null, null, null)
                : request.contactPreferences();
        person.contactMethods.clear();
        if (contact.methods() != null) {
            contact.methods().stream().distinct().forEach(person.contactMethods::add);
        }
        person.contactPhone = contact.phone();
        person.contactEmail = contact.email();
        person.contactAddress = contact.address();
        person.contactNotes = contact.notes();
        person.whatMattersToMe = request.whatMattersToMe();
        person.strengths.clear();
        if (request.strengths() != null) {
            person.strengths.addAll(request.strengths());
        }
        person.communicationNeeds = request.communicationNeeds();
        person.accessNeeds = request.accessNeeds();
        person.safetyNotes = request.safetyNotes();
        person.consentToShareAcrossTeams = Boolean.TRUE.equals(request.consentToShareAcrossTeams());
        person.externalIds.clear();
        if (request.externalIds() != null) {
            request.externalIds().forEach(e -> person.externalIds.add(new ExternalIdentifier(e.system(), e.value())));
        }
        person.updatedAt = TimeConfig.now(clock);
    }

    /** One identifier per system per person (400), and none already held by someone else (409). */
    private void requireIdentifiersFree(List<ExternalIdentifier.Body> identifiers, UUID self) {
        if (identifiers == null) {
            return;
        }
        Set<String> systems = new HashSet<>();
        for (int i = 0; i < identifiers.size(); i++) {
            if (!systems.add(identifiers.get(i).system())) {
                throw ProblemException.invalidBody("externalIds[" + i + "].system",
                        "appears twice; a person has one identifier per system");
            }
        }
        List<FieldError> taken = new ArrayList<>();
        for (int i = 0; i < identifiers.size(); i++) {
            ExternalIdentifier.Body identifier = identifiers.get(i);
            int index = i;
            people.holderOf(identifier.system(), identifier.value())
                    .filter(holder -> !holder.equals(self))
                    .ifPresent(holder -> taken.add(FieldError.body("externalIds[" + index + "].value",
                            "is already the identifier of another person in this system")));
        }
        if (!taken.isEmpty()) {
            throw ProblemException.conflict("An external identifier is unique within its system",
                    taken.toArray(FieldError[]::new));
        }
    }
}
