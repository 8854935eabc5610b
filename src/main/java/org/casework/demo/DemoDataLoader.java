package org.casework.demo;

import java.time.Clock;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.casework.audit.AuditAction;
import org.casework.audit.SystemWork;
import org.casework.common.CaseworkConfig;
import org.casework.common.TimeConfig;
import org.casework.teams.TeamRepository;

/** Loads the demo council at start-up when asked to (casework.demo-data.enabled) and the database has no teams. */
@ApplicationScoped
public class DemoDataLoader {

    private final CaseworkConfig config;
    private final TeamRepository teams;
    private final DemoCouncil council;
    private final Clock clock;
    private final SystemWork systemWork;

    public DemoDataLoader(CaseworkConfig config, TeamRepository teams, DemoCouncil council, Clock clock,
            SystemWork systemWork) {
        this.config = config;
        this.teams = teams;
        this.council = council;
        this.clock = clock;
        this.systemWork = systemWork;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.demoData().enabled()) {
            return;
        }
        if (teams.count() > 0) {
            Log.info("Demo data not loaded: the database already holds teams");
            return;
        }
        var built = systemWork.run(AuditAction.CREATE, "the demo council",
                () -> council.build(config.demoData().seed(), TimeConfig.now(clock)));
        Log.infof("Demo data loaded: %d teams, %d workers, %d people, %d cases, %d interactions", built.teams(),
                built.workers(), built.people(), built.cases(), built.interactions());
    }
}
