package org.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.casework.audit.AuditedPage;
import org.casework.common.ProblemException;
import org.casework.common.TimeConfig;
import org.casework.reference.ReferenceCodeView;
import org.casework.reference.ReferenceService;
import org.casework.reference.Vocabulary;
import org.casework.repeats.RepeatDashboard;
import org.casework.repeats.RepeatService;
import org.casework.security.Role;

/**
 * The team lead's repeat presentations: a plain GET form (period, team, issue, window) so that a view can be
 * bookmarked and shared; headline figures; charts, each followed by its table; frequent and escalating presenters,
 * each with why they are listed; and a CSV of exactly the figures shown.
 */
@Path("/dashboards")
@RolesAllowed(Role.Names.TEAM_LEAD)
public class RepeatDashboardPage {

    /** The periods offered, in months to today. */
    static final List<Integer> PERIODS = List.of(3, 6, 12, 24);

    /** What the form asked for, as typed (echoed back into the form and the CSV link). */
    public record Filter(int months, String team, String issue, String windowDays) {

        public String query() {
            StringJoiner query = new StringJoiner("&");
            query.add("months=" + months);
            if (team != null) {
                query.add("team=" + Pages.encode(team));
            }
            if (issue != null) {
                query.add("issue=" + Pages.encode(issue));
            }
            if (windowDays != null) {
                query.add("windowDays=" + Pages.encode(windowDays));
            }
            return query.toString();
        }
    }

    /** One row of a chart's table: its category and its figures, in the chart's series order. */
    public record Row(String label, List<Long> values) {
    }

    /** A chart and the table of the same figures that follows it. */
    public record Figures(BarChart chart, String heading, List<Row> rows) {

        static Figures of(String id, String title, String description, String heading, List<String> legend,
                List<Row> rows) {
            List<List<Long>> series = new ArrayList<>();
            for (int s = 0; s < legend.size(); s++) {
                int index = s;
                series.add(rows.stream().map(r -> r.values().get(index)).toList());
            }
            return new Figures(BarChart.of(id, title, description, rows.stream().map(Row::label).toList(), legend,
                    series), heading, rows);
        }
    }

    /** The page: the dashboard, its charts with their tables, and the choices of the form. */
    public record View(RepeatDashboard dashboard, Filter filter, List<Choice> teams, List<ReferenceCodeView> issues,
            List<Integer> periods, List<Figures> charts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(View view, Labels labels);
    }

    private final Pages pages;
    private final RepeatService repeats;
    private final ReferenceService reference;
    private final AuditedPage audit;
    private final Clock clock;

