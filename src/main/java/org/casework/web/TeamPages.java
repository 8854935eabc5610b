package org.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.casework.audit.AuditedPage;
import org.casework.common.TimeConfig;
import org.casework.security.Role;
import org.casework.workload.Workload;
import org.casework.workload.Workload.WorkerLoad;
import org.casework.workload.WorkloadService;

/**
 * The team lead's teams, and for each the weight its workers carry: figures side by side in name order for
 * reflective supervision, never ranked, with a CSV of exactly the figures shown.
 */
@Path("/teams")
@RolesAllowed(Role.Names.TEAM_LEAD)
@Produces("text/html")
public class TeamPages {

    /** The calendar months offered besides the default period. */
    static final int MONTHS_OFFERED = 12;

    /** The workload page: the figures, the period chosen and the periods offered, and the rules in words. */
    public record WorkloadView(Workload workload, String teamId, String month, List<Choice> months, int defaultDays,
            String weightyIssues) {

        public String query() {
            return month == null ? "" : "?month=" + month;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance teams(List<Choice> teams);

        static native TemplateInstance workload(WorkloadView view);
    }

    private final Pages pages;
    private final WorkloadService workloads;
    private final AuditedPage audit;
    private final Clock clock;

    public TeamPages(Pages pages, WorkloadService workloads, AuditedPage audit, Clock clock) {
        this.pages = pages;
        this.workloads = workloads;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    public TemplateInstance teams() {
        return pages.render(Templates.teams(pages.myTeams()), "teams");
    }

    @GET
    @Path("{team: [0-9a-fA-F-]{36}}/workload")
    public TemplateInstance workload(@PathParam("team") UUID team, @QueryParam("month") String month) {
        YearMonth chosen = month(month);
        Workload workload = read(team, chosen);
        WorkloadView view = new WorkloadView(workload, team.toString(), chosen == null ? null : chosen.toString(),
                months(), workloads.defaultDays(), weightyIssues(workload));
        return pages.render(Templates.workload(view), "teams");
    }

    /** Exactly the figures the workload page shows, one per row. */
    @GET
    @Path("{team: [0-9a-fA-F-]{36}}/workload.csv")
    @Produces("text/csv")
    public Response workloadCsv(@PathParam("team") UUID team, @QueryParam("month") String month) {
        Workload workload = read(team, month(month));
        Leads words = pages.leads();
        String asOf = Formats.longDate(workload.asOf(), pages.language().locale());
        String section = words.workload_csv_section();
        Csv csv = Csv.of(words);
        for (WorkerLoad w : workload.workers()) {
            String who = w.displayName();
            csv.add(section, who, words.workload_open_cases(asOf), w.openCasesAsKeyWorker());
            csv.add(section, who, words.workload_safety(), w.peopleWithSafetyNotes());
            csv.add(section, who, words.workload_made(), w.contactsMade());
            csv.add(section, who, words.workload_attempted(), w.contactsAttempted());
            csv.add(section, who, words.workload_hours(), w.hoursOfContact().toPlainString());
            csv.add(section, who, words.workload_without_duration(w.contactsWithoutDuration()),
                    w.contactsWithoutDuration());
            csv.add(section, who, words.workload_weighty(), w.weightyContacts());
            csv.add(section, who, words.workload_out_of_hours(), w.outOfHoursContacts());
            csv.add(section, who, words.workload_handovers(), w.handoversReceived());
            csv.add(section, who, words.workload_run(asOf), w.daysSinceDayWithoutWeightyContact());
        }
        return csv.download("workload.csv");
    }

    private Workload read(UUID team, YearMonth month) {
        LocalDate from = month == null ? null : month.atDay(1);
        LocalDate to = month == null ? null : month.atEndOfMonth();
        return audit.read(() -> workloads.team(team, from, to));
    }

    /** A month offered by the form (YYYY-MM, one of the last twelve); anything else is the default period. */
    private YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return monthsOffered().stream().filter(m -> m.toString().equals(value.strip())).findFirst().orElse(null);
    }

    private List<YearMonth> monthsOffered() {
        YearMonth current = YearMonth.from(TimeConfig.now(clock).atZoneSameInstant(TimeConfig.LOCAL_ZONE));
        List<YearMonth> months = new ArrayList<>();
        for (int back = 0; back < MONTHS_OFFERED; back++) {
            months.add(current.minusMonths(back));
        }
        return months;
    }

    private List<Choice> months() {
        var locale = pages.language().locale();
        return monthsOffered().stream().map(m -> new Choice(m.toString(),
                ScorecardPage.monthAndYear(m, locale))).toList();
    }

    private String weightyIssues(Workload workload) {
        Labels labels = pages.labels(Map.of());
        return String.join(", ", workload.rules().weightyIssues().stream()
                .map(code -> labels.code("issue-category", code)).toList());
    }
}
