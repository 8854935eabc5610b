package org.casework.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * A statement run by plain JDBC on the connection of the current transaction, for the few that every write makes
 * (the checks of a request's references, its audit events): Hibernate's native queries map each result set and
 * flush the session first, which costs more than these statements do. Nothing is flushed, so use it only for
 * tables that the request has not changed through entities, or after flushing them.
 */
public final class PlainSql {

    private PlainSql() {
    }

    /** Sets a statement's parameters; the connection makes its arrays. */
    @FunctionalInterface
    public interface Parameters {
        void bind(Connection connection, PreparedStatement statement) throws SQLException;
    }

    /** Reads what a query answered. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    public static <T> T query(EntityManager em, String sql, Parameters parameters, Rows<T> rows) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.bind(connection, statement);
                try (ResultSet answered = statement.executeQuery()) {
                    return rows.read(answered);
                }
            }
        });
    }

    public static void execute(EntityManager em, String sql) {
        execute(em, sql, (connection, statement) -> {
        });
    }

    public static void execute(EntityManager em, String sql, Parameters parameters) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.bind(connection, statement);
                statement.execute();
            }
        });
    }
}
