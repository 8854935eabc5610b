package org.casework.reference;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.audit.Audited;
import org.casework.common.ProblemException;
import org.casework.security.Role;

/** The coded vocabularies, small by nature, so answered whole rather than paged. */
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited
@Path("/api/reference")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    private final ReferenceService reference;

    public ReferenceResource(ReferenceService reference) {
        this.reference = reference;
    }

    public record VocabularyView(Vocabulary vocabulary, List<ReferenceCodeView> codes) {
    }

    @GET
    public List<Vocabulary> vocabularies() {
        return reference.vocabularies();
    }

    @GET
    @Path("{vocabulary}")
    public VocabularyView codes(@PathParam("vocabulary") String name) {
        Vocabulary vocabulary = Arrays.stream(Vocabulary.values()).filter(v -> v.code().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Vocabulary " + name));
        return new VocabularyView(vocabulary, reference.codes(vocabulary));
    }
}
