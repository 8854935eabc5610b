package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;

import org.casework.common.Malformation.Mutation;
import org.casework.common.Malformation.Sent;
import org.casework.common.Malformation.Shape;
import org.casework.support.Api;
import org.casework.support.Contract;
import org.casework.support.Contract.WriteOperation;
import org.casework.support.Fixtures;
import org.casework.support.JsonText;
import org.casework.support.Stored;
import org.casework.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Property: no malformed write is accepted, answers a 5xx, or stores anything. For every POST and PUT of
 * openapi.yaml a valid body is built from the operation's example (a PUT's from the record as it reads), with real
 * ids of fixtures in the path and the body, and proved valid by sending it once in a context of its own. Then, in
 * another context that nothing may change, jqwik's generators pick an operation, a {@link Malformation} and where
 * and how it strikes; every answer must be problem+json with a status the operation documents among 400, 404, 409,
 * 412 and 428, and the casework tables must hold exactly what they held before.
 *
 * <p>
 * jqwik properties do not run inside the Quarkus test extension, so this JUnit test draws from jqwik's arbitraries
 * itself, from a fixed seed: {@code -Dfuzz.tries=50000} for a nightly-sized run,
 * {@code -Dfuzz.seed=random} (or a number) for other cases. A failure report names the seed, the try, the
 * operation and the malformation, with the request and the answer.
 */
@QuarkusTest
class MalformedRequestFuzzTest {

    private static final int DEFAULT_TRIES = 5000;
    private static final long DEFAULT_SEED = 20261201L;
    private static final Set<Integer> REFUSALS = Set.of(400, 404, 409, 412, 428);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** Fields that must be unique where they are created: each try gets its own value. */
    private static final Map<String, List<String>> UNIQUE = Map.of(
            "createTeam", List.of("name"), "createWorker", List.of("username"),
            "defineInstrument", List.of("code"), "createPerson", List.of("externalIds[].value"));

    @Inject
    DataSource dataSource;

    private final Contract contract = Contract.read();

