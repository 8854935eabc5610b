package org.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditedPage;
import org.casework.cases.CaseRequests.Closure;
import org.casework.cases.CaseRequests.NewCase;
import org.casework.cases.CaseRequests.NewHandover;
import org.casework.cases.CaseService;
import org.casework.cases.CaseViews.CaseView;
import org.casework.common.PageRequest;
import org.casework.common.PersonalData;
import org.casework.common.PersonalDataCarrier;
import org.casework.common.ProblemException;
import org.casework.common.TimeConfig;
import org.casework.moments.MomentRequest;
import org.casework.moments.MomentService;
import org.casework.offers.OfferRequests.NewOffer;
import org.casework.offers.OfferRequests.OfferResponse;
import org.casework.offers.OfferService;
import org.casework.offers.OfferView;
import org.casework.people.PersonService;
import org.casework.people.PersonView;
import org.casework.reference.ReferenceCodeView;
import org.casework.reference.ReferenceService;
import org.casework.reference.Vocabulary;
import org.casework.referrals.ReferralRequests.NewReferral;
import org.casework.referrals.ReferralService;
import org.casework.referrals.ReferralView;
import org.casework.security.Caller;
import org.casework.security.Role;
import org.casework.teams.TeamService;
import org.casework.web.FormErrors.Field;
import org.casework.web.Submissions.Saved;
import org.casework.workers.WorkerService;
import org.casework.workers.WorkerView;

