package org.casework.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.casework.audit.AuditedPage;
import org.casework.cases.CaseService;
import org.casework.cases.CaseStatus;
import org.casework.cases.CaseViews.CaseView;
import org.casework.common.Page;
import org.casework.common.PageRequest;
import org.casework.common.Paging;
import org.casework.common.PersonalData;
import org.casework.common.PersonalDataCarrier;
import org.casework.continuity.ContinuityService;
import org.casework.continuity.ContinuityViews.PersonContinuity;
import org.casework.network.NetworkMemberView;
import org.casework.network.NetworkService;
import org.casework.outcomes.DistanceTravelledService;
import org.casework.outcomes.DistanceTravelledViews.Change;
import org.casework.outcomes.DistanceTravelledViews.InstrumentDistance;
import org.casework.outcomes.DistanceTravelledViews.PersonDistanceTravelled;
import org.casework.outcomes.DistanceTravelledViews.SeriesPoint;
import org.casework.people.PersonService;
import org.casework.people.PersonView;
import org.casework.repeats.PersonPresentations;
import org.casework.repeats.RepeatService;
import org.casework.security.Role;
import org.casework.timeline.TimelineEntry;
import org.casework.timeline.TimelineService;
import org.casework.workers.WorkerService;

/**
 * A person's whole story: who they are in their own words first, safety notes where no worker can miss them, then
 * their open cases, the relationship timeline (another team's events as the summary lines the API gives), their
 * network, continuity of key worker, distance travelled and repeat presentations.
 */
@Path("/people/{personId: [0-9a-fA-F-]{36}}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
public class PersonPage {

    private static final int TIMELINE_PAGE = 20;
    private static final int NETWORK_SHOWN = 50;
    private static final int PRESENTATIONS_SHOWN = 10;

    /** Everything the page shows, each part as the API answers it. */
    public record Story(PersonView person, List<CaseView> openCases, Page<TimelineEntry> timeline,
            List<NetworkMemberView> network, PersonContinuity continuity, PersonDistanceTravelled distance,
            PersonPresentations presentations) implements PersonalDataCarrier {

        @Override
        public List<PersonalData> personalData() {
            List<PersonalData> shown = new ArrayList<>();
            shown.add(person);
            shown.addAll(openCases);
            shown.addAll(timeline.items());
            shown.addAll(network);
            shown.add(continuity);
            shown.add(distance);
            shown.add(presentations);
            return shown;
        }
    }

    /** One instrument's distance travelled: the total's chart and the points it draws. */
    public record Distance(InstrumentDistance instrument, LineChart chart, List<SeriesPoint> points) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance person(Story story, Labels labels, List<Distance> distances,
                List<String> kinds, List<String> kindsShown);
    }

    private final Pages pages;
    private final PersonService people;
    private final CaseService cases;
    private final TimelineService timeline;
    private final NetworkService network;
    private final ContinuityService continuity;
    private final DistanceTravelledService distance;
    private final RepeatService repeats;
    private final WorkerService workers;
    private final AuditedPage audit;
    private final Paging paging;

    public PersonPage(Pages pages, PersonService people, CaseService cases, TimelineService timeline,
            NetworkService network, ContinuityService continuity, DistanceTravelledService distance,
            RepeatService repeats, WorkerService workers, AuditedPage audit, Paging paging) {
        this.pages = pages;
        this.people = people;
        this.cases = cases;
        this.timeline = timeline;
        this.network = network;
        this.continuity = continuity;
        this.distance = distance;
        this.repeats = repeats;
        this.workers = workers;
        this.audit = audit;
        this.paging = paging;
    }

    @GET
    public TemplateInstance person(@PathParam("personId") UUID personId, @QueryParam("kind") List<String> kinds,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        List<String> chosen = kinds == null ? List.of()
                : kinds.stream().filter(TimelineService.KINDS::contains).distinct().toList();
        PageRequest timelinePage = paging.request(cursor, String.valueOf(TIMELINE_PAGE), 2);
        Story story = audit.read(() -> {
            PersonView person = people.get(personId);
            List<CaseView> open = cases.list(personId, null, null, CaseStatus.OPEN,
                    new PageRequest(List.of(), NETWORK_SHOWN)).items();
            Page<TimelineEntry> events = paging.page(
                    timeline.timeline(personId, chosen, null, null, timelinePage), uri);
            List<NetworkMemberView> members = network.list(personId, new PageRequest(List.of(), NETWORK_SHOWN))
                    .items();
            PersonContinuity keyWorkers = continuity.ofPerson(personId);
            PersonDistanceTravelled travelled = distance.ofPerson(personId, null);
            var found = repeats.ofPerson(personId, null, new PageRequest(List.of(), PRESENTATIONS_SHOWN));
            PersonPresentations presented = found.with(new Page<>(found.days().items(), null));
            return new Story(person, open, events, members, keyWorkers, travelled, presented);
        });
        Set<UUID> workerIds = new HashSet<>();
        story.openCases().forEach(c -> workerIds.add(c.keyWorkerId()));
        story.timeline().items().forEach(e -> workerIds.add(e.workerId()));
        workerIds.addAll(story.continuity().keyWorkerIds());
        workerIds.remove(null);
        Labels labels = pages.labels(workers.displayNames(workerIds));
        return pages.render(Templates.person(story, labels, distances(story.distance()), TimelineService.KINDS,
                chosen), "people");
    }

    /** A chart per instrument with a total: its series from first to latest. */
    private List<Distance> distances(PersonDistanceTravelled travelled) {
        Msg msg = pages.messages();
        List<Distance> shown = new ArrayList<>();
        for (InstrumentDistance instrument : travelled.instruments()) {
            Change total = instrument.total();
            if (total == null || total.series().isEmpty()) {
                continue;
            }
            List<SeriesPoint> points = total.series();
            List<BigDecimal> values = points.stream().map(SeriesPoint::value).toList();
            BigDecimal low = values.stream().min(BigDecimal::compareTo).orElseThrow();
            BigDecimal high = values.stream().max(BigDecimal::compareTo).orElseThrow();
            if (low.compareTo(high) == 0) {
                low = low.subtract(BigDecimal.ONE);
                high = high.add(BigDecimal.ONE);
            }
            List<String> dates = points.stream()
                    .map(p -> Formats.longDate(p.assessedAt(), pages.language().locale())).toList();
            String id = "chart-" + instrument.instrument() + "-" + instrument.version();
            shown.add(new Distance(instrument, LineChart.of(id, msg.distance_chart_title(instrument.instrument()),
                    msg.distance_chart_description(points.size(), Formats.plain(values.get(0)), dates.get(0),
                            Formats.plain(values.get(values.size() - 1)), dates.get(dates.size() - 1)),
                    dates, values, low, high), points));
        }
        return shown;
    }
}
