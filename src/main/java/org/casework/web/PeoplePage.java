package org.casework.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditedPage;
import org.casework.common.Page;
import org.casework.common.PageRequest;
import org.casework.common.Paging;
import org.casework.common.ProblemException;
import org.casework.identifiers.IdentifierSystemService;
import org.casework.identifiers.IdentifierSystemView;
import org.casework.people.ExternalIdentifier;
import org.casework.people.PersonRequest;
import org.casework.people.PersonService;
import org.casework.people.PersonSummary;
import org.casework.people.Registration;
import org.casework.security.Role;
import org.casework.teams.TeamService;
import org.casework.web.FormErrors.Field;
import org.casework.web.Submissions.Saved;

/**
 * Finding a person (by name, date of birth or an identifier, among those the worker's teams may see) and, when
 * nobody matches, registering them with the whole-person fields: who they are in their own words first.
 */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
public class PeoplePage {

    private static final int RESULTS = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance find(Form form, boolean searched, Page<PersonSummary> results,
                List<IdentifierSystemView> systems);

        static native TemplateInstance register(Form form, List<Choice> teams, List<IdentifierSystemView> systems);
    }

    private final Pages pages;
    private final PersonService people;
    private final IdentifierSystemService identifierSystems;
    private final TeamService teams;
    private final FormErrors errors;
    private final Submissions submissions;
    private final AuditedPage audit;
    private final Paging paging;

    public PeoplePage(Pages pages, PersonService people, IdentifierSystemService identifierSystems,
            TeamService teams, FormErrors errors, Submissions submissions, AuditedPage audit,
            Paging paging) {
        this.pages = pages;
        this.people = people;
        this.identifierSystems = identifierSystems;
        this.teams = teams;
        this.errors = errors;
        this.submissions = submissions;
        this.audit = audit;
        this.paging = paging;
    }

    @GET
    public TemplateInstance find(@QueryParam("name") String name, @QueryParam("dob-day") String day,
            @QueryParam("dob-month") String month, @QueryParam("dob-year") String year,
            @QueryParam("identifierSystem") String system, @QueryParam("identifierValue") String value,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Form form = Form.empty().set("name", name).set("dob-day", day).set("dob-month", month).set("dob-year", year)
                .set("identifierSystem", system).set("identifierValue", value);
        Msg msg = pages.messages();
        LocalDate dateOfBirth = ContactPage.date(form, "dob", "dob-day", msg.find_dob_field(), msg);
        boolean searched = form.text("name") != null || dateOfBirth != null || form.text("identifierValue") != null;
        Page<PersonSummary> results = new Page<>(List.of(), null);
        if (searched && !form.hasErrors()) {
            String identifierSystem = form.text("identifierValue") == null ? null : form.text("identifierSystem");
            try {
                results = audit.read(() -> paging.page(people.search(form.text("name"), dateOfBirth,
                        identifierSystem, form.text("identifierValue"), paging.request(cursor,
                                String.valueOf(RESULTS), 2)), uri));
            } catch (ProblemException refused) {
                errors.add(refused, "", List.of(Field.text("name", "name", "name", msg.find_name_field()),
                        Field.choice("identifierSystem", "identifierSystem", "identifierSystem",
                                msg.find_identifier_field()),
                        Field.text("identifierValue", "identifierValue", "identifierValue",
                                msg.find_identifier_field())), form, msg);
            }
        }
        return pages.render(Templates.find(form, searched, results, systems()), "people");
    }

    @GET
    @Path("new")
    public TemplateInstance newPerson(@QueryParam("name") String name) {
        Form form = Form.fresh().set("preferredName", name)
                .set("fullName", name);
        List<Choice> mine = pages.myTeams();
        if (mine.size() == 1) {
            form.set("registeredByTeamId", mine.get(0).value());
        }
        return pages.render(Templates.register(form, mine, systems()), "people");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object register(MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        Msg msg = pages.messages();
        List<Field> fields = registrationFields(msg);
        PersonRequest request = request(form, msg);
        errors.validate(request, "", fields, form, msg);
        if (form.hasErrors()) {
            return pages.render(Templates.register(form, pages.myTeams(), systems()), "people");
        }
        try {
            String redirect = submissions.once(form.value("token"), AuditAction.CREATE, () -> {
                Registration registration = people.create(request);
                return Saved.of("/people/" + registration.person().id() + "?" + Pages.BANNER + "=person-registered",
                        registration.person());
            });
            return Response.seeOther(URI.create(redirect)).build();
        } catch (ProblemException refused) {
            errors.add(refused, "", fields, form, msg);
            return pages.render(Templates.register(form, pages.myTeams(), systems()), "people");
        }
    }

    private PersonRequest request(Form form, Msg msg) {
        LocalDate dateOfBirth = ContactPage.date(form, "dateOfBirth", "dateOfBirth-day", msg.person_dob_field(), msg);
        UUID team = null;
        if (form.text("registeredByTeamId") != null) {
            try {
                team = UUID.fromString(form.text("registeredByTeamId"));
            } catch (IllegalArgumentException e) {
                form.error("registeredByTeamId", "registeredByTeamId", msg.error_required_choice(msg.person_team_field()));
            }
        } else {
            form.error("registeredByTeamId", "registeredByTeamId", msg.error_required_choice(msg.person_team_field()));
        }
        List<String> strengths = form.text("strengths") == null ? List.of()
                : form.value("strengths").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<ExternalIdentifier.Body> identifiers = form.text("identifierValue") == null ? List.of()
                : List.of(new ExternalIdentifier.Body(form.text("identifierSystem"), form.text("identifierValue")));
        Boolean consent = form.text("consentToShareAcrossTeams") == null ? null
                : "yes".equals(form.text("consentToShareAcrossTeams"));
        return new PersonRequest(team, form.text("preferredName"), form.text("fullName"), dateOfBirth,
                form.text("pronouns"), form.text("preferredLanguage"), null, form.text("whatMattersToMe"), strengths,
                form.text("communicationNeeds"), form.text("accessNeeds"), form.text("safetyNotes"), consent,
                identifiers);
    }

    static List<Field> registrationFields(Msg msg) {
        return List.of(
                Field.choice("registeredByTeamId", "registeredByTeamId", "registeredByTeamId", msg.person_team_field()),
                Field.text("preferredName", "preferredName", "preferredName", msg.person_preferred_name_field()),
                Field.text("fullName", "fullName", "fullName", msg.person_full_name_field()),
                Field.text("dateOfBirth", "dateOfBirth", "dateOfBirth-day", msg.person_dob_field()),
                Field.text("pronouns", "pronouns", "pronouns", msg.person_pronouns_field()),
                Field.choice("preferredLanguage", "preferredLanguage", "preferredLanguage",
                        msg.person_language_field()),
                Field.text("whatMattersToMe", "whatMattersToMe", "whatMattersToMe", msg.person_what_matters_field()),
                Field.text("strengths", "strengths", "strengths", msg.person_strengths_field()),
                Field.text("communicationNeeds", "communicationNeeds", "communicationNeeds",
                        msg.person_communication_field()),
                Field.text("accessNeeds", "accessNeeds", "accessNeeds", msg.person_access_field()),
                Field.text("safetyNotes", "safetyNotes", "safetyNotes", msg.person_safety_field()),
                Field.choice("externalIds", "identifierValue", "identifierValue", msg.find_identifier_field()));
    }

    private List<IdentifierSystemView> systems() {
        return identifierSystems.list(new PageRequest(List.of(), 100)).items();
    }
}
