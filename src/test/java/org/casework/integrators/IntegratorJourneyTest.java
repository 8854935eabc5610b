package org.casework.integrators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.casework.support.Fixtures.signedInAs;
import static org.casework.support.Fixtures.team;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.casework.client.ApiClient;
import org.casework.client.ApiException;
import org.casework.client.api.CasesApi;
import org.casework.client.api.ChangesApi;
import org.casework.client.api.InteractionsApi;
import org.casework.client.api.PeopleApi;
import org.casework.client.api.WorkersApi;
import org.casework.client.model.Change;
import org.casework.client.model.ChangePage;
import org.casework.client.model.ContactStatus;
import org.casework.client.model.ExternalIdentifier;
import org.casework.client.model.Interaction;
import org.casework.client.model.InteractionRequest;
import org.casework.client.model.Me;
import org.casework.client.model.ModelCase;
import org.casework.client.model.NewCase;
import org.casework.client.model.Person;
import org.casework.client.model.PersonRequest;
import org.casework.support.Identifiers;
import org.casework.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The contract as integrators use it: a Java client generated from openapi.yaml by OpenAPI Generator (as the build
 * does, in generate-test-sources) drives a council CRM's first day against the server: who am I, find a person by
 * an identifier, register them, find the key worker, open a case, post contacts (each retried with its
 * Idempotency-Key, as after a timeout), and read the change feed. If the contract stops being usable by the tools
 * integrators use (a model that does not deserialise, an operation that cannot be called), this fails.
 */
@QuarkusTest
class IntegratorJourneyTest {

    private static ApiClient clientFor(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void aCrmRegistersSomeoneOpensACaseLogsContactsSafelyAndReadsWhatChanged() throws Exception {
        String team = team();
        String keyWorkerUsername = "kw." + UUID.randomUUID().toString().substring(0, 8);
        signedInAs(keyWorkerUsername, "worker", team);
        ApiClient crm = clientFor(signedInAs("crm-" + UUID.randomUUID().toString().substring(0, 8), "integration",
                team));
        PeopleApi people = new PeopleApi(crm);
        WorkersApi workers = new WorkersApi(crm);
        CasesApi cases = new CasesApi(crm);
        InteractionsApi contacts = new InteractionsApi(crm);
        ChangesApi changes = new ChangesApi(crm);

        Me me = workers.getMe();
        assertThat(me.getTeamIds()).containsExactly(UUID.fromString(team));

        // find by the council's identifier: nobody yet, so register them (the request retried after a timeout)
        String nhs = Identifiers.nhsNumber();
        assertThat(people.searchPeople(null, null, "nhs-number", nhs, null, null).getItems()).isEmpty();
        PersonRequest registration = new PersonRequest().registeredByTeamId(UUID.fromString(team))
                .preferredName("Jo").fullName("Joanna Evans " + UUID.randomUUID().toString().substring(0, 6))
                .externalIds(List.of(new ExternalIdentifier().system("nhs-number").value(nhs)));
        String registrationKey = UUID.randomUUID().toString();
        Person registered = people.createPerson(registration, registrationKey);
        Person retried = people.createPerson(registration, registrationKey);
        assertThat(retried.getId()).isEqualTo(registered.getId());
        assertThat(people.searchPeople(null, null, "nhs-number", nhs, null, null).getItems()).singleElement()
                .satisfies(found -> assertThat(found.getId()).isEqualTo(registered.getId()));

        // the key worker, by the username the CRM knows them by
        UUID keyWorker = workers.listWorkers(null, keyWorkerUsername.toUpperCase(), true, null, null).getItems()
                .get(0).getId();
        ModelCase opened = cases.openCase(new NewCase().personId(registered.getId()).teamId(UUID.fromString(team))
                .keyWorkerId(keyWorker).openedAt(TestClock.now().minusDays(3)), UUID.randomUUID().toString());

        List<UUID> logged = new ArrayList<>();
        for (int day = 2; day >= 0; day--) {
            InteractionRequest contact = new InteractionRequest()
                    .occurredAt(TestClock.now().minusDays(day).minusHours(1).withOffsetSameInstant(ZoneOffset.UTC))
                    .contactStatus(ContactStatus.MADE).channel("phone").initiator("person")
                    .leadWorkerId(keyWorker).issues(List.of("rent-arrears"));
            String key = UUID.randomUUID().toString();
            Interaction first = contacts.recordInteraction(opened.getId(), contact, key);
            Interaction again = contacts.recordInteraction(opened.getId(), contact, key);
            assertThat(again.getId()).isEqualTo(first.getId());
            logged.add(first.getId());
        }
        assertThat(contacts.listInteractions(opened.getId(), null, null, null, null, 100).getItems())
                .extracting(Interaction::getId).containsExactlyInAnyOrderElementsOf(logged);

        // a machine account is nobody's lead: it must say who led a contact, and the problem names the field
        ApiException refused = catchThrowableOfType(ApiException.class, () -> contacts.recordInteraction(
                opened.getId(), new InteractionRequest().occurredAt(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
                        .contactStatus(ContactStatus.MADE).channel("phone").initiator("person"), null));
        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("leadWorkerId");

        // everything that happened, once each, in the order it committed, by following next
        List<Change> seen = new ArrayList<>();
        String after = null;
        ChangePage page;
        do {
            page = changes.readChanges(after, 2);
            seen.addAll(page.getItems());
            after = queryParameter(page.getNext(), "after");
        } while (!Boolean.TRUE.equals(page.getCaughtUp()));
        assertThat(seen).extracting(change -> change.getRecordType().getValue() + " " + change.getChange().getValue())
                .containsExactly("person created", "case created", "interaction created", "interaction created",
                        "interaction created");
        assertThat(seen.subList(2, 5)).extracting(Change::getRecordId).containsExactlyElementsOf(logged);
        assertThat(changes.readChanges(after, 2).getItems()).isEmpty();
    }

    private static String queryParameter(String link, String name) {
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(link + " has no " + name);
    }
}
