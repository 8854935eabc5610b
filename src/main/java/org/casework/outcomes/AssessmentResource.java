package org.casework.outcomes;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.casework.audit.Audited;
import org.casework.cases.CaseViews.CaseView;
import org.casework.common.Page;
import org.casework.common.Paging;
import org.casework.common.Params;
import org.casework.common.Versions;
import org.casework.security.Role;

@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited(parent = CaseView.AUDIT_TYPE)
@Path("/api/cases/{caseId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService assessments;
    private final Paging paging;

    public AssessmentResource(AssessmentService assessments, Paging paging) {
        this.assessments = assessments;
        this.paging = paging;
    }

    @GET
    public Page<AssessmentView> list(@PathParam("caseId") UUID caseId, @QueryParam("instrument") String instrument,
            @QueryParam("respondent") String respondent, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        Respondent by = Params.coded("respondent", respondent, Respondent.class);
        return paging.page(assessments.list(caseId, instrument, by, paging.request(cursor, limit, 2)), uri);
    }

    @POST
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION })
    public Response record(@PathParam("caseId") UUID caseId, @Valid @NotNull AssessmentRequest body) {
        AssessmentView recorded = assessments.record(caseId, body);
        return Response.created(URI.create("/api/cases/" + caseId + "/assessments/" + recorded.id()))
                .tag(Versions.etag(recorded.version())).entity(recorded).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        AssessmentView view = assessments.get(caseId, id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