    public RepeatDashboardPage(Pages pages, RepeatService repeats, ReferenceService reference, AuditedPage audit,
            Clock clock) {
        this.pages = pages;
        this.repeats = repeats;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @Path("repeats")
    @Produces("text/html")
    public TemplateInstance dashboard(@QueryParam("months") String months, @QueryParam("team") String team,
            @QueryParam("issue") String issue, @QueryParam("windowDays") String windowDays) {
        Filter filter = filter(months, team, issue, windowDays);
        RepeatDashboard dashboard = read(filter);
        Leads words = pages.leads();
        Labels labels = labels();
        List<String> both = List.of(words.repeats_presentation_days(), words.repeats_repeats());
        List<Figures> charts = List.of(
                Figures.of("monthly", words.repeats_chart_monthly(), words.repeats_chart_monthly_description(),
                        words.repeats_month(), both, dashboard.monthly().stream()
                                .map(m -> new Row(m.month(), List.of(m.presentationDays(), m.repeatPresentations())))
                                .toList()),
                Figures.of("by-issue", words.repeats_chart_issue(), words.repeats_chart_issue_description(),
                        words.repeats_issue(), both, dashboard.byIssue().stream()
                                .map(r -> new Row(labels.code("issue-category", r.issue()),
                                        List.of(r.presentationDays(), r.repeatPresentations())))
                                .toList()),
                Figures.of("by-channel", words.repeats_chart_channel(), words.repeats_chart_channel_description(),
                        words.repeats_channel(), both, dashboard.byChannel().stream()
                                .map(r -> new Row(labels.code("channel", r.channel()),
                                        List.of(r.presentationDays(), r.repeatPresentations())))
                                .toList()),
                Figures.of("returns", words.repeats_chart_returns(), words.repeats_chart_returns_description(),
                        words.repeats_band(), List.of(words.repeats_returned()),
                        dashboard.returnsAfterClosure().bands().stream()
                                .map(b -> new Row(b.band(), List.of(b.returned()))).toList()));
        View view = new View(dashboard, filter, pages.myTeams(), reference.codes(Vocabulary.ISSUE_CATEGORY), PERIODS,
                charts);
        return pages.render(Templates.dashboard(view, labels), "repeats");
    }

    /** Exactly the figures the page shows, one per row: section, item, measure, value; headings in the language. */
    @GET
    @Path("repeats.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("months") String months, @QueryParam("team") String team,
            @QueryParam("issue") String issue, @QueryParam("windowDays") String windowDays) {
        RepeatDashboard d = read(filter(months, team, issue, windowDays));
        Leads words = pages.leads();
        Labels labels = labels();
        Csv rows = Csv.of(words);
        String headline = words.repeats_headline();
        rows.add(headline, "", words.repeats_presentation_days(), d.totals().presentationDays());
        rows.add(headline, "", words.repeats_people(), d.totals().people());
        rows.add(headline, "", words.repeats_repeats(), d.totals().repeatPresentations());
        rows.add(headline, "", words.repeats_same_issue(), d.totals().sameIssueRepeats());
        rows.add(headline, "", words.repeats_rate(), d.totals().repeatRatePercent());
        for (RepeatDashboard.Horizon h : d.returnsAfterClosure().within()) {
            rows.add(words.repeats_returns(), words.repeats_within_months(h.months()), words.repeats_returned(),
                    h.returned());
            rows.add(words.repeats_returns(), words.repeats_within_months(h.months()), words.repeats_rate(),
                    h.ratePercent());
        }
        for (RepeatDashboard.Month m : d.monthly()) {
            rows.add(words.repeats_chart_monthly(), m.month(), words.repeats_presentation_days(),
                    m.presentationDays());
            rows.add(words.repeats_chart_monthly(), m.month(), words.repeats_repeats(), m.repeatPresentations());
        }
        for (RepeatDashboard.IssueRow r : d.byIssue()) {
            String item = labels.code("issue-category", r.issue());
            rows.add(words.repeats_chart_issue(), item, words.repeats_presentation_days(), r.presentationDays());
            rows.add(words.repeats_chart_issue(), item, words.repeats_repeats(), r.repeatPresentations());
        }
        for (RepeatDashboard.ChannelRow r : d.byChannel()) {
            String item = labels.code("channel", r.channel());
            rows.add(words.repeats_chart_channel(), item, words.repeats_presentation_days(), r.presentationDays());
            rows.add(words.repeats_chart_channel(), item, words.repeats_repeats(), r.repeatPresentations());
        }
        for (RepeatDashboard.Band b : d.returnsAfterClosure().bands()) {
            rows.add(words.repeats_chart_returns(), b.band(), words.repeats_returned(), b.returned());
        }
        for (RepeatDashboard.FrequentPresenter p : d.frequentPresenters().items()) {
            rows.add(words.repeats_frequent(), p.preferredName(), words.repeats_presentation_days(),
                    p.presentationDays());
        }
        for (RepeatDashboard.EscalatingPresenter p : d.escalating().items()) {
            rows.add(words.repeats_escalating(), p.preferredName(), words.repeats_gaps(),
                    String.join(" ", p.gaps().stream().map(String::valueOf).toList()));
        }
        return rows.download("repeat-presentations.csv");
    }

    private RepeatDashboard read(Filter filter) {
        LocalDate today = TimeConfig.now(clock).atZoneSameInstant(TimeConfig.LOCAL_ZONE).toLocalDate();
        LocalDate from = today.minusMonths(filter.months()).plusDays(1);
        UUID team = null;
        if (filter.team() != null) {
            try {
                team = UUID.fromString(filter.team());
            } catch (IllegalArgumentException e) {
                throw ProblemException.notFound("Team");
            }
        }
        Integer window = null;
        if (filter.windowDays() != null) {
            try {
                window = Integer.valueOf(filter.windowDays());
            } catch (NumberFormatException e) {
                window = null;
            }
        }
        UUID chosen = team;
        Integer days = window;
        return audit.read(() -> repeats.dashboard(chosen, filter.issue(), from, today, days, null, null));
    }

    private static Filter filter(String months, String team, String issue, String windowDays) {
        int period = 12;
        try {
            period = months == null ? 12 : Integer.parseInt(months);
        } catch (NumberFormatException e) {
            period = 12;
        }
        if (!PERIODS.contains(period)) {
            period = 12;
        }
        return new Filter(period, blank(team), blank(issue), blank(windowDays));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Labels labels() {
        return pages.labels(Map.of());
    }


}
