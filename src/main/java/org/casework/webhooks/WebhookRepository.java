package org.casework.webhooks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;
import org.casework.common.ProblemException;
import org.casework.common.SqlValues;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    public WebhookSubscription require(UUID id) {
        WebhookSubscription subscription = findById(id);
        if (subscription == null) {
            throw ProblemException.notFound("Webhook " + id);
        }
        return subscription;
    }

    /** Oldest first. */
    public List<WebhookSubscription> page(PageRequest page) {
        if (page.isFirst()) {
            return find("order by createdAt, id").range(0, page.fetchSize() - 1).list();
        }
        return find("createdAt > ?1 or (createdAt = ?1 and id > ?2) order by createdAt, id",
                page.afterTimestamp(0), page.afterUuid(1)).range(0, page.fetchSize() - 1).list();
    }

    private static final String DELIVERY = """
            select d.id, d.subscription_id, d.event_type, d.status,
                   (select count(*) from webhook_attempt a where a.delivery_id = d.id),
                   d.next_attempt_at, d.last_status_code, d.last_error, d.created_at, d.delivered_at, d.payload
            from webhook_delivery d
            """;

    /** A subscription's deliveries, newest first. */
    List<DeliveryView> deliveries(UUID webhookId, String status, PageRequest page) {
        var query = getEntityManager().createNativeQuery(DELIVERY + """
                where d.subscription_id = :webhook
                  and (cast(:status as text) is null or d.status = cast(:status as text))
                  and (cast(:afterAt as timestamptz) is null
                       or (d.created_at, d.id) < (cast(:afterAt as timestamptz), cast(:afterId as uuid)))
                order by d.created_at desc, d.id desc
                limit :fetch
                """).setParameter("webhook", webhookId).setParameter("status", status)
                .setParameter("afterAt", page.isFirst() ? null : page.afterTimestamp(0))
                .setParameter("afterId", page.isFirst() ? null : page.afterUuid(1))
                .setParameter("fetch", page.fetchSize());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> view(r, false, null)).toList();
    }

    Optional<DeliveryView> delivery(UUID webhookId, UUID deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(DELIVERY
                + " where d.subscription_id = :webhook and d.id = :id")
                .setParameter("webhook", webhookId).setParameter("id", deliveryId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> attempts = getEntityManager().createNativeQuery("""
                select attempted_at, status_code, error, duration_ms from webhook_attempt
                where delivery_id = :id order by attempted_at, id
                """).setParameter("id", deliveryId).getResultList();
        return Optional.of(view(rows.get(0), true, attempts.stream().map(a -> new DeliveryView.Attempt(
                SqlValues.timestamp(a[0]), a[1] == null ? null : ((Number) a[1]).intValue(), (String) a[2],
                ((Number) a[3]).intValue())).toList()));
    }

    private static DeliveryView view(Object[] r, boolean whole, List<DeliveryView.Attempt> attempts) {
        return new DeliveryView((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (int) SqlValues.count(r[4]),
                SqlValues.timestamp(r[5]), r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7],
                SqlValues.timestamp(r[8]), SqlValues.timestamp(r[9]), whole ? (String) r[10] : null, attempts);
    }

    /** Queues a delivery to be sent now, its retry schedule started over; false when there is no such delivery. */
    boolean replay(UUID webhookId, UUID deliveryId) {
        return getEntityManager().createNativeQuery("""
                update webhook_delivery
                set status = 'pending', attempts = 0, next_attempt_at = now(), claimed_until = null
                where id = :id and subscription_id = :webhook
                """).setParameter("id", deliveryId).setParameter("webhook", webhookId).executeUpdate() == 1;
    }
}
