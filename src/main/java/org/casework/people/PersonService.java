package org.casework.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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
import org.casework.security.TeamScope;
import org.casework.teams.TeamRepository;

@ApplicationScoped
@Transactional
public class PersonService {

    private final PersonRepository people;
    private final PersonLinkRepository links;
    private final IdentifierSystemService identifierSystems;
    private final TeamRepository teams;
    private final Caller caller;
    private final Clock clock;

    public PersonService(PersonRepository people, PersonLinkRepository links, IdentifierSystemService identifierSystems,
            TeamRepository teams, Caller caller, Clock clock) {
        this.people = people;
        this.links = links;
        this.identifierSystems = identifierSystems;
        this.teams = teams;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Registers a person for one of the caller's teams. Identifiers are checked against their systems and stored
     * normalised. An identifier already held by someone the caller's teams see is a genuine duplicate: 409 naming
     * the field and that person. One held by someone only other teams see links the registering team to that
     * person instead (see {@link #link}), answered like a new registration, so the answer's status and shape do not
     * say whether the person was known; identifiers of two different such people are a 409.
     */
    public Registration create(PersonRequest request) {
        if (request.registeredByTeamId() == null) {
            throw ProblemException.invalidBody("registeredByTeamId", "must not be null");
        }
        teams.requireReferenced(request.registeredByTeamId(), "registeredByTeamId");
        caller.requireOwnTeam(request.registeredByTeamId(), "registeredByTeamId");
        List<ExternalIdentifier> identifiers = checkedIdentifiers(request.externalIds());
        Optional<UUID> known = holderToLink(identifiers);
        if (known.isPresent()) {
            return link(known.get(), request.registeredByTeamId(), identifiers);
        }
        Person person = newPerson(request, identifiers);
        people.persist(person);
        people.flush();
        return Registration.created(PersonView.from(person));
    }

    /**
     * The person a registration would store for the request, for an import that stores many in one statement:
     * identifiers checked and normalised as {@link #create} checks them (400), fields applied as it applies them.
     * Nothing is stored, and nothing else is checked: the import checks the team and who holds the identifiers
     * itself, and sends any line that is not plainly new through {@link #create}.
     */
    @Transactional(TxType.SUPPORTS)
    public Person unsaved(PersonRequest request) {
        return newPerson(request, checkedIdentifiers(request.externalIds()));
    }

    private Person newPerson(PersonRequest request, List<ExternalIdentifier> identifiers) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.registeredByTeamId = request.registeredByTeamId();
        person.createdAt = TimeConfig.now(clock);
        apply(request, person, identifiers);
        return person;
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
        TeamScope scope = caller.readScope();
        IdentifierValue identifier = identifierSystem == null ? new IdentifierValue(null, null)
                : identifierSystems.forSearch(identifierSystem, identifierValue);
        return Slice.of(people.search(name, dateOfBirth, identifier.system(), identifier.value(), scope, page), page,
                PersonSummary::sortKey);
    }

    /**
     * The person, if the caller may see them: any team that registered them, holds a case for them, was referred
     * them or is linked to them sees their core profile. Anyone else gets the same 404 as for an id that does not
     * exist.
     */
    @Transactional(TxType.SUPPORTS)
    public Person require(UUID id) {
        Person person = people.findById(id);
        if (person == null || !people.isVisible(id, caller.readScope())) {
            throw ProblemException.notFound("Person " + id);
        }
        return person;
    }

    /** As {@link #require}, for a change: the caller must work in one of the teams that sees the person. */
    @Transactional(TxType.SUPPORTS)
    public Person requireWritable(UUID id) {
        Person person = require(id);
        if (!people.isVisible(id, caller.writeScope())) {
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
        TeamScope readable = caller.readScope();
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

    /**
     * For a registration: the one person outside the caller's teams who holds some of the identifiers, to link
     * to; empty when nobody holds any.
     */
    private Optional<UUID> holderToLink(List<ExternalIdentifier> identifiers) {
        Map<Integer, UUID> unseen = requireNoVisibleHolder(identifiers, null);
        if (unseen.values().stream().distinct().count() > 1) {
            int first = unseen.keySet().iterator().next();
            UUID firstHolder = unseen.get(first);
            FieldError[] others = unseen.entrySet().stream().filter(e -> !e.getValue().equals(firstHolder))
                    .map(e -> FieldError.body("externalIds[" + e.getKey() + "].value",
                            "identifies a different person from externalIds[" + first + "]"))
                    .toArray(FieldError[]::new);
            throw ProblemException.conflict("The identifiers belong to different people", others);
        }
        return unseen.values().stream().findFirst();
    }

    /** For a change of {@code self}: no identifier may be held by anyone else (409). */
    private void requireHeldByNobodyElse(List<ExternalIdentifier> identifiers, UUID self) {
        Map<Integer, UUID> unseen = requireNoVisibleHolder(identifiers, self);
        if (!unseen.isEmpty()) {
            // someone the caller's teams do not see: not named; registering them would link the team to them
            throw ProblemException.conflict("An external identifier is unique within its system",
                    unseen.keySet().stream().map(index -> FieldError.body("externalIds[" + index + "].value",
                            "is already the identifier of another person in this system")).toArray(FieldError[]::new));
        }
    }

    /**
     * Links the registering team to a person only other teams saw, found by an identifier they hold: from now on
     * the team sees them like a team that holds a case for them (their profile; other teams' notes stay
     * summarised on the timeline). The request's other details are not applied: the record is the other team's
     * too, and changes to it are a PUT. Identifiers given in systems the person has none in are added to them; one
     * that differs from the person's own in its system is a 409, as nothing can tell which is right. Answers the
     * person as the team now sees them, with the link's id for the audit log.
     */
    private Registration link(UUID personId, UUID teamId, List<ExternalIdentifier> identifiers) {
        // one registration of this person at a time: the link below and the identifiers added are decided on it
        Person person = people.findById(personId, LockModeType.PESSIMISTIC_WRITE);
        Map<String, String> held = new HashMap<>();
        person.externalIds.forEach(e -> held.put(e.system, e.value));
        int matched = -1;
        for (int i = 0; i < identifiers.size() && matched < 0; i++) {
            if (identifiers.get(i).value.equals(held.get(identifiers.get(i).system))) {
                matched = i;
            }
        }
        List<FieldError> differing = new ArrayList<>();
        List<ExternalIdentifier> added = new ArrayList<>();
        for (int i = 0; i < identifiers.size(); i++) {
            ExternalIdentifier identifier = identifiers.get(i);
            String own = held.get(identifier.system);
            if (own == null) {
                added.add(identifier);
            } else if (!own.equals(identifier.value)) {
                differing.add(FieldError.body("externalIds[" + i + "].value", "differs from the identifier in this "
                        + "system of the person that externalIds[" + matched + "] identifies"));
            }
        }
        if (!differing.isEmpty()) {
            throw ProblemException.conflict("The identifiers disagree about who this is",
                    differing.toArray(FieldError[]::new));
        }
        if (!added.isEmpty()) {
            person.externalIds.addAll(added);
            person.updatedAt = TimeConfig.now(clock);
        }
        PersonLink link = links.of(personId, teamId).orElse(null);
        if (link == null) {
            link = new PersonLink();
            link.id = UUID.randomUUID();
            link.personId = personId;
            link.teamId = teamId;
            link.identifierSystem = identifiers.get(matched).system;
            link.linkedByWorkerId = caller.workerId().orElse(null);
            link.linkedAt = TimeConfig.now(clock);
            links.persist(link);
        }
        people.flush();
        return Registration.linked(PersonView.from(person), link.id);
    }
}
