package org.casework.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import jakarta.ws.rs.core.Response;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditedPage;
import org.casework.common.Coded;
import org.casework.common.TimeConfig;
import org.casework.outcomes.InstrumentService;
import org.casework.outcomes.TeamSoftOutcomesQuery.Change;
import org.casework.outcomes.TeamSoftOutcomesQuery.MomentCount;
import org.casework.scorecard.Scorecard;
import org.casework.scorecard.ScorecardService;
import org.casework.security.Role;
import org.casework.targets.TargetMetric;
import org.casework.targets.TargetService;
import org.casework.targets.TargetViews.Evaluation;
import org.casework.targets.TargetViews.TargetRequest;
import org.casework.targets.TargetViews.TargetScore;
import org.casework.targets.TargetViews.TargetView;
import org.casework.teams.TeamService;
import org.casework.web.FormErrors.Field;
import org.casework.web.Submissions.Saved;

/**
 * The heart of the product for a team lead: the targets the team is judged by beside what the people it serves say,
 * continuity, people coming back and the signs of gaming, for a period with the one before beside it; and the
 * forms that set, change and remove the targets, where someone else's change in between is shown, never
 * overwritten.
 */
@Path("/teams/{team: [0-9a-fA-F-]{36}}/scorecard")
@RolesAllowed(Role.Names.TEAM_LEAD)
@Produces("text/html")
public class ScorecardPage {

    /** How many quarters, months and years the period choice offers, the current one first. */
    static final int QUARTERS = 8;
    static final int MONTHS = 12;
    static final int YEARS = 3;

    /** One measure in the period and the one before, as shown. */
    public record Measure(String label, String current, String previous) {
    }

    /** A target judged over one period of its cadence: met, missed or none (nothing to measure). */
    public record Verdict(String period, String actual, String status, boolean complete) {
    }

    public record TargetRow(TargetView target, String metric, String definition, String aim, String judged,
            List<Verdict> current, List<Verdict> previous) {
    }

    /** A sign of gaming, in one sentence for each period. */
    public record Signal(String title, List<String> current, List<String> previous) {
    }

    public record PeriodGroup(String label, List<Choice> options) {
    }

    public record View(Scorecard card, String teamId, String period, String periodLabel, String previousLabel,
            List<PeriodGroup> periods, List<TargetRow> targets, List<Measure> people, List<Measure> moments,
            List<Measure> continuity, List<Measure> repeats, List<Signal> signals) {
    }

    /** A catalogue metric as a choice of the target form: its words and its definition. */
    public record MetricChoice(String value, String label, String definition) {
    }

