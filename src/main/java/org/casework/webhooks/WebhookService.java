package org.casework.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.changes.ChangeFeed;
import org.casework.changes.EventTypes;
import org.casework.common.CaseworkConfig;
import org.casework.common.PageRequest;
import org.casework.common.ProblemException;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.common.Versions;
import org.casework.security.Caller;
import org.casework.teams.TeamRepository;

/** Admins' webhook subscriptions, their delivery logs, and replaying a delivery. */
@ApplicationScoped
@Transactional
public class WebhookService {

    private final WebhookRepository webhooks;
    private final ChangeFeed feed;
    private final TeamRepository teams;
    private final Caller caller;
    private final CaseworkConfig.Webhooks config;
    private final Clock clock;

    public WebhookService(WebhookRepository webhooks, ChangeFeed feed, TeamRepository teams, Caller caller,
            CaseworkConfig config, Clock clock) {
        this.webhooks = webhooks;
        this.feed = feed;
        this.teams = teams;
        this.caller = caller;
        this.config = config.webhooks();
        this.clock = clock;
    }

    /** A new subscription, sent what changes from now on; the answer is the only time its secret is shown. */
    public WebhookView create(WebhookRequest request) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        apply(subscription, request);
        subscription.secret = Signature.newSecret();
        var now = feed.now();
        subscription.feedTx = now.tx();
        subscription.feedId = now.id();
        subscription.createdByWorkerId = caller.workerId().orElse(null);
        subscription.createdAt = TimeConfig.now(clock);
        webhooks.persist(subscription);
        webhooks.flush();
        return WebhookView.from(subscription).withSecret(subscription.secret);
    }

    @Transactional(TxType.SUPPORTS)
    public WebhookView get(UUID id) {
        return WebhookView.from(webhooks.require(id));
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<WebhookView> list(PageRequest page) {
        return Slice.of(webhooks.page(page).stream().map(WebhookView::from).toList(), page, WebhookView::sortKey);
    }

    /**
     * Replaces what is sent where. Disabling stops queueing; enabling again (also after Casework disabled it for
     * failing) clears the failures and sends what changed meanwhile, from where it stopped.
     */
    public WebhookView replace(UUID id, long expectedVersion, WebhookRequest request) {
        WebhookSubscription subscription = webhooks.require(id);
        Versions.check(expectedVersion, subscription.version);
        apply(subscription, request);
        webhooks.flush();
        return WebhookView.from(subscription);
    }

    public void remove(UUID id, long expectedVersion) {
        WebhookSubscription subscription = webhooks.require(id);
        Versions.check(expectedVersion, subscription.version);
        webhooks.delete(subscription);
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<DeliveryView> deliveries(UUID webhookId, String status, PageRequest page) {
        webhooks.require(webhookId);
        return Slice.of(webhooks.deliveries(webhookId, status, page), page, DeliveryView::sortKey);
    }

    @Transactional(TxType.SUPPORTS)
    public DeliveryView delivery(UUID webhookId, UUID deliveryId) {
        return webhooks.delivery(webhookId, deliveryId)
                .orElseThrow(() -> ProblemException.notFound("Delivery " + deliveryId));
    }

    /** Sends a delivery again, now, whatever became of it, with the retry schedule started over. */
    public DeliveryView replay(UUID webhookId, UUID deliveryId) {
        if (!webhooks.replay(webhookId, deliveryId)) {
            throw ProblemException.notFound("Delivery " + deliveryId);
        }
        return delivery(webhookId, deliveryId);
    }

    private void apply(WebhookSubscription subscription, WebhookRequest request) {
        subscription.url = validUrl(request.url().strip());
        subscription.description = request.description();
        List<String> types = request.eventTypes();
        for (int i = 0; i < types.size(); i++) {
            if (!EventTypes.isPattern(types.get(i))) {
                throw ProblemException.invalidBody("eventTypes[" + i + "]", "is not an event of the change feed: "
                        + "<recordType>.<change> (e.g. case.closed), <recordType>.* or *");
            }
        }
        subscription.eventTypes = types.stream().distinct().toArray(String[]::new);
        List<UUID> teamIds = request.teamIds();
        for (int i = 0; i < teamIds.size(); i++) {
            teams.requireReferenced(teamIds.get(i), "teamIds[" + i + "]");
        }
        subscription.teamIds = teamIds.stream().distinct().toArray(UUID[]::new);
        boolean active = request.activeOrDefault();
        if (active && !subscription.active) {
            subscription.disabledAt = null;
            subscription.disabledReason = null;
            subscription.consecutiveFailures = 0;
            subscription.failingSince = null;
        } else if (!active && subscription.disabledAt == null) {
            subscription.disabledAt = TimeConfig.now(clock);
            subscription.disabledReason = "Disabled by " + caller.username();
        }
        subscription.active = active;
    }

    private String validUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.invalidBody("url", "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        boolean allowed = scheme.equals("https") || (scheme.equals("http") && config.allowHttp());
        if (!allowed) {
            throw ProblemException.invalidBody("url", config.allowHttp() ? "must be an http or https URL"
                    : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw ProblemException.invalidBody("url", "must name a host, with no user name, password or fragment");
        }
        return uri.toString();
    }
}
