package org.casework.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.casework.cases.CaseRequests.NewCase;
import org.casework.common.Problem.FieldError;
import org.casework.common.ProblemException;
import org.casework.common.ProblemMapper;
import org.casework.interactions.InteractionRequest;
import org.casework.people.PersonRequest;

/**
 * Reads an import's line as the single-record API reads its body: the same request record, the same strict JSON
 * reading and the same Bean Validation, so a line is refused with the problem the API would answer. A line may also
 * carry the caller's own {@code reference} for the record, and name the record it belongs to by id or by the
 * reference it was imported with (a case's {@code personReference}, a contact's {@code caseId} or
 * {@code caseReference}).
 */
@ApplicationScoped
public class ImportLines {

    /** The longest reference a caller may give a record. */
    static final int MAX_REFERENCE = 200;

    private final ObjectMapper mapper;
    private final Validator validator;

    public ImportLines(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** A line waiting in import_line. */
    public record Line(int number, String body) {
    }

    /** A line read: the caller's reference, the fields naming other records, and the request. */
    public record Read<T>(int line, String reference, Map<String, String> links, T request) {
    }

    /** What a line came to: read, or refused with a problem. */
    public record Outcome<T>(Read<T> read, LineProblem problem) {
    }

    Class<?> requestOf(RecordType type) {
        return switch (type) {
            case PEOPLE -> PersonRequest.class;
            case CASES -> NewCase.class;
            case INTERACTIONS -> InteractionRequest.class;
        };
    }

    /** The fields of a line that are not the request's: its reference, and the links to other records. */
    List<String> controlFields(RecordType type) {
        return switch (type) {
            case PEOPLE -> List.of("reference");
            case CASES -> List.of("reference", "personReference");
            case INTERACTIONS -> List.of("reference", "caseId", "caseReference");
        };
    }

    /** Finds the record the caller imported with a reference: a record type and the reference; null if none. */
    @FunctionalInterface
    public interface References {
        UUID find(RecordType type, String reference);
    }

    /**
     * Reads a line. A reference to an earlier record is looked up when it stands for a field of the request (a
     * case's {@code personReference} for {@code personId}); a contact's case is found by the loader, in SQL.
     */
    public <T> Outcome<T> read(Line line, RecordType type, Class<T> requestType, References references) {
        String reference = null;
        try {
            JsonNode tree = mapper.readTree(line.body());
            if (!(tree instanceof ObjectNode object)) {
                throw new ProblemException(400, "malformed-json", "Malformed JSON", "The line is not a JSON object",
                        List.of(FieldError.body("$", "must be a JSON object")));
            }
            JsonNode columns = object.remove("$columns");
            if (columns != null) {
                throw ProblemException.invalidBody("$", "columns",
                        "has " + columns.asText() + " columns the header names");
            }
            Map<String, String> links = new LinkedHashMap<>();
            for (String field : controlFields(type)) {
                JsonNode value = object.remove(field);
                if (value != null && !value.isNull()) {
                    if (!value.isTextual()) {
                        throw ProblemException.invalidBody(field, "must be a string");
                    }
                    links.put(field, value.asText());
                }
            }
            reference = links.remove("reference");
            checkReference("reference", reference);
            for (Map.Entry<String, String> link : links.entrySet()) {
                if (link.getKey().endsWith("Id")) {
                    checkId(link.getKey(), link.getValue());
                } else {
                    checkReference(link.getKey(), link.getValue());
                }
            }
            resolve(object, links, references);
            T request = mapper.treeToValue(object, requestType);
            var violations = validator.validate(request);
            if (!violations.isEmpty()) {
                throw ProblemMapper.invalid(violations);
            }
            return new Outcome<>(new Read<>(line.number(), reference, links, request), null);
        } catch (JsonProcessingException e) {
            return new Outcome<>(null, problem(line.number(), reference, ProblemMapper.unreadable(e)));
        } catch (ProblemException e) {
            return new Outcome<>(null, problem(line.number(), reference, e));
        }
    }

    /** A case's person by the caller's reference; a contact names its case by id or by reference, one of them. */
    private static void resolve(ObjectNode object, Map<String, String> links, References references) {
        String personReference = links.get("personReference");
        if (personReference != null) {
            if (object.has("personId")) {
                throw ProblemException.invalidBody("personReference", "both",
                        "must not be given with personId: name the person one way");
            }
            UUID person = references.find(RecordType.PEOPLE, personReference);
            if (person == null) {
                throw ProblemException.invalidBody("personReference", "unknown-reference",
                        "is not the reference of a person you imported");
            }
            object.put("personId", person.toString());
        }
        if (links.containsKey("caseId") && links.containsKey("caseReference")) {
            throw ProblemException.invalidBody("caseReference", "both",
                    "must not be given with caseId: name the case one way");
        }
    }

    static LineProblem problem(int line, String reference, ProblemException e) {
        return new LineProblem(line, reference, e.status, e.title, e.getMessage(), e.errors);
    }

    private static void checkReference(String field, String reference) {
        if (reference != null && (reference.isBlank() || reference.length() > MAX_REFERENCE
                || reference.indexOf('\u0000') >= 0)) {
            throw ProblemException.invalidBody(field, "must be 1 to " + MAX_REFERENCE + " characters, not blank");
        }
    }

    private static void checkId(String field, String id) {
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidBody(field, "must be a UUID");
        }
    }
}
