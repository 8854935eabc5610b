package org.casework.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.IntNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casework.cases.CaseRequests.Closure;
import org.casework.cases.CaseRequests.GoalBody;
import org.casework.cases.CaseRequests.NeedBody;
import org.casework.cases.CaseRequests.NewCase;
import org.casework.cases.CaseRequests.NewHandover;
import org.casework.cases.CaseService;
import org.casework.common.SqlValues;
import org.casework.common.TimeConfig;
import org.casework.identifiers.IdentifierRules;
import org.casework.interactions.ContactStatus;
import org.casework.interactions.InteractionRequest;
import org.casework.interactions.InteractionService;
import org.casework.moments.MomentRequest;
import org.casework.moments.MomentService;
import org.casework.network.NetworkMemberRequest;
import org.casework.network.NetworkService;
import org.casework.offers.OfferRequests.NewOffer;
import org.casework.offers.OfferRequests.OfferResponse;
import org.casework.offers.OfferRequests.Withdrawal;
import org.casework.offers.OfferService;
import org.casework.outcomes.AssessmentRequest;
import org.casework.outcomes.AssessmentRequest.AnswerBody;
import org.casework.outcomes.AssessmentService;
import org.casework.outcomes.Respondent;
import org.casework.people.ContactMethod;
import org.casework.people.ExternalIdentifier;
import org.casework.people.PersonRequest;
import org.casework.people.PersonRequest.ContactPreferences;
import org.casework.people.PersonService;
import org.casework.referrals.ReferralRequests.NewReferral;
import org.casework.referrals.ReferralRequests.StatusChange;
import org.casework.referrals.ReferralService;
import org.casework.security.Role;
import org.casework.targets.TargetService;
import org.casework.targets.TargetViews.TargetRequest;
import org.casework.teams.TeamRequest;
import org.casework.teams.TeamService;
import org.casework.workers.WorkerRequest;
import org.casework.workers.WorkerService;

/**
 * Builds a small, believable council through the same services the API uses: four teams, their workers, about
 * fifty people and a year of history up to now, including people who keep coming back. The same seed always
 * builds the same history, relative to the day it is loaded.
 */
@ApplicationScoped
public class DemoCouncil {

    /** What was built, for the log and the tests. */
    public record Built(int teams, int workers, int people, int cases, int interactions) {
    }

    private record DemoTeam(UUID id, String name, List<UUID> workers, List<String> issues) {
    }

    private static final String[] FIRST_NAMES = {"Aled", "Bethan", "Carys", "Dafydd", "Eleri", "Ffion", "Gareth",
        "Huw", "Ioan", "Nia", "Rhys", "Sian", "Tomos", "Lowri", "Owain", "Megan", "Callum", "Jade", "Kyle", "Leanne",
        "Mohammed", "Amira", "Tyler", "Chloe", "Darren", "Kerry", "Dylan", "Seren", "Jason", "Marta"};
    private static final String[] SURNAMES = {"Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes",
        "Lewis", "Morgan", "Griffiths", "Price", "Rees", "Powell", "Jenkins", "Khan", "Nowak", "Bevan", "Pritchard"};
    private static final String[] WHAT_MATTERS = {
        "Keeping my dog with me, wherever I end up.",
        "Seeing my kids at weekends again.",
        "Not having to tell my story to a new person every time.",
        "Getting back to work at the garage.",
        "Somewhere quiet where I can sleep.",
        "Staying near my mum, she is not well.",
        "Being treated like a person, not a number.",
        "Sorting the debts so the letters stop."};
    private static final String[] STRENGTHS = {"Good cook", "Loyal friend", "Keeps appointments when reminded",
        "Funny", "Handy with repairs", "Fluent Welsh speaker", "Cares for younger brother", "Determined"};
    private static final String[] SUMMARIES = {
        "Talked through the letter from the landlord and what it means.",
        "Helped fill in the housing benefit form together.",
        "Checked in after last week; mood lower, sleeping badly.",
        "Went with them to the GP appointment.",
        "Rang the energy supplier on speaker about the arrears.",
        "Dropped in to the office upset about a neighbour dispute.",
        "Planned the move-in date and what furniture is needed.",
        "Long chat about the kids; contact visit went well."};
    private static final String[] MATTERED = {"Being listened to.", "That the kids are safe.",
        "Getting the heating back on.", "Not losing the flat.", "Having someone come with them."};
    private static final List<String> CHANNELS = List.of("in-person", "home-visit", "phone", "phone", "text-online",
        "outreach", "drop-in");
    private static final List<String> OUTCOMES = List.of("advice-given", "support-given", "listened", "signposted",
        "referred", "resolved", "no-action");

