package org.casework.privacy;

import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.workerWithRole;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportTest {

    private static String export(String personId) {
        return "/api/people/" + personId + "/export";
    }

    /** A token for a new active worker with this role in this team. */
    @Test
    void exportingAndErasingAreAudited() {
        String person = person(team());
        api().get(export(person)).then().statusCode(200);
        api().body(java.util.Map.of("reason", "Erasure request ER-1")).post("/api/people/" + person + "/erase")
                .then().statusCode(200);
        api().get("/api/audit?personId=" + person + "&action=export").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].resourceType", equalTo("person"));
        api().get("/api/audit?personId=" + person + "&action=erase").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].username", equalTo("tester"));
    }

    @Test
    void assessmentsAreExportedWithEveryAnswer() {
        String team = team();
        String worker = org.casework.support.Fixtures.worker(team);
        String person = person(team);
        String caseId = org.casework.support.Fixtures.openCase(person, team, worker, null);
        api().body(java.util.Map.of("instrument", "ons4", "respondent", "self", "answers", java.util.List.of(
                        java.util.Map.of("item", "life-satisfaction", "value", 6),
                        java.util.Map.of("item", "worthwhile", "value", 7),
                        java.util.Map.of("item", "happiness", "value", 5),
                        java.util.Map.of("item", "anxiety", "declined", true))))
                .post("/api/cases/" + caseId + "/assessments").then().statusCode(201);
        api().get(export(person)).then().statusCode(200)
                .body("assessments", hasSize(1)).body("assessments[0].instrument", equalTo("ons4"))
                .body("assessments[0].answers", hasSize(4))
                .body("assessments[0].answers.find { it.item == 'anxiety' }.declined", equalTo(true));
    }

    @Test
    void aTeamLeadOfAnUnrelatedTeamCannotFindThePerson() {
        String person = person(team());
        invalidAs(signedIn("team-lead", team())).get(export(person)).then().statusCode(404);
    }

    @Test
    void theExportHoldsTheWholeRecordFromEveryTeam() {
        WholeRecord r = WholeRecord.create();

        api().get(export(r.personId())).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("personId", equalTo(r.personId())).body("exportedAt", notNullValue())
                .body("erased", equalTo(false)).body("erasedAt", nullValue())
                .body("person.id", equalTo(r.personId())).body("person.fullName", equalTo(r.fullName()))
                .body("person.dateOfBirth", equalTo("1988-03-14"))
                .body("person.contactPreferences.methods", contains("phone", "letter"))
                .body("person.externalIds[0].value", equalTo(r.identifierValue()))
                .body("network", hasSize(1)).body("network[0].name", equalTo("Bethan " + r.marker()))
                .body("cases.id", contains(r.caseA(), r.caseB()))
                .body("cases.teamId", contains(r.teamA(), r.teamB()))
                .body("cases[0].needs[0].description", equalTo("Rent arrears " + r.marker()))
                .body("cases[0].goals[0].inTheirWords", equalTo("Keep my flat " + r.marker()))
                .body("cases[1].closureNote", equalTo("Moved in, " + r.marker()))
                .body("handovers", hasSize(1)).body("handovers[0].caseId", equalTo(r.caseA()))
                .body("interactions", hasSize(3))
                .body("interactions.caseId", contains(r.caseA(), r.caseA(), r.caseB()))
                .body("interactions.teamId", containsInAnyOrder(r.teamA(), r.teamA(), r.teamB()))
                .body("interactions.issues", everyItem(contains("rent-arrears")))
                .body("interactions[0].summary", equalTo("Went through the letter, " + r.marker()))
                .body("referrals.id", contains(r.referralId()))
                .body("referrals[0].responseNote", equalTo("Not in area, " + r.marker()))
                .body("offers.id", contains(r.declinedOfferId(), r.withdrawnOfferId()))
                .body("offers.status", contains("declined", "withdrawn"))
                .body("moments", hasSize(1)).body("moments[0].caseId", equalTo(r.caseA()))
                .body("moments[0].whatHappened", equalTo("I rang the council myself, " + r.marker()))
                .body("moments[0].domains", contains("securing-rights"))
                .body("assessments", hasSize(0));
    }

    @Test
    void aPersonWithNothingYetHasEmptyLists() {
        String person = person(team());
        api().get(export(person)).then().statusCode(200)
                .body("network", hasSize(0)).body("cases", hasSize(0)).body("handovers", hasSize(0))
                .body("interactions", hasSize(0)).body("referrals", hasSize(0)).body("offers", hasSize(0))
                .body("moments", hasSize(0));
    }

    @Test
    void aTeamLeadExportsAPersonOfTheirTeamIncludingWhatOtherTeamsHold() {
        WholeRecord r = WholeRecord.create();
        String lead = signedIn("team-lead", r.teamA());
        as(lead).get(export(r.personId())).then().statusCode(200)
                .body("cases.teamId", contains(r.teamA(), r.teamB()))
                .body("offers", hasSize(2));
    }

    @Test
    void workersMayNotExport() {
        String team = team();
        String person = person(team);
        as(signedIn("worker", team)).get(export(person)).then().statusCode(403);
    }

    @Test
    void anAdminExportsOnlyWithADeclaredPurpose() {
        String person = person(team());
        String admin = org.casework.support.Fixtures.admin();
        as(admin).get(export(person)).then().statusCode(403);
        as(admin).header("X-Purpose", "Subject access request SAR-2026-031").get(export(person)).then()
                .statusCode(200).body("person.id", equalTo(person));
    }

    @Test
    void anUnknownPersonIsNotFound() {
        api().get(export(UUID.randomUUID().toString())).then().statusCode(404);
    }
}
