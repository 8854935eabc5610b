package org.casework.common;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the database answers. The readiness endpoint is unauthenticated, so it says up or down and nothing
 * else: the connection error (host names, user names) goes to the log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private final DataSource dataSource;

    public DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(3)).build();
        } catch (SQLException e) {
            Log.warnf("Readiness: the database is unavailable (SQL state %s)", e.getSQLState());
            return HealthCheckResponse.down("database");
        }
    }
}
