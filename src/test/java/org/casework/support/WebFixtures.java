package org.casework.support;

import static org.casework.support.Api.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the web client's tests start from: a worker at their desk, key worker of one person's open case. */
public final class WebFixtures {

    private WebFixtures() {
    }

    /** A team, a worker who can sign in to it, and a person with an open case whose key worker they are. */
    public record Desk(String teamId, String username, String workerId, String personId, String caseId) {
    }

    public static Desk desk() {
        return desk("worker");
    }

    public static Desk desk(String role) {
        String team = Fixtures.team();
        String username = "web." + UUID.randomUUID().toString().substring(0, 12);
        String worker = api().body(Map.of("username", username, "displayName", Fixtures.unique("Siân"), "roles",
                List.of(role), "teamIds", List.of(team))).post("/api/workers").then().statusCode(201).extract()
                .path("id");
        String person = Fixtures.person(team);
        String openedAt = iso(TestClock.now().minusDays(2));
        return new Desk(team, username, worker, person, Fixtures.openCase(person, team, worker, openedAt));
    }

    /**
     * An instant as the contract's date-time: always with seconds, which {@code OffsetDateTime.toString()} leaves out
     * when they are zero (a test that ran at :00 seconds once sent "09:38Z" and was refused).
     */
    public static String iso(java.time.OffsetDateTime at) {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withNano(0));
    }

    /** The desk's worker's display name, as the sign-in page lists them. */
    public static String displayName(Desk desk) {
        return api().get("/api/workers/" + desk.workerId()).then().extract().path("displayName");
    }

    /**
     * A new person of the desk's team presenting on five days in the last two months (a frequent presenter), about
     * the issue given; their id.
     */
    public static String frequentPresenter(Desk desk, String issue) {
        String person = Fixtures.person(desk.teamId());
        java.time.OffsetDateTime now = TestClock.now();
        String caseId = Fixtures.openCase(person, desk.teamId(), desk.workerId(), iso(now.minusDays(70)));
        for (int daysAgo : List.of(60, 40, 25, 15, 8)) {
            Fixtures.contact(caseId, desk.workerId(), iso(now.minusDays(daysAgo)), "made", "person", "phone", issue);
        }
        return person;
    }

    /** How many contacts the case holds, read through the API. */
    public static int contacts(String caseId) {
        return api().get("/api/cases/" + caseId + "/interactions?limit=100").then().statusCode(200).extract()
                .path("items.size()");
    }
}
