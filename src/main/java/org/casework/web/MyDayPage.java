package org.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.casework.audit.AuditedPage;
import org.casework.caseload.CaseloadService;
import org.casework.caseload.CaseloadViews.CaseloadEntry;
import org.casework.caseload.CaseloadViews.FollowUp;
import org.casework.caseload.CaseloadViews.FollowUpStatus;
import org.casework.common.Page;
import org.casework.common.PageRequest;
import org.casework.common.Paging;
import org.casework.common.PersonalData;
import org.casework.common.PersonalDataCarrier;
import org.casework.security.Caller;
import org.casework.security.Role;
import org.casework.workload.Workload;
import org.casework.workload.Workload.WorkerLoad;
import org.casework.workload.WorkloadService;

/** A worker's day: their open cases, the longest without a contact first, and their follow-ups. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
public class MyDayPage {

    /** Follow-ups shown in each group; the caseload pages through the rest. */
    private static final int FOLLOW_UPS_SHOWN = 50;

    /** What the page shows. */
    public record MyDay(Page<CaseloadEntry> cases, List<FollowUp> overdue, List<FollowUp> dueToday,
            List<FollowUp> upcoming, Workload own, int ownDays) implements PersonalDataCarrier {

        /** The worker's own workload figures, when they belong to a team. */
        public WorkerLoad mine() {
            return own.workers().isEmpty() ? null : own.workers().get(0);
        }

        /** Follow-ups by when they are due, leaving out empty groups; each group's code names its heading. */
        public record Group(String code, List<FollowUp> items) {
        }

        public List<Group> followUpGroups() {
            return java.util.stream.Stream.of(new Group("overdue", overdue), new Group("due-today", dueToday),
                    new Group("upcoming", upcoming)).filter(group -> !group.items().isEmpty()).toList();
        }

        @Override
        public List<PersonalData> personalData() {
            List<PersonalData> shown = new ArrayList<>(cases.items());
            shown.addAll(overdue);
            shown.addAll(dueToday);
            shown.addAll(upcoming);
            return shown;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myDay(MyDay day);
    }

    private final Pages pages;
    private final CaseloadService caseload;
    private final AuditedPage audit;
    private final Caller caller;
    private final Paging paging;
    private final WorkloadService workloads;

    public MyDayPage(Pages pages, CaseloadService caseload, AuditedPage audit, Caller caller, Paging paging,
            WorkloadService workloads) {
        this.pages = pages;
        this.caseload = caseload;
        this.audit = audit;
        this.caller = caller;
        this.paging = paging;
        this.workloads = workloads;
    }

    @GET
    public TemplateInstance myDay(@QueryParam("cursor") String cursor, @Context UriInfo uri) {
        UUID me = caller.workerId().orElseThrow();
        PageRequest page = paging.request(cursor, null, 2);
        PageRequest followUps = new PageRequest(List.of(), FOLLOW_UPS_SHOWN);
        MyDay day = audit.read(() -> {
            Page<CaseloadEntry> cases = paging.page(caseload.caseload(me, page), uri);
            List<FollowUp> overdue = caseload.followUps(me, FollowUpStatus.OVERDUE, followUps).items();
            List<FollowUp> today = caseload.followUps(me, FollowUpStatus.DUE_TODAY, followUps).items();
            List<FollowUp> upcoming = caseload.followUps(me, FollowUpStatus.UPCOMING, followUps).items();
            return new MyDay(cases, overdue, today, upcoming, workloads.own(null, null), workloads.defaultDays());
        });
        return pages.render(Templates.myDay(day), "my-day");
    }
}