    private final TeamService teams;
    private final WorkerService workers;
    private final PersonService people;
    private final NetworkService network;
    private final CaseService cases;
    private final InteractionService interactions;
    private final ReferralService referrals;
    private final OfferService offers;
    private final MomentService moments;
    private final AssessmentService assessments;
    private final TargetService targets;
    private final EntityManager entityManager;

    public DemoCouncil(TeamService teams, WorkerService workers, PersonService people, NetworkService network,
            CaseService cases, InteractionService interactions, ReferralService referrals, OfferService offers,
            MomentService moments, AssessmentService assessments, TargetService targets,
            EntityManager entityManager) {
        this.targets = targets;
        this.moments = moments;
        this.assessments = assessments;
        this.referrals = referrals;
        this.offers = offers;
        this.teams = teams;
        this.workers = workers;
        this.people = people;
        this.network = network;
        this.cases = cases;
        this.interactions = interactions;
        this.entityManager = entityManager;
    }

    @Transactional
    public Built build(long seed, OffsetDateTime now) {
        Random random = new Random(seed);
        List<DemoTeam> demoTeams = List.of(
                team("Housing Options", "Homelessness prevention and relief",
                        List.of("Sian Morgan", "Aled Jones", "Priya Shah", "Tom Price"), List.of("homelessness", "rent-arrears", "tenancy", "domestic-abuse")),
                team("Tenancy Support", "Helping people keep their homes",
                        List.of("Gareth Hughes", "Nia Roberts", "Ola Nowak", "Dan Bevan"), List.of("rent-arrears", "repairs", "tenancy", "antisocial-behaviour", "debt")),
                team("Wellbeing and Social Care", "Adult social care and wellbeing",
                        List.of("Eleri Davies", "Sam Khan", "Rhian Lewis", "Mark Powell"), List.of("mental-health", "physical-health", "isolation", "safeguarding", "family")),
                team("Community Connectors", "Third-sector partner: connecting people to their community",
                        List.of("Cerys Rees", "Joe Pritchard", "Amira Said", "Iwan Thomas"), List.of("isolation", "employment", "benefits", "substance-use")));
        workers.create(new WorkerRequest("admin", "Casework Admin", "admin@casework.invalid", Set.of(Role.ADMIN), true,
                Set.of(demoTeams.get(0).id())));
        workers.create(new WorkerRequest("council-crm", "Council CRM integration", null, Set.of(Role.INTEGRATION), true,
                Set.of(demoTeams.get(0).id(), demoTeams.get(1).id())));

        int caseCount = 0;
        int interactionCount = 0;
        int peopleCount = 50;
        for (int p = 0; p < peopleCount; p++) {
            // one person's history at a time: a persistence context holding the whole council makes each flush slow
            entityManager.flush();
            entityManager.clear();
            DemoTeam home = demoTeams.get(p % demoTeams.size());
            UUID person = person(p, home, random);
            // a pattern per person: steady support, closed and came back, frequent presenter, or two teams
            int pattern = p % 10;
            OffsetDateTime start = now.minusDays(20 + random.nextInt(330));
            if (pattern <= 3) {
                History h = supportEpisode(person, home, start, now, random, false, random.nextBoolean());
                caseCount++;
                interactionCount += h.interactions();
            } else if (pattern <= 6) {
                start = now.minusDays(250 + random.nextInt(100));
                History first = supportEpisode(person, home, start, now.minusDays(120), random, false, true);
                OffsetDateTime back = first.endedAt().plusDays(15 + random.nextInt(90));
                History second = supportEpisode(person, home, back, now, random, true, false);
                caseCount += 2;
                interactionCount += first.interactions() + second.interactions();
            } else if (pattern <= 8) {
                History h = frequentPresenter(person, home, now.minusDays(300 + random.nextInt(50)), now, random);
                caseCount++;
                interactionCount += h.interactions();
            } else {
                DemoTeam other = demoTeams.get((p + 2) % demoTeams.size());
                History a = supportEpisode(person, home, start, now, random, false, false);
                refer(a.caseId(), other.id(), null, a.keyWorker(), start.plusDays(3), start.plusDays(6), "accepted");
                History b = supportEpisode(person, other, start.plusDays(10 + random.nextInt(10)), now, random,
                        false, false);
                caseCount += 2;
                interactionCount += a.interactions() + b.interactions();
            }
        }
        moments(seed);
        assessments(seed);
        targets(demoTeams);
        // history is loaded today, but workers wrote each contact and moment up within hours of it happening
        entityManager.createNativeQuery("""
                update interaction set recorded_at = least(occurred_at + make_interval(
                    mins => 5 + (get_byte(uuid_send(id), 0) * 3)), recorded_at)
                """).executeUpdate();
        entityManager.createNativeQuery("""
                update moment set recorded_at = least(occurred_at + make_interval(
                    mins => 5 + (get_byte(uuid_send(id), 0) * 3)), recorded_at)
                """).executeUpdate();
        int workerCount = demoTeams.stream().mapToInt(t -> t.workers().size()).sum() + 2;
        return new Built(demoTeams.size(), workerCount, peopleCount, caseCount, interactionCount);
    }

