package org.casework.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * The list query the features share: entities matching the filters that were given, newest first by a timestamp
 * and then id, one keyset page at a time. A filter whose value is null is left out.
 */
public final class NewestFirst<T> {

    private final Class<T> type;
    private final String alias;
    private final String timestamp;
    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    private NewestFirst(Class<T> type, String alias, String timestamp) {
        this.type = type;
        this.alias = alias;
        this.timestamp = alias + "." + timestamp;
    }

    /** {@code NewestFirst.of(Offer.class, "o", "offeredAt")}: offers, newest offered first. */
    public static <T> NewestFirst<T> of(Class<T> type, String alias, String timestamp) {
        return new NewestFirst<>(type, alias, timestamp);
    }

    /** {@code alias.field = :field}, when the value is given. */
    public NewestFirst<T> equal(String field, Object value) {
        return where(alias + "." + field + " = :" + field, field, value);
    }

    /** Any condition with one named parameter, when the value is given. */
    public NewestFirst<T> where(String condition, String parameter, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(parameter, value);
        }
        return this;
    }

    public List<T> page(EntityManager entityManager, PageRequest page) {
        if (!page.isFirst()) {
            where.append(" and (").append(timestamp).append(" < :afterAt or (").append(timestamp)
                    .append(" = :afterAt and ").append(alias).append(".id < :afterId))");
            params.put("afterAt", page.afterTimestamp(0));
            params.put("afterId", page.afterUuid(1));
        }
        var query = entityManager.createQuery("select " + alias + " from " + type.getSimpleName() + " " + alias
                + " where " + where + " order by " + timestamp + " desc, " + alias + ".id desc", type);
        params.forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }
}
