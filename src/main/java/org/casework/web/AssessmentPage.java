package org.casework.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.IntNode;

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
import jakarta.ws.rs.core.Response;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditedPage;
import org.casework.cases.CaseService;
import org.casework.cases.CaseViews.CaseView;
import org.casework.common.Coded;
import org.casework.common.PageRequest;
import org.casework.common.PersonalData;
import org.casework.common.PersonalDataCarrier;
import org.casework.common.ProblemException;
import org.casework.common.TimeConfig;
import org.casework.outcomes.AssessmentRequest;
import org.casework.outcomes.AssessmentRequest.AnswerBody;
import org.casework.outcomes.AssessmentService;
import org.casework.outcomes.AssessmentView;
import org.casework.outcomes.InstrumentService;
import org.casework.outcomes.InstrumentView;
import org.casework.outcomes.Respondent;
import org.casework.people.PersonService;
import org.casework.people.PersonView;
import org.casework.security.Role;
import org.casework.web.FormErrors.Field;
import org.casework.web.Submissions.Saved;

/**
 * Doing an assessment with a validated instrument (SWEMWBS, ONS4, the well-being domains, or a council's own):
 * each item on its answer scale, any item declinable, answered by the person, the worker or both; after saving,
 * the score and the change since the last assessment with the same instrument and respondent.
 */
@Path("/cases/{caseId}/assessments")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
public class AssessmentPage {

    /** The value a person picks to decline an item. */
    static final String DECLINED = "declined";

