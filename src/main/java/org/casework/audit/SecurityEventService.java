package org.casework.audit;

import java.time.Clock;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.PageRequest;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;

/** Refused requests: kept for admins, logged, and counted for the metrics. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class SecurityEventService {

    private final SecurityEventRepository events;
    private final MeterRegistry metrics;
    private final Clock clock;

    public SecurityEventService(SecurityEventRepository events, MeterRegistry metrics, Clock clock) {
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Keeps a refused request, in a transaction of its own (the request's own was rolled back). A failure to keep
     * it is logged, never answered: the client already has its refusal.
     */
    public void refused(SecurityEvent event) {
        event.id = UUID.randomUUID();
        event.at = TimeConfig.now(clock);
        metrics.counter("casework.requests.refused", "status", Integer.toString(event.status)).increment();
        Log.infof("Refused %s %s with %d for %s, request %s", event.method, event.path, event.status,
                event.username == null ? "an unauthenticated caller" : event.username, event.requestId);
        try {
            QuarkusTransaction.requiringNew().run(() -> events.persist(event));
        } catch (RuntimeException e) {
            Log.errorf("Could not keep the security event of request %s (%s)", event.requestId,
                    e.getClass().getName());
        }
    }

    /** The admin's view, newest first. */
    public Slice<SecurityEventView> list(SecurityEventRepository.Filter filter, PageRequest page) {
        return Slice.of(events.page(filter, page).stream().map(SecurityEventView::from).toList(), page,
                SecurityEventView::sortKey);
    }
}