/**
 * A case and what can be done with it: opening one (the worker signed in is the default key worker), recording a
 * moment, making an offer and recording the answer, sending a referral, and for team leads handing the case over
 * and closing it. Changes to a case carry the version the page was read at, so someone else's change in between
 * is reported, never overwritten.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
public class CasePage {

    /** The case, whose it is, and what has been offered and referred on it. */
    public record Overview(CaseView supportCase, PersonView person, List<OfferView> offers,
            List<ReferralView> referrals) implements PersonalDataCarrier {

        @Override
        public List<PersonalData> personalData() {
            List<PersonalData> shown = new ArrayList<>(List.of(supportCase, person));
            shown.addAll(offers);
            shown.addAll(referrals);
            return shown;
        }
    }

    /** One form about a case: what it asks, and the choices it offers. */
    public record CaseForm(String kind, String action, Overview overview, Form form, List<ReferenceCodeView> codes,
            List<Choice> teams, List<Choice> workers, List<ReferenceCodeView> domains,
            List<ReferenceCodeView> observers) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Overview overview, Labels labels, boolean teamLead);

        static native TemplateInstance caseForm(CaseForm page, Labels labels);
    }

    private final Pages pages;
    private final CaseService cases;
    private final PersonService people;
    private final MomentService moments;
    private final OfferService offers;
    private final ReferralService referrals;
    private final ReferenceService reference;
    private final WorkerService workers;
    private final TeamService teams;
    private final FormPosts posts;
    private final AuditedPage audit;
    private final Caller caller;
    private final Clock clock;

    public CasePage(Pages pages, CaseService cases, PersonService people, MomentService moments, OfferService offers,
            ReferralService referrals, ReferenceService reference, WorkerService workers, TeamService teams,
            FormPosts posts, AuditedPage audit, Caller caller, Clock clock) {
        this.pages = pages;
        this.cases = cases;
        this.people = people;
        this.moments = moments;
        this.offers = offers;
        this.referrals = referrals;
        this.reference = reference;
        this.workers = workers;
        this.teams = teams;
        this.posts = posts;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("cases/{caseId: [0-9a-fA-F-]{36}}")
    public TemplateInstance overview(@PathParam("caseId") UUID caseId) {
        Overview overview = overviewOf(caseId);
        return pages.render(Templates.overview(overview, labels(overview), caller.has(Role.TEAM_LEAD)),
                "people");
    }

    // ----- opening a case --------------------------------------------------------------------------------------

    @GET
    @Path("cases/new")
    public TemplateInstance openForm(@QueryParam("person") UUID personId) {
        if (personId == null) {
            throw ProblemException.notFound("Person");
        }
        Form form = Form.fresh().set("keyWorkerId", caller.workerId().map(UUID::toString).orElse(null));
        List<Choice> myTeams = pages.myTeams();
        if (myTeams.size() == 1) {
            form.set("teamId", myTeams.get(0).value());
        }
        return openPage(personId, form);
    }

    @POST
    @Path("cases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object open(MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        UUID personId = uuid(form, "personId");
        if (personId == null) {
            throw ProblemException.notFound("Person");
        }
        Actions actions = pages.actions();
        List<Field> fields = List.of(Field.choice("teamId", "teamId", "teamId", actions.case_team_field()),
                Field.choice("keyWorkerId", "keyWorkerId", "keyWorkerId", actions.case_key_worker_field()),
                Field.text("summary", "summary", "summary", actions.case_summary_field()),
                Field.choice("personId", "teamId", "teamId", actions.case_team_field()));
        NewCase request = new NewCase(personId, uuid(form, "teamId"), uuid(form, "keyWorkerId"), null,
                form.text("summary"), List.of(), List.of());
        return posts.submit(form, request, fields, actions.error_changed_by_someone_else(), AuditAction.CREATE,
                () -> openPage(personId, form), () -> {
            CaseView opened = cases.open(request);
            return Saved.of("/cases/" + opened.id() + "?" + Pages.BANNER + "=case-opened", opened);
        });
    }

    private TemplateInstance openPage(UUID personId, Form form) {
        PersonView person = audit.read(() -> people.get(personId));
        List<Choice> workersOfMyTeams = new ArrayList<>();
        caller.record().ifPresent(me -> me.teamIds().forEach(team -> workersOfMyTeams.addAll(teamWorkers(team))));
        List<Choice> distinct = workersOfMyTeams.stream().distinct()
                .sorted(java.util.Comparator.comparing(Choice::label)).toList();
        Overview overview = new Overview(null, person, List.of(), List.of());
        form.set("personId", personId.toString());
        CaseForm page = new CaseForm("open", "/cases", overview, form, List.of(), pages.myTeams(),
                distinct, List.of(), List.of());
        return pages.render(Templates.caseForm(page, labels(overview)), "people");
    }

    // ----- recording a moment ----------------------------------------------------------------------------------

    @GET
    @Path("cases/{caseId}/moments/new")
    public TemplateInstance momentForm(@PathParam("caseId") UUID caseId) {
        return casePage("moment", caseId, withNow(Form.fresh()));
    }

    @POST
    @Path("cases/{caseId}/moments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object recordMoment(@PathParam("caseId") UUID caseId, MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        Msg msg = pages.messages();
        Actions actions = pages.actions();
        List<Field> fields = List.of(Field.text("occurredAt", "occurredAt", "day", msg.contact_when_field()),
                Field.choice("type", "momentType", "momentType", msg.moment_type_field()),
                Field.choice("observer", "observer", "observer", msg.moment_observer_field()),
                Field.text("whatHappened", "whatHappened", "whatHappened", msg.moment_what_field()),
                Field.choice("domains", "domains", "domains", msg.moment_domains_field()));
        OffsetDateTime at = at(form, msg);
        MomentRequest request = new MomentRequest(at, form.text("momentType"), form.text("observer"),
                form.text("whatHappened"), form.has("inTheirWords", "yes"), form.values("domains"));
        return posts.submit(form, request, fields, actions.error_changed_by_someone_else(), AuditAction.CREATE,
                () -> casePage("moment", caseId, form), () -> {
            var recorded = moments.record(caseId, request);
            return Saved.of(personPath(recorded.personId(), "moment-recorded"), recorded);
        });
    }

    // ----- offers ------------------------------------------------------------------------------------------------

    @GET
    @Path("cases/{caseId}/offers/new")
    public TemplateInstance offerForm(@PathParam("caseId") UUID caseId) {
        return casePage("offer", caseId, Form.fresh());
    }

    @POST
    @Path("cases/{caseId}/offers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object makeOffer(@PathParam("caseId") UUID caseId, MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        Msg msg = pages.messages();
        Actions actions = pages.actions();
        List<Field> fields = List.of(Field.choice("offerType", "offerType", "offerType", actions.offer_type_field()),
                Field.text("description", "description", "description", actions.offer_description_field()),
                Field.text("respondBy", "respondBy", "respondBy-day", actions.offer_respond_by_field()));
        LocalDate respondBy = ContactPage.date(form, "respondBy", "respondBy-day", actions.offer_respond_by_field(), msg);
        NewOffer request = new NewOffer(caseId, form.text("offerType"), form.text("description"),
                form.has("finalOffer", "yes"), null, respondBy, caller.workerId().orElseThrow());
        return posts.submit(form, request, fields, actions.error_changed_by_someone_else(), AuditAction.CREATE,
                () -> casePage("offer", caseId, form), () -> {
            OfferView made = offers.make(request);
            return Saved.of("/cases/" + caseId + "?" + Pages.BANNER + "=offer-recorded", made);
        });
    }

    @GET
    @Path("cases/{caseId}/offers/{offerId}/response")
    public TemplateInstance responseForm(@PathParam("caseId") UUID caseId, @PathParam("offerId") UUID offerId) {
        OfferView offer = audit.read(() -> offers.get(offerId));
        return casePage("response", caseId, Form.fresh().set("version", String.valueOf(offer.version()))
                .set("offerId", offerId.toString()));
    }

    @POST
    @Path("cases/{caseId}/offers/{offerId}/response")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object respond(@PathParam("caseId") UUID caseId, @PathParam("offerId") UUID offerId,
            MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        Actions actions = pages.actions();
        List<Field> fields = List.of(Field.choice("response", "response", "response", actions.offer_response_field()),
                Field.text("reason", "reason", "reason", actions.offer_reason_field()));
        OfferResponse request = new OfferResponse(form.text("response"), null, form.text("reason"));
        long version = form.version();
        return posts.submit(form, request, fields, actions.error_changed_by_someone_else(), AuditAction.UPDATE,
                () -> casePage("response", caseId, form), () -> {
            OfferView answered = offers.respond(offerId, version, request);
            return Saved.of("/cases/" + caseId + "?" + Pages.BANNER + "=response-recorded", answered);
        });
    }

    // ----- referrals ---------------------------------------------------------------------------------------------

    @GET
    @Path("cases/{caseId}/referrals/new")
    public TemplateInstance referralForm(@PathParam("caseId") UUID caseId) {
        return casePage("referral", caseId, Form.fresh());
    }

    @POST
    @Path("cases/{caseId}/referrals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object refer(@PathParam("caseId") UUID caseId, MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        Actions actions = pages.actions();
        List<Field> fields = List.of(Field.choice("toTeamId", "toTeamId", "toTeamId", actions.referral_to_field()),
                Field.text("toAgency", "toAgency", "toAgency", actions.referral_to_field()),
                Field.text("reason", "reason", "reason", actions.referral_reason_field()));
        NewReferral request = new NewReferral(caseId, uuid(form, "toTeamId"), form.text("toAgency"),
                form.text("reason"), caller.workerId().orElseThrow(), null, null);
        return posts.submit(form, request, fields, actions.error_changed_by_someone_else(), AuditAction.CREATE,
                () -> casePage("referral", caseId, form), () -> {
            ReferralView sent = referrals.send(request);
            return Saved.of("/cases/" + caseId + "?" + Pages.BANNER + "=referral-recorded", sent);
        });
    }

    // ----- team leads: handing over and closing ------------------------------------------------------------------

    @GET
    @Path("cases/{caseId}/handover")
    @RolesAllowed(Role.Names.TEAM_LEAD)
    public TemplateInstance handoverForm(@PathParam("caseId") UUID caseId) {
        CaseView supportCase = audit.read(() -> cases.get(caseId));
        return casePage("handover", caseId, Form.fresh().set("version", String.valueOf(supportCase.version())));
    }

    @POST
    @Path("cases/{caseId}/handover")
    @RolesAllowed(Role.Names.TEAM_LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object handOver(@PathParam("caseId") UUID caseId, MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        Actions actions = pages.actions();
        List<Field> fields = List.of(Field.choice("toWorkerId", "toWorkerId", "toWorkerId", actions.handover_to_field()),
                Field.text("reason", "reason", "reason", actions.handover_reason_field()));
        NewHandover request = new NewHandover(uuid(form, "toWorkerId"), form.text("reason"), null);
        long version = form.version();
        return posts.submit(form, request, fields, actions.error_changed_by_someone_else(), AuditAction.CREATE,
                () -> casePage("handover", caseId, form), () -> {
            var handedOver = cases.handOver(caseId, version, request);
            return Saved.of("/cases/" + caseId + "?" + Pages.BANNER + "=case-handed-over", handedOver);
        });
    }

    @GET
    @Path("cases/{caseId}/closure")
    @RolesAllowed(Role.Names.TEAM_LEAD)
    public TemplateInstance closeForm(@PathParam("caseId") UUID caseId) {
        CaseView supportCase = audit.read(() -> cases.get(caseId));
        return casePage("close", caseId, Form.fresh().set("version", String.valueOf(supportCase.version())));
    }

    @POST
    @Path("cases/{caseId}/closure")
    @RolesAllowed(Role.Names.TEAM_LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object close(@PathParam("caseId") UUID caseId, MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        Msg msg = pages.messages();
        Actions actions = pages.actions();
        List<Field> fields = List.of(Field.choice("reason", "reason", "reason", actions.closure_reason_field()),
                Field.text("note", "note", "note", actions.closure_note_field()));
        Closure request = new Closure(form.text("reason"), form.text("note"), null);
        long version = form.version();
        return posts.submit(form, request, fields, actions.error_changed_by_someone_else(), AuditAction.UPDATE,
                () -> casePage("close", caseId, form), () -> {
            CaseView closed = cases.close(caseId, version, request);
            return Saved.of("/cases/" + caseId + "?" + Pages.BANNER + "=case-closed", closed);
        });
    }

    // ----- shared ------------------------------------------------------------------------------------------------

    private TemplateInstance casePage(String kind, UUID caseId, Form form) {
        Overview overview = overviewOf(caseId);
        List<ReferenceCodeView> codes = switch (kind) {
            case "moment" -> reference.codes(Vocabulary.MOMENT_TYPE);
            case "offer" -> reference.codes(Vocabulary.OFFER_TYPE);
            case "close" -> reference.codes(Vocabulary.CLOSURE_REASON);
            default -> List.of();
        };
        List<Choice> teamChoices = kind.equals("referral") ? otherTeams(overview.supportCase().teamId()) : List.of();
        List<Choice> workerChoices = kind.equals("handover") ? teamWorkers(overview.supportCase().teamId()).stream()
                .filter(w -> !w.value().equals(String.valueOf(overview.supportCase().keyWorkerId()))).toList()
                : List.of();
        boolean moment = kind.equals("moment");
        String action = switch (kind) {
            case "moment" -> "/cases/" + caseId + "/moments";
            case "offer" -> "/cases/" + caseId + "/offers";
            case "response" -> "/cases/" + caseId + "/offers/" + form.value("offerId") + "/response";
            case "referral" -> "/cases/" + caseId + "/referrals";
            case "handover" -> "/cases/" + caseId + "/handover";
            default -> "/cases/" + caseId + "/closure";
        };
        CaseForm page = new CaseForm(kind, action, overview, form, codes, teamChoices, workerChoices,
                moment ? reference.codes(Vocabulary.WELLBEING_DOMAIN) : List.of(),
                moment ? reference.codes(Vocabulary.OBSERVER) : List.of());
        return pages.render(Templates.caseForm(page, labels(overview)), "people");
    }

    private Overview overviewOf(UUID caseId) {
        return audit.read(() -> {
            CaseView supportCase = cases.get(caseId);
            PersonView person = people.get(supportCase.personId());
            PageRequest all = new PageRequest(List.of(), 50);
            List<OfferView> made = offers.list(caseId, null, null, null, all).items();
            List<ReferralView> sent = referrals.list(caseId, null, null, null, null, all).items();
            return new Overview(supportCase, person, made, sent);
        });
    }

    private Labels labels(Overview overview) {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        if (overview.supportCase() != null) {
            ids.add(overview.supportCase().keyWorkerId());
        }
        overview.offers().forEach(o -> ids.add(o.offeredByWorkerId()));
        overview.referrals().forEach(r -> ids.add(r.sentByWorkerId()));
        ids.remove(null);
        return pages.labels(workers.displayNames(ids));
    }

    private List<Choice> otherTeams(UUID except) {
        return teams.names().entrySet().stream().filter(team -> !team.getKey().equals(except))
                .map(team -> new Choice(team.getKey().toString(), team.getValue()))
                .sorted(java.util.Comparator.comparing(Choice::label)).toList();
    }

    private List<Choice> teamWorkers(UUID teamId) {
        Function<WorkerView, Choice> choice = w -> new Choice(w.id().toString(), w.displayName());
        return workers.list(teamId, true, null, new PageRequest(List.of(), 100)).items().stream()
                .filter(w -> w.roles().contains(Role.WORKER)
                        || w.roles().contains(Role.TEAM_LEAD))
                .map(choice).toList();
    }

    private Form withNow(Form form) {
        var now = TimeConfig.now(clock).atZoneSameInstant(TimeConfig.LOCAL_ZONE);
        return form.set("day", String.valueOf(now.getDayOfMonth())).set("month", String.valueOf(now.getMonthValue()))
                .set("year", String.valueOf(now.getYear()))
                .set("time", String.format("%02d:%02d", now.getHour(), now.getMinute()));
    }

    private OffsetDateTime at(Form form, Msg msg) {
        LocalDate day = ContactPage.date(form, "occurredAt", "day", msg.contact_when_field(), msg);
        if (day == null) {
            return null;
        }
        return ContactPage.atTime(form, day, msg);
    }

    private static String personPath(UUID personId, String banner) {
        return "/people/" + personId + "?" + Pages.BANNER + "=" + banner;
    }

    private static UUID uuid(Form form, String name) {
        try {
            return form.text(name) == null ? null : UUID.fromString(form.text(name));
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

}