    public record TargetForm(String teamId, String teamName, String targetId, Form form, List<MetricChoice> metrics,
            List<Choice> comparators, List<Choice> periods, String removalToken) {

        public String action() {
            return "/teams/" + teamId + "/scorecard/targets/" + (targetId == null ? "new" : targetId);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecard(View view);

        static native TemplateInstance targetForm(TargetForm page);
    }

    private final Pages pages;
    private final ScorecardService scorecards;
    private final TargetService targets;
    private final InstrumentService instruments;
    private final TeamService teams;
    private final FormPosts posts;
    private final AuditedPage audit;
    private final Clock clock;

    public ScorecardPage(Pages pages, ScorecardService scorecards, TargetService targets,
            InstrumentService instruments, TeamService teams, FormPosts posts, AuditedPage audit, Clock clock) {
        this.pages = pages;
        this.scorecards = scorecards;
        this.targets = targets;
        this.instruments = instruments;
        this.teams = teams;
        this.posts = posts;
        this.audit = audit;
        this.clock = clock;
    }

    // ----- the scorecard ---------------------------------------------------------------------------------------

    @GET
    public TemplateInstance scorecard(@PathParam("team") UUID team, @QueryParam("period") String period) {
        return pages.render(Templates.scorecard(view(team, period)), "teams");
    }

    /** Exactly the figures and sentences the page shows: section, item, period, value. */
    @GET
    @Path("figures.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("team") UUID team, @QueryParam("period") String period) {
        View view = view(team, period);
        Leads words = pages.leads();
        Csv csv = Csv.of(words);
        for (TargetRow row : view.targets()) {
            for (Verdict v : java.util.stream.Stream.concat(row.current().stream(), row.previous().stream()).toList()) {
                csv.add(words.scorecard_targets(), row.metric(), v.period(), v.actual());
                csv.add(words.scorecard_targets(), row.metric(), v.period() + ": " + row.aim(),
                        words.scorecard_verdict(v.status()));
            }
        }
        addMeasures(csv, words.scorecard_people(), view.people(), view);
        addMeasures(csv, words.scorecard_moments(), view.moments(), view);
        addMeasures(csv, words.scorecard_continuity(), view.continuity(), view);
        addMeasures(csv, words.scorecard_repeats(), view.repeats(), view);
        for (Signal signal : view.signals()) {
            signal.current().forEach(text -> csv.add(signal.title(), "", view.periodLabel(), text));
            signal.previous().forEach(text -> csv.add(signal.title(), "", view.previousLabel(), text));
        }
        return csv.download("scorecard-" + view.card().period() + ".csv");
    }

    private static void addMeasures(Csv csv, String section, List<Measure> measures, View view) {
        for (Measure m : measures) {
            csv.add(section, m.label(), view.periodLabel(), m.current());
            csv.add(section, m.label(), view.previousLabel(), m.previous());
        }
    }

    private View view(UUID team, String period) {
        Scorecard card = audit.read(() -> scorecards.scorecard(team, period, null, true));
        Scorecard before = card.previous();
        Leads words = pages.leads();
        Locale locale = pages.language().locale();
        Labels labels = pages.labels(Map.of());

        List<TargetRow> targetRows = new ArrayList<>();
        Map<UUID, TargetScore> previousScores = new HashMap<>();
        before.targets().forEach(score -> previousScores.put(score.target().id(), score));
        for (TargetScore score : card.targets()) {
            TargetView target = score.target();
            TargetMetric metric = Coded.fromCode(TargetMetric.class, target.metric());
            String name = words.metric_label(metric.code())
                    + (target.parameterDays() == null ? "" : " (N = " + target.parameterDays() + ")");
            TargetScore earlier = previousScores.get(target.id());
            targetRows.add(new TargetRow(target, name, words.metric_definition(metric.code()),
                    words.scorecard_target_aim(target.comparator(),
                            words.metric_value(metric.unit(), Formats.plain(target.threshold()))),
                    words.scorecard_judged(target.period()), verdicts(score, metric, locale, words),
                    earlier == null ? List.of() : verdicts(earlier, metric, locale, words)));
        }

        List<Measure> people = new ArrayList<>();
        people.add(new Measure(words.scorecard_assessments(), count(card.softOutcomes().assessmentsCompleted()),
                count(before.softOutcomes().assessmentsCompleted())));
        people.add(new Measure(words.scorecard_people_assessed(), count(card.softOutcomes().peopleAssessed()),
                count(before.softOutcomes().peopleAssessed())));
        Map<InstrumentVersion, Change> now = totals(card);
        Map<InstrumentVersion, Change> then = totals(before);
        Set<InstrumentVersion> measured = new LinkedHashSet<>(now.keySet());
        measured.addAll(then.keySet());
        Map<String, String> instrumentNames = new HashMap<>();
        for (InstrumentVersion key : measured) {
            String instrument = instrumentNames.computeIfAbsent(key.code(), c -> instruments.current(c).name())
                    + " (v" + key.version() + ")";
            people.add(changeRow(words.scorecard_improved(instrument), now.get(key), then.get(key), Change::improved));
            people.add(changeRow(words.scorecard_unchanged(instrument), now.get(key), then.get(key),
                    Change::unchanged));
            people.add(changeRow(words.scorecard_worse(instrument), now.get(key), then.get(key), Change::worse));
        }

        Map<String, Long> momentsNow = moments(card);
        Map<String, Long> momentsThen = moments(before);
        Set<String> types = new LinkedHashSet<>(momentsNow.keySet());
        types.addAll(momentsThen.keySet());
        List<Measure> moments = types.stream().map(type -> new Measure(labels.code("moment-type", type),
                count(momentsNow.getOrDefault(type, 0L)), count(momentsThen.getOrDefault(type, 0L)))).toList();

        Scorecard.Continuity c = card.continuity();
        Scorecard.Continuity p = before.continuity();
        List<Measure> continuity = List.of(
                new Measure(words.scorecard_contacts(), count(c.contacts()), count(p.contacts())),
                new Measure(words.scorecard_key_worker_share(), share(c.keyWorkerShare()), share(p.keyWorkerShare())),
                new Measure(words.scorecard_upc(), number(c.meanUsualProviderContinuity()),
                        number(p.meanUsualProviderContinuity())),
                new Measure(words.scorecard_coci(), number(c.meanCoci()), number(p.meanCoci())),
                new Measure(words.scorecard_handovers(), count(c.handovers()), count(p.handovers())));

        Scorecard.Repeats r = card.repeats();
        Scorecard.Repeats q = before.repeats();
        List<Measure> repeats = List.of(
                new Measure(words.repeats_presentation_days(), count(r.totals().presentationDays()),
                        count(q.totals().presentationDays())),
                new Measure(words.repeats_people(), count(r.totals().people()), count(q.totals().people())),
                new Measure(words.repeats_repeats(), count(r.totals().repeatPresentations()),
                        count(q.totals().repeatPresentations())),
                new Measure(words.repeats_rate(), number(r.totals().repeatRatePercent()),
                        number(q.totals().repeatRatePercent())),
                new Measure(words.scorecard_frequent(), count(r.frequentPresenters()), count(q.frequentPresenters())),
                new Measure(words.scorecard_escalating(), count(r.escalatingPresenters()),
                        count(q.escalatingPresenters())));

        String periodLabel = periodLabel(card.from(), card.to().plusDays(1), locale, words);
        String previousLabel = periodLabel(before.from(), before.to().plusDays(1), locale, words);
        return new View(card, team.toString(), card.period(), periodLabel, previousLabel, periods(locale, words),
                targetRows, people, moments, continuity, repeats, signals(card, before, words));
    }

    private List<Verdict> verdicts(TargetScore score, TargetMetric metric, Locale locale, Leads words) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Evaluation e : score.evaluations()) {
            String actual = e.actual() == null ? "–" : words.metric_value(metric.unit(), Formats.plain(e.actual()));
            String status = e.met() == null ? "none" : e.met() ? "met" : "missed";
            verdicts.add(new Verdict(periodLabel(e.from(), e.to().plusDays(1), locale, words), actual, status,
                    e.complete()));
        }
        return verdicts;
    }

    /** An instrument version whose total score the soft outcomes count. */
    private record InstrumentVersion(String code, int version) {
    }

    private static Map<InstrumentVersion, Change> totals(Scorecard card) {
        Map<InstrumentVersion, Change> totals = new java.util.LinkedHashMap<>();
        card.softOutcomes().changes().stream().filter(change -> change.item() == null)
                .forEach(change -> totals.put(new InstrumentVersion(change.instrument(), change.version()), change));
        return totals;
    }

    private static Map<String, Long> moments(Scorecard card) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (MomentCount m : card.softOutcomes().momentsByType()) {
            counts.put(m.type(), m.count());
        }
        return counts;
    }

    private static Measure changeRow(String label, Change now, Change then, Function<Change, Long> figure) {
        return new Measure(label, count(now == null ? 0 : figure.apply(now)),
                count(then == null ? 0 : figure.apply(then)));
    }

    private List<Signal> signals(Scorecard card, Scorecard before, Leads words) {
        return List.of(
                new Signal(words.scorecard_fast(), List.of(fast(card, words)), List.of(fast(before, words))),
                new Signal(words.scorecard_quick(), List.of(quick(card, words)), List.of(quick(before, words))),
                new Signal(words.scorecard_end(), List.of(end(card, words)), List.of(end(before, words))),
                new Signal(words.scorecard_delay(), List.of(delay(card, words)), List.of(delay(before, words))),
                new Signal(words.scorecard_rating(), rating(card, words), rating(before, words)));
    }

    private static String fast(Scorecard card, Leads words) {
        Scorecard.FastClosures f = card.gamingSignals().fastClosures();
        return f.closures() == 0 ? words.scorecard_fast_none(f.withinDays())
                : words.scorecard_fast_text(f.presentedAgainWithin90Days(), f.closures(), f.withinDays());
    }

    private static String quick(Scorecard card, Leads words) {
        Scorecard.QuickReturns q = card.gamingSignals().quickReturns();
        return q.closures() == 0 ? words.scorecard_quick_none()
                : words.scorecard_quick_text(q.returnedWithin30Days(), q.closures());
    }

    private static String end(Scorecard card, Leads words) {
        Scorecard.EndOfPeriodClosures e = card.gamingSignals().endOfPeriodClosures();
        return e.closures() == 0 ? words.scorecard_end_none()
                : words.scorecard_end_text(e.inLast7Days(), e.closures(), share(e.share()), share(e.expectedShare()));
    }

    private static String delay(Scorecard card, Leads words) {
        Scorecard.RecordingDelay d = card.gamingSignals().recordingDelay();
        return d.interactions() == 0 ? words.scorecard_delay_none()
                : words.scorecard_delay_text(d.interactions(), number(d.medianHours()), d.moreThan7DaysLate());
    }

    private static List<String> rating(Scorecard card, Leads words) {
        var workers = card.gamingSignals().workersRatingHigher();
        if (workers.isEmpty()) {
            return List.of(words.scorecard_rating_none());
        }
        return workers.stream()
                .map(w -> words.scorecard_rating_text(w.displayName(), w.workerHigher(), w.pairs())).toList();
    }

    /** A period in words: a month ("March 2025"), a quarter ("April to June 2025") or a year; {@code to} exclusive. */
    static String periodLabel(LocalDate from, LocalDate to, Locale locale, Leads words) {
        long months = ChronoUnit.MONTHS.between(from, to);
        if (months == 1) {
            return monthAndYear(YearMonth.from(from), locale);
        } else if (months == 3) {
            return words.scorecard_quarter_label(monthName(YearMonth.from(from), locale),
                    monthName(YearMonth.from(to.minusDays(1)), locale), String.valueOf(from.getYear()));
        } else if (months == 12 && from.getDayOfYear() == 1) {
            return String.valueOf(from.getYear());
        }
        return Formats.longDate(from, locale) + " – " + Formats.longDate(to.minusDays(1), locale);
    }

    private static String monthName(YearMonth month, Locale locale) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    /** A month in words, "March 2025" or "Mawrth 2025", as the pages' period choices name it. */
    static String monthAndYear(YearMonth month, Locale locale) {
        return monthName(month, locale) + " " + month.getYear();
    }

    /** The quarters, months and years offered, the current one of each first. */
    private List<PeriodGroup> periods(Locale locale, Leads words) {
        LocalDate today = TimeConfig.now(clock).atZoneSameInstant(TimeConfig.LOCAL_ZONE).toLocalDate();
        LocalDate quarter = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        List<Choice> quarters = new ArrayList<>();
        for (int back = 0; back < QUARTERS; back++) {
            LocalDate from = quarter.minusMonths(3L * back);
            quarters.add(new Choice(from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1),
                    periodLabel(from, from.plusMonths(3), locale, words)));
        }
        List<Choice> months = new ArrayList<>();
        for (int back = 0; back < MONTHS; back++) {
            YearMonth month = YearMonth.from(today).minusMonths(back);
            months.add(new Choice(month.toString(), periodLabel(month.atDay(1), month.atDay(1).plusMonths(1), locale,
                    words)));
        }
        List<Choice> years = new ArrayList<>();
        for (int back = 0; back < YEARS; back++) {
            years.add(new Choice(String.valueOf(today.getYear() - back), String.valueOf(today.getYear() - back)));
        }
        return List.of(new PeriodGroup(words.scorecard_quarters(), quarters),
                new PeriodGroup(words.scorecard_months(), months), new PeriodGroup(words.scorecard_years(), years));
    }

    private static String count(long value) {
        return String.valueOf(value);
    }

    private static String share(Double value) {
        return value == null ? "–" : Formats.plain(BigDecimal.valueOf(value)) + "%";
    }

    private static String number(Double value) {
        return value == null ? "–" : Formats.plain(BigDecimal.valueOf(value));
    }

    // ----- setting, changing and removing targets --------------------------------------------------------------

    @GET
    @Path("targets/new")
    public TemplateInstance newTarget(@PathParam("team") UUID team) {
        audit.read(() -> targets.list(team));
        return targetForm(team, null, Form.fresh().set("comparator", "at-least").set("period", "quarter"));
    }

    @POST
    @Path("targets/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(@PathParam("team") UUID team, MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        TargetRequest request = request(form);
        return posts.submit(form, request, fields(), pages.leads().target_stale(), AuditAction.CREATE,
                () -> targetForm(team, null, form), () -> {
                    targets.create(team, request);
                    return Saved.of(scorecardPath(team, "target-added"));
                });
    }

    @GET
    @Path("targets/{id: [0-9a-fA-F-]{36}}")
    public TemplateInstance editTarget(@PathParam("team") UUID team, @PathParam("id") UUID id) {
        TargetView target = audit.read(() -> targets.get(team, id));
        return targetForm(team, id, fill(Form.fresh(), target));
    }

    @POST
    @Path("targets/{id: [0-9a-fA-F-]{36}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object change(@PathParam("team") UUID team, @PathParam("id") UUID id,
            MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        TargetRequest request = request(form);
        long version = form.version();
        return posts.submit(form, request, fields(), pages.leads().target_stale(), AuditAction.UPDATE,
                () -> againOrCurrent(team, id, form), () -> {
                    targets.replace(team, id, version, request);
                    return Saved.of(scorecardPath(team, "target-changed"));
                });
    }

    @POST
    @Path("targets/{id: [0-9a-fA-F-]{36}}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object remove(@PathParam("team") UUID team, @PathParam("id") UUID id,
            MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        long version = form.version();
        return posts.submit(form, new Object(), fields(), pages.leads().target_stale(), AuditAction.DELETE,
                () -> againOrCurrent(team, id, form), () -> {
                    targets.remove(team, id, version);
                    return Saved.of(scorecardPath(team, "target-removed"));
                });
    }

    /**
     * The form again with its errors; after someone else's change, filled with the target as it is now (and its
     * new version), so that the lead sees what changed and makes their change again on top of it.
     */
    private TemplateInstance againOrCurrent(UUID team, UUID id, Form form) {
        if (pages.leads().target_stale().equals(form.errorOf("$"))) {
            fill(form, audit.read(() -> targets.get(team, id)));
        }
        return targetForm(team, id, form);
    }

    private static Form fill(Form form, TargetView target) {
        return form.set("metric", target.metric())
                .set("parameterDays", target.parameterDays() == null ? null : String.valueOf(target.parameterDays()))
                .set("comparator", target.comparator()).set("threshold", Formats.plain(target.threshold()))
                .set("period", target.period()).set("description", target.description())
                .set("version", String.valueOf(target.version()));
    }

    private TemplateInstance targetForm(UUID team, UUID id, Form form) {
        Leads words = pages.leads();
        List<MetricChoice> metrics = java.util.Arrays.stream(TargetMetric.values())
                .map(m -> new MetricChoice(m.code(), words.metric_label(m.code()), words.metric_definition(m.code())))
                .toList();
        String teamName = teams.names().get(team);
        List<Choice> comparators = List.of(new Choice("at-least", words.target_at_least()),
                new Choice("at-most", words.target_at_most()));
        List<Choice> periods = List.of(new Choice("month", words.target_month()),
                new Choice("quarter", words.target_quarter()), new Choice("year", words.target_year()));
        return pages.render(Templates.targetForm(new TargetForm(team.toString(), teamName,
                id == null ? null : id.toString(), form, metrics, comparators, periods,
                UUID.randomUUID().toString())), "teams");
    }

    /** The request the form makes; a number that is not one is an error on its field, and sends no value. */
    private TargetRequest request(Form form) {
        Msg msg = pages.messages();
        Leads words = pages.leads();
        String metric = form.text("metric");
        boolean needsDays = java.util.Arrays.stream(TargetMetric.values())
                .anyMatch(m -> m.code().equals(metric) && m.needsParameterDays());
        Integer days = null;
        // the number of days belongs only to the within-N-days measures; for the others it is ignored
        if (needsDays && form.text("parameterDays") != null) {
            try {
                days = Integer.valueOf(form.text("parameterDays"));
            } catch (NumberFormatException e) {
                form.error("parameterDays", "parameterDays", msg.error_whole_number(words.target_days()));
            }
        }
        BigDecimal threshold = null;
        if (form.text("threshold") != null) {
            try {
                threshold = new BigDecimal(form.text("threshold").replace(",", "."));
            } catch (NumberFormatException e) {
                form.error("threshold", "threshold", msg.error_format(words.target_threshold()));
            }
        }
        return new TargetRequest(metric, days, form.text("comparator"), threshold, form.text("period"),
                form.text("description"));
    }

    private List<Field> fields() {
        Leads words = pages.leads();
        return List.of(Field.choice("metric", "metric", "metric", words.target_metric()),
                Field.text("parameterDays", "parameterDays", "parameterDays", words.target_days()),
                Field.choice("comparator", "comparator", "comparator", words.target_comparator()),
                Field.text("threshold", "threshold", "threshold", words.target_threshold()),
                Field.choice("period", "period", "period", words.target_period()),
                Field.text("description", "description", "description", words.target_description()));
    }

    private static String scorecardPath(UUID team, String banner) {
        return "/teams/" + team + "/scorecard?" + Pages.BANNER + "=" + banner;
    }
}