    /** The assessment saved, and the one before it with the same instrument and respondent (or null). */
    public record Result(CaseView supportCase, PersonView person, InstrumentView instrument, AssessmentView saved,
            AssessmentView previous) implements PersonalDataCarrier {

        @Override
        public List<PersonalData> personalData() {
            List<PersonalData> shown = new ArrayList<>(List.of(supportCase, person, saved));
            if (previous != null) {
                shown.add(previous);
            }
            return shown;
        }

        /** The change in score since the previous assessment, or null without one (or without scores). */
        public BigDecimal change() {
            return previous == null || previous.score() == null || saved.score() == null ? null
                    : saved.score().subtract(previous.score());
        }

        /** Whether the change reaches the instrument's meaningful change; null when it cannot say. */
        public Boolean meaningful() {
            BigDecimal change = change();
            return change == null || instrument.meaningfulChange() == null ? null
                    : change.abs().compareTo(instrument.meaningfulChange()) >= 0;
        }

        /** Better, worse or the same, by the instrument's direction; null without a previous score. */
        public String direction() {
            BigDecimal change = change();
            if (change == null || Boolean.FALSE.equals(meaningful()) || change.signum() == 0) {
                return change == null ? null : "unchanged";
            }
            boolean higherIsBetter = instrument.scoreDirection() == null
                    || instrument.scoreDirection().code().equals("higher-is-better");
            return (change.signum() > 0) == higherIsBetter ? "improved" : "worse";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(CaseAndPerson shown, List<InstrumentView> instruments);

        static native TemplateInstance assess(CaseAndPerson shown, InstrumentView instrument, Form form,
                List<String> respondents, List<String> dateParts);

        static native TemplateInstance result(Result result);
    }

    private final Pages pages;
    private final CaseService cases;
    private final PersonService people;
    private final AssessmentService assessments;
    private final InstrumentService instruments;
    private final FormErrors errors;
    private final Submissions submissions;
    private final AuditedPage audit;
    private final Clock clock;

    public AssessmentPage(Pages pages, CaseService cases, PersonService people, AssessmentService assessments,
            InstrumentService instruments, FormErrors errors, Submissions submissions, AuditedPage audit, Clock clock) {
        this.pages = pages;
        this.cases = cases;
        this.people = people;
        this.assessments = assessments;
        this.instruments = instruments;
        this.errors = errors;
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @Path("new")
    public TemplateInstance form(@PathParam("caseId") UUID caseId, @QueryParam("instrument") String code) {
        CaseAndPerson shown = shown(caseId);
        if (code == null || code.isBlank()) {
            List<InstrumentView> all = instruments.list(new PageRequest(List.of(), 100)).items();
            return pages.render(Templates.choose(shown, all), "my-day");
        }
        InstrumentView instrument = instrument(code);
        LocalDate today = TimeConfig.now(clock).atZoneSameInstant(TimeConfig.LOCAL_ZONE).toLocalDate();
        Form form = Form.fresh().set("instrument", instrument.code())
                .set("day", String.valueOf(today.getDayOfMonth())).set("month", String.valueOf(today.getMonthValue()))
                .set("year", String.valueOf(today.getYear()));
        return assess(shown, instrument, form);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object submit(@PathParam("caseId") UUID caseId, MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        Msg msg = pages.messages();
        Actions actions = pages.actions();
        InstrumentView instrument = instrument(form.value("instrument"));
        List<Field> fields = fields(instrument, actions);
        AssessmentRequest request = request(form, instrument, msg, actions);
        errors.validate(request, "", fields, form, msg);
        for (InstrumentView.ItemView item : instrument.items()) {
            if (form.text("item-" + item.code()) == null) {
                form.error("item-" + item.code(), "item-" + item.code(), actions.assess_item_required(item.position() + 1));
            }
        }
        if (form.hasErrors()) {
            return assess(shown(caseId), instrument, form);
        }
        try {
            String redirect = submissions.once(form.value("token"), AuditAction.CREATE, () -> {
                AssessmentView saved = assessments.record(caseId, request);
                return Saved.of("/cases/" + caseId + "/assessments/" + saved.id() + "?" + Pages.BANNER
                        + "=assessment-saved", saved);
            });
            return Response.seeOther(URI.create(redirect)).build();
        } catch (ProblemException refused) {
            if (refused.status == 404 || refused.status == 403) {
                throw refused;
            }
            errors.add(refused, "", fields, form, msg);
            return assess(shown(caseId), instrument, form);
        }
    }

    /** After saving: the score, its band, and the change since the last one. */
    @GET
    @Path("{assessmentId}")
    public TemplateInstance result(@PathParam("caseId") UUID caseId, @PathParam("assessmentId") UUID id) {
        Result result = audit.read(() -> {
            CaseView supportCase = cases.get(caseId);
            PersonView person = people.get(supportCase.personId());
            AssessmentView saved = assessments.get(caseId, id);
            InstrumentView instrument = instruments.version(saved.instrument(), saved.instrumentVersion());
            AssessmentView previous = assessments.list(caseId, saved.instrument(), saved.respondent(),
                    new PageRequest(List.of(), 100)).items().stream()
                    .filter(a -> a.assessedAt().isBefore(saved.assessedAt())
                            || (a.assessedAt().isEqual(saved.assessedAt()) && a.id().compareTo(saved.id()) < 0))
                    .findFirst().orElse(null);
            return new Result(supportCase, person, instrument, saved, previous);
        });
        return pages.render(Templates.result(result), "my-day");
    }

    private TemplateInstance assess(CaseAndPerson shown, InstrumentView instrument, Form form) {
        List<String> respondents = java.util.Arrays.stream(Respondent.values()).map(Respondent::code).toList();
        return pages.render(Templates.assess(shown, instrument, form, respondents, List.of("day", "month", "year")),
                "my-day");
    }

    private CaseAndPerson shown(UUID caseId) {
        return audit.read(() -> {
            CaseView supportCase = cases.get(caseId);
            return new CaseAndPerson(supportCase, people.get(supportCase.personId()));
        });
    }

    private InstrumentView instrument(String code) {
        try {
            return instruments.current(code);
        } catch (ProblemException unknown) {
            throw ProblemException.notFound("Instrument " + code);
        }
    }

    private AssessmentRequest request(Form form, InstrumentView instrument, Msg msg, Actions actions) {
        LocalDate day = ContactPage.date(form, "assessedAt", "day", actions.assess_date_field(), msg);
        OffsetDateTime assessedAt = null;
        if (day != null) {
            // noon of the day given (or now, for today), so that an assessment today is never in the future
            OffsetDateTime now = TimeConfig.now(clock);
            assessedAt = day.equals(now.atZoneSameInstant(TimeConfig.LOCAL_ZONE).toLocalDate()) ? now
                    : day.atTime(12, 0).atZone(TimeConfig.LOCAL_ZONE).toOffsetDateTime();
        }
        Respondent respondent = null;
        try {
            respondent = form.text("respondent") == null ? null
                    : Coded.fromCode(Respondent.class, form.text("respondent"));
        } catch (RuntimeException unknown) {
            respondent = null;
        }
        List<AnswerBody> answers = new ArrayList<>();
        for (InstrumentView.ItemView item : instrument.items()) {
            String given = form.text("item-" + item.code());
            if (DECLINED.equals(given)) {
                answers.add(new AnswerBody(item.code(), null, true));
            } else if (given != null) {
                try {
                    answers.add(new AnswerBody(item.code(), IntNode.valueOf(Integer.parseInt(given)), false));
                } catch (NumberFormatException e) {
                    answers.add(new AnswerBody(item.code(), null, false));
                }
            } else {
                answers.add(new AnswerBody(item.code(), null, false));
            }
        }
        return new AssessmentRequest(instrument.code(), instrument.version(), assessedAt, respondent, answers);
    }

    private static List<Field> fields(InstrumentView instrument, Actions actions) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.choice("respondent", "respondent", "respondent", actions.assess_respondent_field()));
        fields.add(Field.text("assessedAt", "assessedAt", "day", actions.assess_date_field()));
        for (int i = 0; i < instrument.items().size(); i++) {
            String code = instrument.items().get(i).code();
            fields.add(Field.choice("answers[" + i + "]", "item-" + code, "item-" + code,
                    actions.assess_item_field(i + 1)));
        }
        return fields;
    }
}
