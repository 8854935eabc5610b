package org.casework.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.transaction.RollbackException;

/**
 * What a failure from the database means to the client, wherever in the cause chain the database's error sits
 * (Hibernate, the transaction manager and Agroal each wrap it).
 */
public enum DatabaseFault {
    /** A unique or exclusion constraint: two requests raced for the same value. */
    UNIQUE_RACE,
    /** A deadlock or serialization failure: undone whole, safe to send again. */
    RETRYABLE,
    /** The database cannot be reached or is shutting down: nothing was done; try again shortly. */
    UNAVAILABLE,
    /** Anything else: a fault of ours. */
    NONE;

    public static DatabaseFault of(Throwable e) {
        String state = sqlState(e);
        if (state != null) {
            if (state.equals("23505") || state.equals("23P01")) {
                return UNIQUE_RACE;
            }
            if (state.equals("40P01") || state.equals("40001")) {
                return RETRYABLE;
            }
            // 08: connection exceptions; 57P01-57P03: the server is shutting down or not yet accepting
            if (state.startsWith("08") || state.startsWith("57P")) {
                return UNAVAILABLE;
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SQLTransientConnectionException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return UNAVAILABLE;
            }
            // a commit the transaction manager had to roll back: the database undid the whole request
            if (cause instanceof RollbackException) {
                return RETRYABLE;
            }
        }
        return NONE;
    }

    /** The SQL state of the first database error among the causes, or null. */
    public static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