    /** A few targets of the kind councils set, so the scorecard has something to judge. */
    private void targets(List<DemoTeam> demoTeams) {
        UUID housing = demoTeams.get(0).id();
        UUID tenancy = demoTeams.get(1).id();
        UUID wellbeing = demoTeams.get(2).id();
        targets.create(housing, new TargetRequest("cases-closed-within-days", 56, "at-least", new BigDecimal("50"),
                "quarter", "Half of cases resolved within eight weeks"));
        targets.create(housing, new TargetRequest("days-to-first-contact", null, "at-most", new BigDecimal("2"),
                "month", "Seen within two days of asking for help"));
        targets.create(housing, new TargetRequest("offers-accepted", null, "at-least", new BigDecimal("60"),
                "quarter", null));
        targets.create(tenancy, new TargetRequest("contacts-per-open-case-month", null, "at-least",
                new BigDecimal("2"), "quarter", "At least fortnightly contact"));
        targets.create(wellbeing, new TargetRequest("referrals-acknowledged-within-days", 5, "at-least",
                new BigDecimal("80"), "month", "Referrals acknowledged within five days"));
    }

    private record History(UUID caseId, UUID keyWorker, int interactions, OffsetDateTime endedAt) {
    }

    private static final List<MomentRequest> MOMENTS = List.of(
            moment("trust-built", "worker", false, "Told me about the debts she had been hiding; said it was the "
                    + "first time she had told anyone.", "physical-mental-health", "social-economic-wellbeing"),
            moment("engaged", "worker", false, "Came to the appointment on her own for the first time.",
                    "physical-mental-health"),
            moment("confidence", "person", true, "I phoned the landlord myself. I didn't even need the script.",
                    "suitability-of-living-accommodation"),
            moment("self-advocacy", "other-agency", false, "The jobcentre said he asked for his claim to be looked at "
                    + "again, and explained why himself.", "securing-rights", "social-economic-wellbeing"),
            moment("step-towards-independence", "person", true, "Got the bus into town on my own. First time in a year.",
                    "physical-mental-health", "social-economic-wellbeing"),
            moment("connection-made", "family", false, "His sister says he went to the walking group twice and is "
                    + "talking about going again.", "domestic-family-personal-relationships",
                    "education-training-recreation"),
            moment("crisis-averted", "worker", false, "Rang us before things got bad instead of after; we sorted the "
                    + "eviction letter together.", "suitability-of-living-accommodation", "securing-rights"),
            moment("asked-for-help", "person", true, "I knew I was slipping so I texted you. I wouldn't have done that "
                    + "before.", "physical-mental-health"),
            moment("coped-with-setback", "worker", false, "The benefit was stopped again, and she made a plan with me "
                    + "instead of giving up.", "social-economic-wellbeing"),
            moment("new-skill", "person", true, "Did my first food shop with a budget. Had two pounds left over.",
                    "social-economic-wellbeing", "education-training-recreation"),
            moment("goal-reached", "person", true, "The kids stayed over at the flat this weekend. That's what I wanted "
                    + "all along.", "domestic-family-personal-relationships", "suitability-of-living-accommodation"),
            moment("connection-made", "other-agency", false, "The food bank says she volunteers there on Thursdays now.",
                    "contribution-to-society", "social-economic-wellbeing"));

