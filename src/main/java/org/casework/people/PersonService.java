package org.casework.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.casework.identifiers.IdentifierSystemService;
import org.casework.identifiers.IdentifierValue;
import org.casework.people.PersonRequest.ContactPreferences;
import org.casework.security.Caller;
import org.casework.teams.TeamRepository;

@ApplicationScoped
@Transactional
public class PersonService {

    private final PersonRepository people;
    private final IdentifierSystemService identifierSystems;
    private final TeamRepository teams;
    private final Caller caller;
    private final Clock clock;

    public PersonService(PersonRepository people, IdentifierSystemService identifierSystems, TeamRepository teams,
            Caller caller, Clock clock) {
        this.people = people;
        this.identifierSystems = identifierSystems;
        this.teams = teams;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Registers a person for one of the caller's teams. Identifiers are checked against their systems and stored
     * normalised; one already held by someone else is a 409 (see {@link #requireHeldByNobodyElse}).
     */
    public PersonView create(PersonRequest request) {
        if (request.registeredByTeamId() == null) {
            throw ProblemException.invalidBody("registeredByTeamId", "must not be null");
        }
        teams.requireReferenced(request.registeredByTeamId(), "registeredByTeamId");
        caller.requireOwnTeam(request.registeredByTeamId(), "registeredByTeamId");
        List<ExternalIdentifier> identifiers = checkedIdentifiers(request.externalIds());
        requireHeldByNobodyElse(identifiers, null);
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.registeredByTeamId = request.registeredByTeamId();
        person.createdAt = TimeConfig.now(clock);
        apply(request, person, identifiers);
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
        List<ExternalIdentifier> identifiers = checkedIdentifiers(request.externalIds());
        requireHeldByNobodyElse(identifiers, id);
        apply(request, person, identifiers);
        people.flush();
        return PersonView.from(person);
    }

    /**
     * People matching every criterion given, among those the caller's teams see. An identifier is looked for in
     * its normal form, so {@code 401 023 2137} finds the NHS number {@code 4010232137}.
     */
    @Transactional(TxType.SUPPORTS)
    public Slice<PersonSummary> search(String name, LocalDate dateOfBirth, String identifierSystem,
            String identifierValue, PageRequest page) {
        Set<UUID> teams = caller.readableTeams();
        IdentifierValue identifier = identifierSystem == null ? new IdentifierValue(null, null)
                : identifierSystems.forSearch(identifierSystem, identifierValue);
        return Slice.of(people.search(name, dateOfBirth, identifier.system(), identifier.value(), teams, page), page,
                PersonSummary::sortKey);
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

    private void apply(PersonRequest request, Person person, List<ExternalIdentifier> identifiers) {
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
        person.externalIds.addAll(identifiers);
        person.updatedAt = TimeConfig.now(clock);
    }

    /**
     * The request's identifiers as they are stored: known systems (400 naming each unknown one, with the known
     * codes), values in their system's normal form and valid for it (400), one per system (400).
     */
    private List<ExternalIdentifier> checkedIdentifiers(List<ExternalIdentifier.Body> given) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        List<IdentifierValue> checked = identifierSystems.checked(
                given.stream().map(ExternalIdentifier.Body::asGiven).toList(), "externalIds");
        Map<String, Integer> systems = new HashMap<>();
        for (int i = 0; i < checked.size(); i++) {
            if (systems.putIfAbsent(checked.get(i).system(), i) != null) {
                throw ProblemException.invalidBody("externalIds[" + i + "].system",
                        "appears twice; a person has one identifier per system");
            }
        }
        return checked.stream().map(c -> new ExternalIdentifier(c.system(), c.value())).toList();
    }

    /** Who else holds each identifier, by its index in the request; {@code self} is left out. */
    private Map<Integer, UUID> holders(List<ExternalIdentifier> identifiers, UUID self) {
        Map<Integer, UUID> holders = new LinkedHashMap<>();
        for (int i = 0; i < identifiers.size(); i++) {
            ExternalIdentifier identifier = identifiers.get(i);
            int index = i;
            people.holderOf(identifier.system, identifier.value).filter(holder -> !holder.equals(self))
                    .ifPresent(holder -> holders.put(index, holder));
        }
        return holders;
    }

    /**
     * Refuses identifiers held by people the caller's teams see, naming the field and the person (409): a
     * duplicate they can look at. Answers who else holds the others, by index.
     */
    private Map<Integer, UUID> requireNoVisibleHolder(List<ExternalIdentifier> identifiers, UUID self) {
        Map<Integer, UUID> holders = holders(identifiers, self);
        Set<UUID> readable = caller.readableTeams();
        List<FieldError> duplicates = new ArrayList<>();
        Map<Integer, UUID> unseen = new LinkedHashMap<>();
        holders.forEach((index, holder) -> {
            if (people.isVisible(holder, readable)) {
                duplicates.add(FieldError.body("externalIds[" + index + "].value",
                        "is already the identifier of person " + holder + " in this system"));
            } else {
                unseen.put(index, holder);
            }
        });
        if (!duplicates.isEmpty()) {
            throw ProblemException.conflict("An external identifier is unique within its system: a person your "
                    + "teams work with already holds it", duplicates.toArray(FieldError[]::new));
        }
        return unseen;
    }

    /** No identifier may be held by anyone but {@code self} (409; null when registering someone new). */
    private void requireHeldByNobodyElse(List<ExternalIdentifier> identifiers, UUID self) {
        Map<Integer, UUID> unseen = requireNoVisibleHolder(identifiers, self);
        if (!unseen.isEmpty()) {
            // someone the caller's teams do not see: not named
            throw ProblemException.conflict("An external identifier is unique within its system",
                    unseen.keySet().stream().map(index -> FieldError.body("externalIds[" + index + "].value",
                            "is already the identifier of another person in this system")).toArray(FieldError[]::new));
        }
    }
}
