package org.casework.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.jpa.HibernateHints;

/**
 * The list query the features share: rows of one table matching the filters that were given, newest first by a
 * timestamp column and then id, one keyset page at a time, read as entities. A filter whose value is null is left
 * out. It is plain SQL, so that {@code make bench} can time in psql exactly the statement the app runs
 * ({@link #sql(PageRequest)}).
 */
public final class NewestFirst<T> {

    private final Class<T> type;
    private final String table;
    private final String alias;
    private final String timestamp;
    private final StringBuilder where = new StringBuilder("true");
    private final Map<String, Object> params = new LinkedHashMap<>();

    private NewestFirst(Class<T> type, String table, String alias, String timestamp) {
        this.type = type;
        this.table = table;
        this.alias = alias;
        this.timestamp = alias + "." + timestamp;
    }

    /** {@code NewestFirst.of(Offer.class, "offer", "o", "offered_at")}: offers, newest offered first. */
    public static <T> NewestFirst<T> of(Class<T> type, String table, String alias, String timestampColumn) {
        return new NewestFirst<>(type, table, alias, timestampColumn);
    }

    /** {@code alias.column = :column}, when the value is given; a coded value is compared by its code. */
    public NewestFirst<T> equal(String column, Object value) {
        return where(alias + "." + column + " = :" + column, column, value instanceof Coded coded ? coded.code()
                : value);
    }

    /** Any condition with one named parameter, when the value is given. */
    public NewestFirst<T> where(String condition, String parameter, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(parameter, value);
        }
        return this;
    }

    /** The statement for a page, with named parameters ({@code :fetch} rows, the keyset after the first page). */
    public String sql(PageRequest page) {
        String keyset = page.isFirst() ? ""
                : " and (" + timestamp + " < :afterAt or (" + timestamp + " = :afterAt and " + alias
                        + ".id < :afterId))";
        return "select " + alias + ".* from " + table + " " + alias + " where " + where + keyset
                + " order by " + timestamp + " desc, " + alias + ".id desc limit :fetch";
    }

    /** The page, read-only: what a list answers is not changed in the same request, so nothing is kept to compare. */
    public List<T> page(EntityManager entityManager, PageRequest page) {
        var query = entityManager.createNativeQuery(sql(page), type).setHint(HibernateHints.HINT_READ_ONLY, true);
        params.forEach(query::setParameter);
        if (!page.isFirst()) {
            query.setParameter("afterAt", page.afterTimestamp(0)).setParameter("afterId", page.afterUuid(1));
        }
        @SuppressWarnings("unchecked")
        List<T> rows = query.setParameter("fetch", page.fetchSize()).getResultList();
        return rows;
    }
}
