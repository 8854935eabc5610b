package org.casework.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.StringJoiner;
import java.util.TreeMap;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

import org.casework.reference.ReferenceService;
import org.casework.security.Caller;
import org.casework.security.Role;
import org.casework.teams.TeamService;
import org.casework.workers.WorkerService;

/** Renders a page in the reader's language inside the layout, and answers the small questions pages share. */
@RequestScoped
public class Pages {

    /** A confirmation to show once after a change: the query parameter of the redirect after a post. */
    public static final String BANNER = "done";

    private final Language language;
    private final WebConfig config;
    private final Caller caller;
    private final WorkerService workers;
    private final CurrentVertxRequest request;
    private final TeamService teams;
    private final ReferenceService reference;

    public Pages(Language language, WebConfig config, Caller caller, WorkerService workers,
            CurrentVertxRequest request, TeamService teams, ReferenceService reference) {
        this.reference = reference;
        this.language = language;
        this.config = config;
        this.caller = caller;
        this.workers = workers;
        this.request = request;
        this.teams = teams;
    }

    /** The page in the reader's language, with the layout's header, navigation and any confirmation banner. */
    public TemplateInstance render(TemplateInstance page, String section) {
        return page.data("chrome", chrome(section)).setLocale(language.locale());
    }

    /** The messages in the reader's language, for text made in Java (error messages). */
    public Msg messages() {
        return MessageBundles.get(Msg.class, Localized.Literal.of(language.tag()));
    }

    /** The case and assessment pages' messages in the reader's language. */
    public Actions actions() {
        return MessageBundles.get(Actions.class, Localized.Literal.of(language.tag()));
    }

    /** The team lead's pages' messages in the reader's language. */
    public Leads leads() {
        return MessageBundles.get(Leads.class, Localized.Literal.of(language.tag()));
    }

    /** The signed-in worker's teams, by name, as choices of a form. */
    public List<Choice> myTeams() {
        Map<UUID, String> names = teams.names();
        return caller.record().map(me -> me.teamIds().stream()
                .map(id -> new Choice(id.toString(), names.get(id)))
                .sorted(Comparator.comparing(Choice::label, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList()).orElse(List.of());
    }

    /** Codes, teams and the workers named, in the reader's language; a page names the workers it shows. */
    public Labels labels(Map<UUID, String> workerNames) {
        return new Labels(reference, language.isWelsh(), workerNames, teams.names());
    }

    public Language language() {
        return language;
    }

    Chrome chrome(String section) {
        HttpServerRequest http = request.getCurrent().request();
        String other = language.isWelsh() ? "en" : "cy";
        String worker = signedInWorker() && BlockingOperationControl.isBlockingAllowed()
                ? workers.me().displayName() : null;
        String banner = http.getParam(BANNER);
        // the CSRF filter puts the token in the routing context, except when it refused the request
        boolean forms = request.getCurrent().get("csrf_token") != null;
        boolean teamLead = worker != null && caller.has(Role.TEAM_LEAD);
        return new Chrome(language.tag(), withQuery(http, Language.PARAMETER, other), config.councilName(),
                worker, section, banner, forms, teamLead);
    }

    /**
     * Whether a worker is signed in. A failure before the page ran (a refused sign-in) is rendered on the I/O
     * thread, where the identity cannot be resolved: that page is shown as to someone signed out.
     */
    public boolean signedInWorker() {
        // an identity already proven (a refusal by role, on the I/O thread) is read without blocking
        var routing = request.getCurrent();
        if (routing != null && routing.user() instanceof io.quarkus.vertx.http.runtime.security.QuarkusHttpUser user) {
            return user.getSecurityIdentity().getAttribute(org.casework.security.CallerIdentity.RECORD) != null;
        }
        return BlockingOperationControl.isBlockingAllowed() && caller.record().isPresent();
    }

    /** This request's path and query with one parameter set, and any confirmation banner dropped. */
    static String withQuery(HttpServerRequest http, String name, String value) {
        Map<String, String> query = new TreeMap<>();
        http.params().forEach((key, given) -> query.put(key, given));
        query.remove(BANNER);
        query.put(name, value);
        StringJoiner joined = new StringJoiner("&", http.path() + "?", "");
        query.forEach((key, given) -> joined.add(encode(key) + "=" + encode(given)));
        return joined.toString();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