    @Test
    void noMalformedWriteIsAcceptedAnswersA5xxOrStoresAnything() throws java.sql.SQLException {
        List<WriteOperation> operations = contract.writeOperations();
        assertThat(operations).as("POST and PUT operations of openapi.yaml").hasSizeGreaterThanOrEqualTo(27);

        // each valid body works, once, in a context of its own: a malformation is then the only thing wrong
        Context proof = Context.create(contract);
        for (WriteOperation operation : order(operations)) {
            JsonNode body = base(operation, proof, "proof");
            Response response = send(api(), operation, proof, JsonText.write(body).getBytes(StandardCharsets.UTF_8),
                    Map.of());
            assertThat(response.statusCode()).as("the valid body of %s is accepted: %s%n%s", operation,
                    JsonText.write(body), response.asString()).isBetween(200, 299);
        }

        Context context = Context.create(contract);
        List<Template> templates = operations.stream().map(operation -> new Template(operation,
                new Shape(base(operation, context, "template"), operation.body(), contract::resolve,
                        operation.queryParameters()))).toList();
        Arbitrary<Try> tries = Arbitraries.of(templates).flatMap(template -> Arbitraries.of(template.kinds())
                .flatMap(kind -> template.mutations().get(kind).map(mutation -> new Try(template, kind, mutation))));

        long seed = seed();
        int count = Integer.getInteger("fuzz.tries", DEFAULT_TRIES);
        System.out.printf("[fuzz] %d tries over %d operations, seed %d (-Dfuzz.seed=%d repeats them)%n",
                count, operations.size(), seed, seed);
        context.readETags();
        Stored.Watch watch = Stored.watch(dataSource);
        Map<String, String> stored = watch.snapshot();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Failure> failures = new LinkedHashMap<>();
        long started = System.nanoTime();

        SourceOfRandomness.create(Long.toString(seed)); // sampleStream() draws from this thread's random
        Iterator<Try> drawn = tries.sampleStream().iterator();
        for (int n = 1; n <= count; n++) {
            Try attempt = drawn.next();
            Shape body = new Shape(base(attempt.template().operation(), context, "n" + n),
                    attempt.template().operation().body(), contract::resolve,
                    attempt.template().operation().queryParameters());
            assertThat(body.paths()).as("a fresh body has the template's shape").isEqualTo(
                    attempt.template().shape().paths());
            Sent sent = attempt.mutation().apply().apply(body);
            String problem;
            int status = -1;
            String answer = "";
            try {
                WriteOperation operation = attempt.template().operation();
                Api.Answer response = Api.sendAsTester(operation.method(), context.path(operation), sent.query(),
                        operation.needsIfMatch() ? Map.of("If-Match", context.etag(operation)) : Map.of(),
                        sent.body());
                status = response.status();
                answer = response.body();
                problem = refusalProblem(operation, response);
                if (response.breaches() != null) {
                    problem = (problem == null ? "" : problem + "; ") + "the answer breaks the contract: "
                            + response.breaches();
                }
            } catch (RuntimeException e) {
                problem = "the request could not be sent: " + e;
            }
            Map<String, String> now = watch.snapshot();
            if (!now.equals(stored)) {
                problem = (problem == null ? "" : problem + "; ") + "it stored something: " + changes(stored, now);
                stored = now;
                context.readETags();
            }
            byStatus.merge(Integer.toString(status), 1, Integer::sum);
            byKind.merge(attempt.kind().name(), 1, Integer::sum);
            if (problem != null) {
                String key = attempt.template().operation().id() + " / " + attempt.kind() + " / " + status;
                Failure failure = failures.get(key);
                if (failure == null) {
                    failure = new Failure(n, attempt, sent, answer);
                    failures.put(key, failure);
                }
                failure.count++;
                failure.problem = failure.problem == null ? problem : failure.problem;
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        watch.close();
        System.out.printf("[fuzz] %d tries in %.1f s (%.0f per second); answers %s; malformations %s%n", count,
                took.toMillis() / 1000.0, count * 1000.0 / Math.max(1, took.toMillis()), byStatus, byKind);

        if (!failures.isEmpty()) {
            org.assertj.core.api.Assertions.fail(report(seed, failures));
        }
    }

    /** What is wrong with the answer to a malformed request, or null when it is a proper refusal. */
    private static String refusalProblem(WriteOperation operation, Api.Answer response) {
        int status = response.status();
        if (status >= 500) {
            return "a " + status;
        }
        if (!REFUSALS.contains(status) || !operation.statuses().contains(status)) {
            return "status " + status + ", not a refusal the operation documents ("
                    + operation.statuses().stream().filter(REFUSALS::contains).toList() + ")";
        }
        String type = response.contentType();
        if (type == null || !type.startsWith(Problem.MEDIA_TYPE)) {
            return "content type " + type + ", not " + Problem.MEDIA_TYPE;
        }
        JsonNode said;
        try {
            said = JSON.readTree(response.body()).path("status");
        } catch (java.io.IOException e) {
            return "the answer is not JSON";
        }
        if (said.asInt() != status) {
            return "the problem says status " + said;
        }
        return null;
    }

    private Response send(RequestSpecification request, WriteOperation operation, Context context, byte[] body,
            Map<String, String> query) {
        RequestSpecification spec = request.body(body);
        if (!query.isEmpty()) {
            spec = spec.queryParams(query);
        }
        if (operation.needsIfMatch()) {
            spec = spec.header("If-Match", context.etag(operation));
        }
        return spec.request(operation.method(), context.path(operation));
    }

    /** Creations first and the changes of state last, so the proof of one does not stand in another's way. */
    private static List<WriteOperation> order(List<WriteOperation> operations) {
        List<String> last = List.of("handOverCase", "changeReferralStatus", "respondToOffer", "withdrawOffer",
                "closeCase", "erasePerson");
        List<WriteOperation> ordered = new ArrayList<>(operations.stream()
                .filter(operation -> !last.contains(operation.id())).toList());
        last.forEach(id -> operations.stream().filter(operation -> operation.id().equals(id)).forEach(ordered::add));
        return ordered;
    }

    /**
     * A valid body: a PUT's is the record as it reads now, cut down to what the request schema has; a POST's is its
     * example (or the example of another operation with the same schema) with the context's ids and dates, and fresh
     * values where a value must be unique.
     */
    private JsonNode base(WriteOperation operation, Context context, String unique) {
        if (operation.method().equals("PUT")) {
            return only(context.current(operation), operation.body());
        }
        JsonNode example = operation.example();
        if (example == null) {
            example = contract.writeOperations().stream().filter(other -> other.example() != null
                    && other.bodySchemaName() != null && other.bodySchemaName().equals(operation.bodySchemaName()))
                    .map(WriteOperation::example).findFirst().orElseThrow(() -> new AssertionError(
                            operation + " has no request example to build a valid body from"));
        }
        JsonNode body = adapt(example.deepCopy(), operation.body(), "", context);
        if (body.path("bands") instanceof ArrayNode bands) {
            // a band of one item fails with a 409 from a foreign key on instrument_band (a defect of
            // InstrumentService, reported): the valid body keeps the bands of the total only
            for (int i = bands.size() - 1; i >= 0; i--) {
                if (bands.get(i).hasNonNull("item")) {
                    bands.remove(i);
                }
            }
        }
        for (String field : UNIQUE.getOrDefault(operation.id(), List.of())) {
            makeUnique(body, field, unique + "-" + UUID.randomUUID().toString().substring(0, 8));
        }
        return body;
    }

    /** The example with the context's ids, a recent time for every timestamp and a near date for every date. */
    private JsonNode adapt(JsonNode node, Schema<?> schema, String name, Context context) {
        Schema<?> resolved = contract.resolve(schema);
        if (resolved == null) {
            return node;
        }
        if (node.isObject() && resolved.getProperties() != null) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String field : names) {
                object.set(field, adapt(object.get(field), resolved.getProperties().get(field), field, context));
            }
            return object;
        }
        if (node.isArray() && resolved.getItems() != null) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, adapt(array.get(i), resolved.getItems(), name, context));
            }
            return array;
        }
        if (node.isTextual() && "uuid".equals(resolved.getFormat())) {
            return TextNode.valueOf(context.idFor(name));
        } else if (node.isTextual() && "date-time".equals(resolved.getFormat())) {
            return TextNode.valueOf(context.recently());
        } else if (node.isTextual() && "date".equals(resolved.getFormat()) && !name.equals("dateOfBirth")) {
            return TextNode.valueOf(context.soon());
        }
        return node;
    }

    /** The record as read, with only the fields of the request schema (recursively). */
    private JsonNode only(JsonNode read, Schema<?> schema) {
        Schema<?> resolved = contract.resolve(schema);
        if (read.isObject() && resolved.getProperties() != null) {
            ObjectNode kept = JSON.createObjectNode();
            resolved.getProperties().forEach((name, property) -> {
                if (read.has(name)) {
                    kept.set(name, only(read.get(name), property));
                }
            });
            return kept;
        }
        if (read.isArray() && resolved.getItems() != null) {
            ArrayNode kept = JSON.createArrayNode();
            read.forEach(element -> kept.add(only(element, resolved.getItems())));
            return kept;
        }
        return read.deepCopy();
    }

    private static void makeUnique(JsonNode body, String field, String suffix) {
        if (field.startsWith("externalIds[].")) {
            // an NHS number must stay one (ten digits and its check digit): a new valid one instead of a suffix
            body.path("externalIds").forEach(id -> ((ObjectNode) id).put(field.substring(14),
                    id.path("system").asText().equals("nhs-number") ? org.casework.support.Identifiers.nhsNumber()
                            : id.path(field.substring(14)).asText() + "-" + suffix));
        } else {
            ((ObjectNode) body).put(field, body.path(field).asText() + "-" + suffix);
        }
    }

    private static long seed() {
        String given = System.getProperty("fuzz.seed");
        if (given == null || given.isBlank()) {
            return DEFAULT_SEED;
        }
        return given.equals("random") ? new java.security.SecureRandom().nextLong() : Long.parseLong(given);
    }

    private static String changes(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, now) -> {
            if (!now.equals(before.get(table))) {
                changed.add(table + ": " + before.get(table) + " -> " + now);
            }
        });
        return String.join("; ", changed);
    }

    private static String report(long seed, Map<String, Failure> failures) {
        StringBuilder report = new StringBuilder("malformed requests that were not refused properly (seed ")
                .append(seed).append("; repeat with -Dfuzz.seed=").append(seed).append("):");
        failures.forEach((key, failure) -> {
            String body = new String(failure.sent.body(), StandardCharsets.UTF_8);
            report.append("\n\n").append(key).append(" (").append(failure.count).append(" tries, first try ")
                    .append(failure.n).append("): ").append(failure.problem)
                    .append("\n  malformation: ").append(failure.attempt.mutation().description())
                    .append("\n  ").append(failure.attempt.template().operation())
                    .append(failure.sent.query().isEmpty() ? "" : " query " + failure.sent.query())
                    .append("\n  body: ").append(body.length() > 600 ? body.substring(0, 600) + "… (" + body.length()
                            + " characters)" : body)
                    .append("\n  answer: ").append(failure.answer.length() > 600 ? failure.answer.substring(0, 600)
                            : failure.answer);
        });
        return report.toString();
    }

    /** An operation with the shape of its valid body, and the malformations that shape allows. */
    private record Template(WriteOperation operation, Shape shape, Map<Malformation, Arbitrary<Mutation>> mutations) {

        Template(WriteOperation operation, Shape shape) {
            this(operation, shape, new java.util.EnumMap<>(Malformation.class));
            for (Malformation kind : Malformation.values()) {
                Arbitrary<Mutation> arbitrary = kind.mutations(shape);
                if (arbitrary != null) {
                    mutations.put(kind, arbitrary);
                }
            }
        }

        List<Malformation> kinds() {
            return List.copyOf(mutations.keySet());
        }
    }

    private record Try(Template template, Malformation kind, Mutation mutation) {
    }

    private static final class Failure {
        final int n;
        final Try attempt;
        final Sent sent;
        final String answer;
        int count;
        String problem;

        Failure(int n, Try attempt, Sent sent, String answer) {
            this.n = n;
            this.attempt = attempt;
            this.sent = sent;
            this.answer = answer;
        }
    }

    /**
     * Records for every operation to act on, made through the API: a team with two workers and another team, a
     * person with an open case (needs, goals, a contact, a moment, a referral, two offers), a person with no case, a
     * person to erase, a case to close, a network member, a target, an instrument of the team's own and a disabled
     * webhook subscription.
     */
    private static final class Context {

        private final Map<String, String> ids = new HashMap<>();
        private final Map<String, String> etags = new HashMap<>();
        private final Map<String, JsonNode> reads = new HashMap<>();
        private final OffsetDateTime now = TestClock.now().truncatedTo(ChronoUnit.SECONDS);
        private final Contract contract;

        private Context(Contract contract) {
            this.contract = contract;
        }

        static Context create(Contract contract) {
            Context c = new Context(contract);
            String team = Fixtures.team();
            String keyWorker = Fixtures.worker(team);
            String otherWorker = Fixtures.worker(team);
            String person = Fixtures.person(team);
            String opened = iso(c.now.minusDays(30));
            String caseId = api().body(Map.of("personId", person, "teamId", team, "keyWorkerId", keyWorker,
                    "openedAt", opened, "summary", "Rent arrears",
                    "needs", List.of(Map.of("domain", "housing", "description", "Somewhere settled")),
                    "goals", List.of(Map.of("inTheirWords", "Keep my flat", "achieved", false))))
                    .post("/api/cases").then().statusCode(201).extract().path("id");
            String toClose = Fixtures.openCase(Fixtures.person(team), team, keyWorker, opened);
            String earlier = iso(c.now.minusDays(2));
            c.ids.putAll(Map.of("team", team, "otherTeam", Fixtures.team(), "keyWorker", keyWorker,
                    "otherWorker", otherWorker, "person", person, "personWithoutCase", Fixtures.person(team),
                    "personToErase", Fixtures.person(team), "case", caseId, "caseToClose", toClose));
            c.ids.put("member", api().body(Map.of("name", "Bethan Evans", "relationship", "sibling"))
                    .post("/api/people/" + person + "/network").then().statusCode(201).extract().path("id"));
            c.ids.put("interaction", Fixtures.interaction(caseId, keyWorker, earlier, "made"));
            c.ids.put("moment", api().body(Map.of("occurredAt", earlier, "type", "trust-built", "observer", "worker",
                    "whatHappened", "Came on her own", "domains", List.of("securing-rights")))
                    .post("/api/cases/" + caseId + "/moments").then().statusCode(201).extract().path("id"));
            c.ids.put("referral", api().body(Map.of("caseId", caseId, "toAgency", "Shelter Cymru", "reason",
                    "Housing advice", "sentByWorkerId", keyWorker, "sentAt", earlier))
                    .post("/api/referrals").then().statusCode(201).extract().path("id"));
            for (String offer : List.of("offer", "offerToWithdraw")) {
                c.ids.put(offer, api().body(Map.of("caseId", caseId, "offerType", "temporary-accommodation",
                        "description", "Room at the hostel", "offeredAt", earlier, "offeredByWorkerId", keyWorker))
                        .post("/api/offers").then().statusCode(201).extract().path("id"));
            }
            c.ids.put("target", Fixtures.target(team, "offers-accepted", null, "at-least", 50, "month"));
            // disabled, so nothing is sent to it
            c.ids.put("webhook", api().body(Map.of("url", "https://crm.example.org/hook", "eventTypes",
                    List.of("case.closed"), "teamIds", List.of(team), "active", false)).post("/api/webhooks").then()
                    .statusCode(201).extract().path("id"));
            ObjectNode instrument = (ObjectNode) contract.writeOperations().stream()
                    .filter(operation -> operation.id().equals("defineInstrument")).findFirst().orElseThrow()
                    .example().deepCopy();
            instrument.put("code", "fuzz-" + UUID.randomUUID().toString().substring(0, 8));
            c.ids.put("instrument", api().body(JsonText.write(instrument)).post("/api/instruments").then()
                    .statusCode(201).extract().path("code"));
            return c;
        }

        /** The operation's path with the context's records in it. */
        String path(WriteOperation operation) {
            Matcher parameter = PATH_PARAMETER.matcher(operation.path());
            StringBuilder path = new StringBuilder();
            while (parameter.find()) {
                parameter.appendReplacement(path, ids.get(pathRecord(operation.id(), parameter.group(1))));
            }
            return parameter.appendTail(path).toString();
        }

        private static String pathRecord(String operation, String parameter) {
            return switch (operation + "/" + parameter) {
                case "erasePerson/personId" -> "personToErase";
                case "closeCase/caseId" -> "caseToClose";
                case "withdrawOffer/offerId" -> "offerToWithdraw";
                default -> switch (parameter) {
                    case "personId" -> "person";
                    case "memberId" -> "member";
                    case "teamId" -> "team";
                    case "workerId" -> "keyWorker";
                    case "caseId" -> "case";
                    case "interactionId" -> "interaction";
                    case "momentId" -> "moment";
                    case "referralId" -> "referral";
                    case "offerId" -> "offer";
                    case "code" -> "instrument";
                    case "targetId" -> "target";
                    case "webhookId" -> "webhook";
                    default -> throw new AssertionError("no fixture for path parameter " + parameter);
                };
            };
        }

        /** A record's id for a body field of that name. */
        String idFor(String field) {
            String record = switch (field) {
                case "registeredByTeamId", "teamId", "teamIds" -> "team";
                case "toTeamId" -> "otherTeam";
                case "personId" -> "personWithoutCase";
                case "keyWorkerId", "leadWorkerId", "sentByWorkerId", "ownerWorkerId", "offeredByWorkerId" -> "keyWorker";
                case "toWorkerId", "otherWorkerIds" -> "otherWorker";
                case "caseId" -> "case";
                default -> throw new AssertionError("no fixture for the id field " + field);
            };
            return ids.get(record);
        }

        /** An hour ago: after every record of the context, not in the future. */
        String recently() {
            return iso(now.minusHours(1));
        }

        /** With seconds always written, as RFC 3339 wants (toString() leaves out :00). */
        static String iso(OffsetDateTime at) {
            return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
        }

        /** In a week: not before the day of any contact or offer. */
        String soon() {
            return TestClock.today().plusDays(7).toString();
        }

        /** The record a PUT replaces, as it reads (read once: nothing may change it). */
        JsonNode current(WriteOperation operation) {
            return reads.computeIfAbsent(operation.id(), id -> {
                try {
                    return JSON.readTree(api().get(resource(operation)).then().statusCode(200).extract().asString());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        String etag(WriteOperation operation) {
            String etag = etags.get(operation.id());
            return etag != null ? etag : api().get(resource(operation)).then().statusCode(200).extract().header("ETag");
        }

        void readETags() {
            etags.clear();
            reads.clear();
            for (WriteOperation operation : contract.writeOperations()) {
                if (operation.needsIfMatch()) {
                    etags.put(operation.id(), api().get(resource(operation)).then().statusCode(200).extract()
                            .header("ETag"));
                }
            }
        }

        /** A PUT's own path; for an action such as {@code /closure}, the record it changes. */
        private String resource(WriteOperation operation) {
            String path = path(operation);
            return operation.method().equals("PUT") ? path : path.substring(0, path.lastIndexOf('/'));
        }
    }
}
