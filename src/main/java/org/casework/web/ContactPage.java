package org.casework.web;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditedPage;
import org.casework.cases.CaseService;
import org.casework.cases.CaseViews.CaseView;
import org.casework.common.Coded;
import org.casework.common.PersonalData;
import org.casework.common.ProblemException;
import org.casework.common.TimeConfig;
import org.casework.interactions.ContactStatus;
import org.casework.interactions.InteractionRequest;
import org.casework.interactions.InteractionService;
import org.casework.moments.MomentRequest;
import org.casework.moments.MomentService;
import org.casework.people.PersonService;
import org.casework.people.PersonView;
import org.casework.reference.ReferenceCodeView;
import org.casework.reference.ReferenceService;
import org.casework.reference.Vocabulary;
import org.casework.security.Caller;
import org.casework.security.Role;
import org.casework.web.FormErrors.Field;
import org.casework.web.Submissions.Saved;

/**
 * Logging a contact, made or attempted, in one form, with an optional moment worth recording in the person's own
 * words. Errors keep what was typed and store nothing; success goes back to the person with a confirmation, and
 * the same form submitted twice stores one contact.
 */
@Path("/cases/{caseId}/contacts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
public class ContactPage {

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})[:.](\\d{2})$");

    /** The choices the form offers, in the reader's language. */
    public record Choices(List<ReferenceCodeView> channels, List<ReferenceCodeView> initiators,
            List<ReferenceCodeView> issues, List<ReferenceCodeView> outcomes, List<ReferenceCodeView> momentTypes,
            List<ReferenceCodeView> observers, List<ReferenceCodeView> domains) {

        /** Made first, then the ways an attempt can fail. */
        public List<String> statuses() {
            return java.util.Arrays.stream(ContactStatus.values()).map(ContactStatus::code).toList();
        }

    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contact(CaseView supportCase, PersonView person, Form form, Choices choices);
    }

    private final Pages pages;
    private final CaseService cases;
    private final PersonService people;
    private final InteractionService interactions;
    private final MomentService moments;
    private final ReferenceService reference;
    private final FormErrors errors;
    private final Submissions submissions;
    private final AuditedPage audit;
    private final Caller caller;
    private final Clock clock;

    public ContactPage(Pages pages, CaseService cases, PersonService people, InteractionService interactions,
            MomentService moments, ReferenceService reference, FormErrors errors, Submissions submissions,
            AuditedPage audit, Caller caller, Clock clock) {
        this.pages = pages;
        this.cases = cases;
        this.people = people;
        this.interactions = interactions;
        this.moments = moments;
        this.reference = reference;
        this.errors = errors;
        this.submissions = submissions;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("new")
    public TemplateInstance form(@PathParam("caseId") UUID caseId) {
        var now = TimeConfig.now(clock).atZoneSameInstant(TimeConfig.LOCAL_ZONE);
        Form form = Form.fresh()
                .set("contactStatus", ContactStatus.MADE.code())
                .set("day", String.valueOf(now.getDayOfMonth()))
                .set("month", String.valueOf(now.getMonthValue()))
                .set("year", String.valueOf(now.getYear()))
                .set("time", String.format("%02d:%02d", now.getHour(), now.getMinute()));
        return page(caseId, form);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object submit(@PathParam("caseId") UUID caseId, MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        Msg msg = pages.messages();
        List<Field> contactFields = contactFields(msg);
        List<Field> momentFields = momentFields(msg);
        InteractionRequest contact = contact(form, msg);
        MomentRequest moment = form.has("addMoment", "yes") ? moment(form, contact) : null;
        errors.validate(contact, "", contactFields, form, msg);
        if (moment != null) {
            errors.validate(moment, "moment.", momentFields, form, msg);
        }
        if (form.hasErrors()) {
            return page(caseId, form);
        }
        try {
            String redirect = submissions.once(form.value("token"), AuditAction.CREATE, () -> {
                CaseView supportCase = cases.get(caseId);
                String banner = moment == null ? "contact-logged" : "contact-and-moment-logged";
                List<PersonalData> stored = new ArrayList<>();
                stored.add(interactions.record(caseId, contact));
                if (moment != null) {
                    try {
                        stored.add(moments.record(caseId, moment));
                    } catch (ProblemException refused) {
                        throw new MomentRefused(refused);
                    }
                }
                return new Saved("/people/" + supportCase.personId() + "?" + Pages.BANNER + "=" + banner, stored);
            });
            return Response.seeOther(URI.create(redirect)).build();
        } catch (MomentRefused refused) {
            errors.add(refused.problem, "moment.", momentFields, form, msg);
            return page(caseId, form);
        } catch (ProblemException refused) {
            if (refused.status == 404 || refused.status == 403) {
                throw refused;
            }
            errors.add(refused, "", contactFields, form, msg);
            return page(caseId, form);
        }
    }

    /** The moment was refused after the contact was accepted: both are undone, and the moment's fields blamed. */
    static class MomentRefused extends RuntimeException {
        final ProblemException problem;

        MomentRefused(ProblemException problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    private TemplateInstance page(UUID caseId, Form form) {
        var shown = audit.read(() -> {
            CaseView supportCase = cases.get(caseId);
            PersonView person = people.get(supportCase.personId());
            return new CaseAndPerson(supportCase, person);
        });
        Choices choices = new Choices(reference.codes(Vocabulary.CHANNEL), reference.codes(Vocabulary.INITIATOR),
                reference.codes(Vocabulary.ISSUE_CATEGORY), reference.codes(Vocabulary.INTERACTION_OUTCOME),
                reference.codes(Vocabulary.MOMENT_TYPE), reference.codes(Vocabulary.OBSERVER),
                reference.codes(Vocabulary.WELLBEING_DOMAIN));
        return pages.render(Templates.contact(shown.supportCase(), shown.person(), form, choices), "my-day");
    }

    static List<Field> contactFields(Msg msg) {
        return List.of(
                Field.choice("contactStatus", "contactStatus", "contactStatus", msg.contact_status_field()),
                Field.text("occurredAt", "occurredAt", "day", msg.contact_when_field()),
                Field.choice("channel", "channel", "channel", msg.contact_channel_field()),
                Field.choice("initiator", "initiator", "initiator", msg.contact_initiator_field()),
                Field.text("durationMinutes", "durationMinutes", "durationMinutes", msg.contact_duration_field()),
                Field.choice("issues", "issues", "issues", msg.contact_issues_field()),
                Field.text("summary", "summary", "summary", msg.contact_summary_field()),
                Field.text("whatMattered", "whatMattered", "whatMattered", msg.contact_mattered_field()),
                Field.choice("outcome", "outcome", "outcome", msg.contact_outcome_field()),
                Field.text("followUpOn", "followUpOn", "followUpOn-day", msg.contact_followup_field()),
                Field.choice("leadWorkerId", "contactStatus", "contactStatus", msg.contact_lead_field()));
    }

    static List<Field> momentFields(Msg msg) {
        return List.of(
                Field.choice("moment.type", "momentType", "momentType", msg.moment_type_field()),
                Field.choice("moment.observer", "observer", "observer", msg.moment_observer_field()),
                Field.text("moment.whatHappened", "whatHappened", "whatHappened", msg.moment_what_field()),
                Field.choice("moment.domains", "domains", "domains", msg.moment_domains_field()),
                Field.text("moment.occurredAt", "occurredAt", "day", msg.contact_when_field()));
    }

    /** The contact as the API would receive it, or null when what was typed cannot become one. */
    private InteractionRequest contact(Form form, Msg msg) {
        OffsetDateTime occurredAt = dateTime(form, msg);
        LocalDate followUpOn = date(form, "followUpOn", "followUpOn-day", msg.contact_followup_field(), msg);
        Integer duration = null;
        if (form.text("durationMinutes") != null) {
            try {
                duration = Integer.valueOf(form.text("durationMinutes"));
            } catch (NumberFormatException e) {
                form.error("durationMinutes", "durationMinutes", msg.error_whole_number(msg.contact_duration_field()));
            }
        }
        ContactStatus status;
        try {
            status = form.text("contactStatus") == null ? null
                    : Coded.fromCode(ContactStatus.class, form.text("contactStatus"));
        } catch (RuntimeException unknown) {
            status = null;
        }
        // a part that could not be read is already an error; the record's own checks then name the rest
        return new InteractionRequest(occurredAt, status, form.text("channel"), form.text("initiator"), duration,
                caller.workerId().orElseThrow(), List.of(), form.values("issues"), form.text("summary"),
                form.text("whatMattered"), form.text("outcome"), followUpOn);
    }

    private static MomentRequest moment(Form form, InteractionRequest contact) {
        return new MomentRequest(contact.occurredAt(), form.text("momentType"),
                form.text("observer"), form.text("whatHappened"), form.has("inTheirWords", "yes"),
                form.values("domains"));
    }

    /** When the contact happened, from the date and the time typed (local time, Europe/London). */
    private OffsetDateTime dateTime(Form form, Msg msg) {
        LocalDate date = date(form, "occurredAt", "day", msg.contact_when_field(), msg);
        return date == null ? null : atTime(form, date, msg);
    }

    /** The day given at the time typed in the form's {@code time} box (HH:MM, local time). */
    static OffsetDateTime atTime(Form form, LocalDate date, Msg msg) {
        String typed = form.text("time");
        if (typed == null) {
            form.error("occurredAt", "time", msg.error_required(msg.contact_time_field()));
            return null;
        }
        Matcher time = TIME.matcher(typed);
        try {
            if (!time.matches()) {
                throw new DateTimeException(typed);
            }
            LocalTime at = LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
            return date.atTime(at).atZone(TimeConfig.LOCAL_ZONE).toOffsetDateTime();
        } catch (DateTimeException | NumberFormatException e) {
            form.error("occurredAt", "time", msg.error_time_format(msg.contact_time_field()));
            return null;
        }
    }

    /** A GOV.UK date input's three boxes ({@code prefix}day, month, year; the first is {@code day}). */
    static LocalDate date(Form form, String field, String firstInput, String label, Msg msg) {
        String prefix = firstInput.equals("day") ? "" : field + "-";
        String day = form.text(prefix + "day");
        String month = form.text(prefix + "month");
        String year = form.text(prefix + "year");
        if (day == null && month == null && year == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year == null ? "" : year), Integer.parseInt(month == null ? "" : month),
                    Integer.parseInt(day == null ? "" : day));
        } catch (DateTimeException | NumberFormatException e) {
            form.error(field, firstInput, msg.error_date_format(label));
            return null;
        }
    }

}