    private static MomentRequest moment(String type, String observer, boolean theirWords, String words,
            String... domains) {
        return new MomentRequest(null, type, observer, words, theirWords, List.of(domains));
    }

    /**
     * One to three moments that mattered on every case, while it was open. They draw on their own random numbers,
     * so adding them left the rest of a seed's history as it was.
     */
    private void moments(long seed) {
        Random random = new Random(seed * 31 + 17);
        entityManager.flush();
        entityManager.clear();
        @SuppressWarnings("unchecked")
        List<Object[]> episodes = entityManager.createNativeQuery("""
                select cast(c.id as text), c.opened_at, coalesce(c.closed_at, max(i.occurred_at), c.opened_at)
                from support_case c left join interaction i on i.case_id = c.id
                group by c.id order by c.opened_at, c.id
                """).getResultList();
        for (Object[] episode : episodes) {
            UUID caseId = UUID.fromString((String) episode[0]);
            OffsetDateTime from = SqlValues.timestamp(episode[1]).plusDays(1);
            long minutes = ChronoUnit.MINUTES.between(from, SqlValues.timestamp(episode[2]));
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count && minutes > 0; i++) {
                MomentRequest template = MOMENTS.get(random.nextInt(MOMENTS.size()));
                OffsetDateTime at = from.plusMinutes((long) (random.nextDouble() * minutes));
                moments.record(caseId, new MomentRequest(at, template.type(), template.observer(),
                        template.whatHappened(), template.inTheirWords(), template.domains()));
            }
        }
    }

    /**
     * On cases that ran for six weeks or more, the person rates SWEMWBS near the start and near the end, mostly a
     * little better; the worker rates it near the end too, often a touch more hopefully; and ONS4 is done
     * together. Their own random numbers, so the rest of a seed's history stays as it was.
     */
    private void assessments(long seed) {
        Random random = new Random(seed * 37 + 11);
        entityManager.flush();
        entityManager.clear();
        @SuppressWarnings("unchecked")
        List<String> swemwbs = entityManager.createNativeQuery("""
                select i.code from instrument_item i
                join instrument_version v on v.id = i.instrument_version_id
                join instrument n on n.id = v.instrument_id
                where n.code = 'swemwbs' and v.is_current order by i.position
                """).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> episodes = entityManager.createNativeQuery("""
                select cast(c.id as text), c.opened_at, coalesce(c.closed_at, max(i.occurred_at), c.opened_at)
                from support_case c left join interaction i on i.case_id = c.id
                group by c.id
                having coalesce(c.closed_at, max(i.occurred_at), c.opened_at) > c.opened_at + interval '42 days'
                order by c.opened_at, c.id
                """).getResultList();
        for (Object[] episode : episodes) {
            UUID caseId = UUID.fromString((String) episode[0]);
            OffsetDateTime first = SqlValues.timestamp(episode[1]).plusDays(3);
            OffsetDateTime last = SqlValues.timestamp(episode[2]).minusDays(2);
            int start = 2 + random.nextInt(2);
            int gain = random.nextInt(10) < 7 ? 1 : random.nextInt(2) - 1;
            record(caseId, "swemwbs", Respondent.SELF, first, swemwbs, start, random);
            record(caseId, "swemwbs", Respondent.SELF, last, swemwbs, start + gain, random);
            record(caseId, "swemwbs", Respondent.WORKER, last.minusHours(1), swemwbs,
                    start + gain + (random.nextInt(3) == 0 ? 1 : 0), random);
            record(caseId, "ons4", Respondent.JOINT, last.minusHours(2),
                    List.of("life-satisfaction", "worthwhile", "happiness", "anxiety"), 4 + gain * 2, random);
        }
    }

    /** One assessment with every item about {@code around}, give or take one, kept on the 1–5 or 0–10 scale. */
    private void record(UUID caseId, String instrument, Respondent respondent, OffsetDateTime at, List<String> items,
            int around, Random random) {
        int max = instrument.equals("ons4") ? 10 : 5;
        int min = instrument.equals("ons4") ? 0 : 1;
        List<AnswerBody> answers = items.stream().map(item -> new AnswerBody(item, IntNode.valueOf(
                Math.max(min, Math.min(max, around + random.nextInt(3) - 1))), null)).toList();
        assessments.record(caseId, new AssessmentRequest(instrument, null, at, respondent, answers));
    }

    private DemoTeam team(String name, String description, List<String> staff, List<String> issues) {
        UUID id = teams.create(new TeamRequest(name, description, null)).id();
        List<UUID> members = new ArrayList<>();
        for (String displayName : staff) {
            String username = displayName.toLowerCase().replace(' ', '.');
            // the first named is the team lead
            Role role = members.isEmpty() ? Role.TEAM_LEAD : Role.WORKER;
            members.add(workers.create(new WorkerRequest(username, displayName, username + "@council.invalid", Set.of(role),
                    true, Set.of(id))).id());
        }
        return new DemoTeam(id, name, members, issues);
    }

    private UUID person(int index, DemoTeam team, Random random) {
        String first = FIRST_NAMES[index % FIRST_NAMES.length];
        String last = pick(SURNAMES, random);
        boolean welsh = random.nextInt(4) == 0;
        LocalDate born = LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
        var contact = new ContactPreferences(List.of(random.nextBoolean() ? ContactMethod.PHONE : ContactMethod.TEXT),
                "07700 900" + String.format("%03d", index), null, null,
                random.nextInt(3) == 0 ? "Prefers calls after 11am" : null);
        UUID id = people.create(new PersonRequest(team.id(), first, first + " " + last, born,
                random.nextInt(5) == 0 ? "they/them" : null, welsh ? "cy" : "en", contact,
                WHAT_MATTERS[random.nextInt(WHAT_MATTERS.length)],
                List.of(pick(STRENGTHS, random), pick(STRENGTHS, random)).stream().distinct().toList(),
                welsh ? "Prefers to speak Welsh" : null,
                random.nextInt(6) == 0 ? "Ground-floor rooms only" : null,
                random.nextInt(5) == 0 ? "Prefers not to be visited before noon" : null,
                random.nextInt(3) == 0,
                List.of(new ExternalIdentifier.Body("council-housing-ref", "HR-" + (100000 + index)),
                        new ExternalIdentifier.Body("nhs-number", demoNhsNumber(index))))).person().id();
        network.add(id, new NetworkMemberRequest(pick(FIRST_NAMES, random) + " " + last,
                random.nextBoolean() ? "sibling" : "parent", null, "07700 901" + String.format("%03d", index),
                null, true, random.nextBoolean(), null));
        if (random.nextInt(3) == 0) {
            network.add(id, new NetworkMemberRequest("Dr " + pick(SURNAMES, random), "gp", "Canton Health Centre",
                    null, null, true, true, null));
        }
        return id;
    }

    /**
     * One case: worker-led contacts every week or two, now and then missed, sometimes a handover, and closed if
     * {@code close} (or left open to today).
     */
    private History supportEpisode(UUID person, DemoTeam team, OffsetDateTime openedAt, OffsetDateTime until,
            Random random, boolean cameBack, boolean close) {
        UUID keyWorker = pick(team.workers(), random);
        String issue = pick(team.issues(), random);
        UUID caseId = cases.open(new NewCase(person, team.id(), keyWorker, openedAt,
                cameBack ? "Came back: the same problems as before, and worse." : "First contact with the team.",
                List.of(new NeedBody(needFor(issue), "Needs help with " + issue.replace('-', ' '))),
                List.of(new GoalBody(WHAT_MATTERS[random.nextInt(WHAT_MATTERS.length)], false, null)))).id();
        OffsetDateTime end = close ? openedAt.plusDays(40 + random.nextInt(100)) : until;
        if (end.isAfter(until)) {
            end = until;
        }
        OffsetDateTime handoverAt = random.nextInt(4) == 0 ? openedAt.plus(ChronoUnit.DAYS.between(openedAt, end) / 2,
                ChronoUnit.DAYS) : null;
        UUID lead = keyWorker;
        int count = 0;
        OffsetDateTime at = openedAt.plusHours(2);
        boolean first = true;
        while (at.isBefore(end)) {
            if (handoverAt != null && at.isAfter(handoverAt)) {
                UUID next = team.workers().stream().filter(w -> !w.equals(keyWorker)).toList()
                        .get(random.nextInt(team.workers().size() - 1));
                cases.handOver(caseId, cases.get(caseId).version(), new NewHandover(next,
                        "Key worker's caseload rebalanced", handoverAt));
                lead = next;
                handoverAt = null;
            }
            // now and then a colleague covers the visit
            UUID by = random.nextInt(6) == 0 ? pick(team.workers(), random) : lead;
            String initiator = first ? (cameBack || random.nextBoolean() ? "person" : "referral") : "worker";
            record(caseId, by, at, initiator, pick(team.issues(), random), random, end, until);
            count++;
            first = false;
            at = at.plusDays(5 + random.nextInt(12)).plusMinutes(random.nextInt(240));
        }
        OffsetDateTime midway = openedAt.plusDays(Math.max(1, ChronoUnit.DAYS.between(openedAt, end) / 2));
        if (team.issues().contains("homelessness") && midway.isBefore(end)) {
            offer(caseId, lead, midway, end, random);
        } else if (random.nextInt(3) == 0 && midway.isBefore(end)) {
            refer(caseId, null, pick(List.of("Citizens Advice", "Shelter Cymru", "Community Mental Health Team",
                    "Food bank"), random), lead, midway, end, random.nextInt(3) == 0 ? "no-response" : "accepted");
        }
        if (close) {
            String reason = cameBack ? "goals-met" : List.of("housed", "disengaged", "no-contact", "goals-met")
                    .get(random.nextInt(4));
            cases.close(caseId, cases.get(caseId).version(), new Closure(reason, null, end));
        }
        return new History(caseId, keyWorker, count, end);
    }

    /** Someone who keeps presenting, more and more often: the pattern the repeat dashboards exist to show. */
    private History frequentPresenter(UUID person, DemoTeam team, OffsetDateTime openedAt, OffsetDateTime until,
            Random random) {
        UUID keyWorker = pick(team.workers(), random);
        UUID caseId = cases.open(new NewCase(person, team.id(), keyWorker, openedAt,
                "Presents often, usually in crisis.", List.of(new NeedBody("housing", "Keeps losing accommodation")),
                List.of())).id();
        int count = 0;
        int gap = 45;
        OffsetDateTime at = openedAt.plusHours(1);
        while (at.isBefore(until)) {
            record(caseId, keyWorker, at, random.nextInt(4) == 0 ? "other-agency" : "person",
                    pick(team.issues(), random), random, until, until);
            count++;
            gap = Math.max(3, gap - 2 - random.nextInt(5));
            at = at.plusDays(gap).plusMinutes(random.nextInt(300));
        }
        return new History(caseId, keyWorker, count, until);
    }

    /** An accommodation offer: mostly accepted, sometimes declined, and now and then the one-shot offer withdrawn. */
    private void offer(UUID caseId, UUID by, OffsetDateTime at, OffsetDateTime until, Random random) {
        boolean finalOffer = random.nextInt(3) == 0;
        var offer = offers.make(new NewOffer(caseId, pick(List.of("temporary-accommodation",
                "supported-accommodation", "social-tenancy"), random), "Room or flat offered by the council",
                finalOffer, at, at.toLocalDate().plusDays(3), by));
        OffsetDateTime answeredAt = at.plusDays(1);
        if (!answeredAt.isBefore(until)) {
            return;
        }
        int roll = random.nextInt(10);
        if (roll < 6) {
            offers.respond(offer.id(), offer.version(), new OfferResponse("accepted", answeredAt, null));
        } else if (roll < 8) {
            offers.respond(offer.id(), offer.version(), new OfferResponse("declined", answeredAt,
                    pick(List.of("Too far from the children's school", "Shared bathroom with strangers",
                            "The area is where her ex-partner lives"), random)));
        } else {
            offers.withdraw(offer.id(), offer.version(), new Withdrawal(
                    "Withdrawn after a heated reaction at the viewing", answeredAt));
        }
    }

    private void refer(UUID caseId, UUID toTeam, String toAgency, UUID by, OffsetDateTime at, OffsetDateTime until,
            String outcome) {
        var referral = referrals.send(new NewReferral(caseId, toTeam, toAgency,
                toTeam != null ? "Needs support this team gives" : "Specialist help outside the council", by, null, at));
        OffsetDateTime answeredAt = at.plusDays(2);
        if (answeredAt.isBefore(until)) {
            referrals.changeStatus(referral.id(), referral.version(),
                    new StatusChange(outcome, answeredAt, null, null));
        }
    }

    private void record(UUID caseId, UUID lead, OffsetDateTime at, String initiator, String issue, Random random,
            OffsetDateTime caseEnd, OffsetDateTime now) {
        int roll = random.nextInt(10);
        ContactStatus status = roll < 8 ? ContactStatus.MADE : roll == 8 ? ContactStatus.NO_ANSWER
                : ContactStatus.DID_NOT_ATTEND;
        boolean made = status == ContactStatus.MADE;
        // the latest contacts on open cases carry a follow-up, so caseloads show due and overdue ones
        LocalDate followUp = made && caseEnd.equals(now) && at.isAfter(now.minusDays(21))
                ? at.atZoneSameInstant(TimeConfig.LOCAL_ZONE).toLocalDate().plusDays(3 + random.nextInt(14)) : null;
        interactions.record(caseId, new InteractionRequest(at, status,
                "person".equals(initiator) ? pick(List.of("drop-in", "phone", "in-person"), random)
                        : pick(CHANNELS, random),
                initiator, made ? 15 + random.nextInt(60) : null, lead, List.of(), List.of(issue),
                made ? SUMMARIES[random.nextInt(SUMMARIES.length)] : "Tried to make contact.",
                made && random.nextInt(3) == 0 ? MATTERED[random.nextInt(MATTERED.length)] : null,
                made ? pick(OUTCOMES, random) : null, followUp));
    }

    private static String needFor(String issue) {
        return Map.ofEntries(Map.entry("homelessness", "housing"), Map.entry("rent-arrears", "money"),
                Map.entry("tenancy", "housing"), Map.entry("domestic-abuse", "safety"), Map.entry("repairs", "housing"),
                Map.entry("antisocial-behaviour", "safety"), Map.entry("debt", "money"),
                Map.entry("mental-health", "wellbeing"), Map.entry("physical-health", "health"),
                Map.entry("isolation", "community"), Map.entry("safeguarding", "safety"),
                Map.entry("family", "relationships"), Map.entry("employment", "work-learning"),
                Map.entry("benefits", "money"), Map.entry("substance-use", "substance-use")).getOrDefault(issue,
                        "wellbeing");
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * A valid NHS number for the demo person, from the range 999 000 0000 to 999 999 9999 that is never issued to a
     * patient, written as people write it ({@code 999 000 0018}); nine-digit stems without a check digit are
     * skipped.
     */
    static String demoNhsNumber(int index) {
        for (int stem = 999_000_000 + index * 7; ; stem++) {
            String digits = Integer.toString(stem);
            OptionalInt check = IdentifierRules.nhsCheckDigit(digits);
            if (check.isPresent()) {
                return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6)
                        + check.getAsInt();
            }
        }
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
