package org.casework.workers;

import java.time.Clock;
import java.util.UUID;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.casework.common.TimeConfig;
import org.casework.security.Role;
import org.casework.security.SecurityConfig;

/**
 * Only a worker record grants a role, so a new installation needs its first admin made here: when
 * {@code casework.security.bootstrap-admin} names a username no worker has yet, that worker is created as an
 * active admin. An existing worker of that name is left exactly as it is (a deactivated admin stays deactivated).
 */
@ApplicationScoped
public class BootstrapAdmin {

    private final SecurityConfig config;
    private final WorkerRepository workers;
    private final Clock clock;

    public BootstrapAdmin(SecurityConfig config, WorkerRepository workers, Clock clock) {
        this.config = config;
        this.workers = workers;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        config.bootstrapAdmin().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(username -> {
            if (workers.usernameTaken(username, null)) {
                return;
            }
            Worker admin = new Worker();
            admin.id = UUID.randomUUID();
            admin.username = username;
            admin.displayName = username;
            admin.roles.add(Role.ADMIN);
            admin.active = true;
            admin.createdAt = TimeConfig.now(clock);
            workers.persist(admin);
            Log.infof("Created the bootstrap admin worker %s", admin.id);
        });
    }
}
