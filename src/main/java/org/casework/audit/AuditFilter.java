package org.casework.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.logging.Log;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;

import org.casework.audit.AuditService.Access;
import org.casework.common.Page;
import org.casework.common.PersonalData;
import org.casework.common.PersonalDataCarrier;
import org.casework.common.Problem;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Audits every successful response that carries personal data, in one place rather than in each service: a
 * {@link PersonalData} record, or a page or list of them, or the people a {@link PersonalDataCarrier} names, is one
 * event per record. A response without a body (a
 * deletion) under {@code /api/people/{personId}/…} is one event for that person. If the trace cannot be written
 * the response becomes a 500: personal data is never served without its trace.
 */
public class AuditFilter {

    /** The type a record of a collection in the path is audited as, for responses without a body. */
    private static final Map<String, String> COLLECTION_TYPES = Map.of(
            "people", "person", "network", "network-member", "cases", "case", "interactions", "interaction",
            "referrals", "referral", "offers", "offer", "handovers", "handover");

    private final AuditService audit;

    public AuditFilter(AuditService audit) {
        this.audit = audit;
    }

    @ServerResponseFilter
    public void audit(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 200 || status >= 300) {
            return;
        }
        List<Access> accesses = accesses(response.getEntity(), request.getUriInfo());
        if (accesses.isEmpty()) {
            return;
        }
        try {
            audit.record(AuditAction.of(request.getMethod(), status), accesses);
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            // the message may quote SQL values: log the type only
            Log.errorf("Audit write failed (%s), incident %s; the response is withheld", e.getClass().getName(),
                    incident);
            Log.debugf(e, "Incident %s", incident);
            response.getHeaders().remove(HttpHeaders.ETAG);
            response.getHeaders().remove(HttpHeaders.LOCATION);
            response.setStatus(500);
            response.setEntity(new Problem("urn:casework:problem:internal", "Internal error", 500,
                    "Something went wrong on our side; quote incident " + incident,
                    request.getUriInfo().getPath(), List.of()), null,
                    MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    static List<Access> accesses(Object entity, UriInfo uri) {
        UUID pathPerson = pathPerson(uri);
        if (entity == null) {
            return pathPerson == null ? List.of() : List.of(fromPath(uri, pathPerson));
        }
        Iterable<?> items = entity instanceof Page<?> page ? page.items()
                : entity instanceof PersonalDataCarrier carrier ? carrier.personalData()
                : entity instanceof Iterable<?> iterable ? iterable : List.of(entity);
        List<Access> accesses = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof PersonalData data) {
                UUID person = data.personId() != null ? data.personId() : pathPerson;
                accesses.add(new Access(data.auditType(), data.auditId(), person));
            }
        }
        return accesses;
    }

    private static UUID pathPerson(UriInfo uri) {
        String value = uri.getPathParameters().getFirst("personId");
        return value == null ? null : parse(value);
    }

    /** The last id in the path is the record; the segment before it names the collection. */
    private static Access fromPath(UriInfo uri, UUID person) {
        List<PathSegment> segments = uri.getPathSegments();
        for (int i = segments.size() - 1; i > 0; i--) {
            UUID id = parse(segments.get(i).getPath());
            if (id != null) {
                String collection = segments.get(i - 1).getPath();
                return new Access(COLLECTION_TYPES.getOrDefault(collection, collection), id, person);
            }
        }
        return new Access("person", person, person);
    }

    private static UUID parse(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
