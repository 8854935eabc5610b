package org.casework.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.workers.WorkerService;
import org.casework.workers.WorkerService.SignInChoice;

/**
 * Signing in and out of the web client. In production the council's OpenID Connect provider signs people in; the
 * demo council ({@code make run}) lists its workers by team so that each role can be tried in two clicks.
 */
@Path("/sign-in")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    /** Quarkus form authentication's session cookie, and quarkus-oidc's. */
    static final List<String> SESSION_COOKIES = List.of("quarkus-credential", "q_session");

    /** The demo workers of one team. */
    public record DemoTeam(String name, List<SignInChoice> workers) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(List<DemoTeam> teams, boolean demo, boolean oidc, boolean failed,
                String demoPassword);
    }

    private final Pages pages;
    private final WebConfig config;
    private final WorkerService workers;

    public SignInPage(Pages pages, WebConfig config, WorkerService workers) {
        this.pages = pages;
        this.config = config;
        this.workers = workers;
    }

    @GET
    @PermitAll
    public TemplateInstance signIn(@QueryParam("error") String error) {
        List<DemoTeam> teams = config.demoSignIn() ? byTeam(workers.signInChoices()) : List.of();
        return pages.render(Templates.signIn(teams, config.demoSignIn(), config.oidcSignIn(), error != null,
                DemoSignIn.PASSWORD), null);
    }

    /** Reached only through the council's provider (see docs/security-and-audit.md); then on to the worker's day. */
    @GET
    @Path("council")
    @Authenticated
    public Response council() {
        return Response.seeOther(URI.create("/")).build();
    }

    /** A worker in several teams is listed under each, so that a newcomer finds every role under every team. */
    static List<DemoTeam> byTeam(List<SignInChoice> choices) {
        Map<String, List<SignInChoice>> teams = new TreeMap<>();
        for (SignInChoice choice : choices) {
            for (String team : choice.teamNames().isEmpty() ? List.of("—") : choice.teamNames()) {
                teams.computeIfAbsent(team, name -> new ArrayList<>()).add(choice);
            }
        }
        return teams.entrySet().stream().map(team -> new DemoTeam(team.getKey(), team.getValue())).toList();
    }
}
