package org.casework.teams;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.PageRequest;
import org.casework.common.Problem.FieldError;
import org.casework.common.ProblemException;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.common.Versions;

@ApplicationScoped
@Transactional
public class TeamService {

    private final TeamRepository teams;
    private final Clock clock;

    public TeamService(TeamRepository teams, Clock clock) {
        this.teams = teams;
        this.clock = clock;
    }

    public TeamView create(TeamRequest request) {
        requireNameFree(request.name(), null);
        Team team = new Team();
        team.id = UUID.randomUUID();
        team.name = request.name().strip();
        team.description = request.description();
        team.repeatWindowDays = request.repeatWindowDaysOrDefault();
        team.createdAt = TimeConfig.now(clock);
        teams.persist(team);
        teams.flush();
        return TeamView.from(team);
    }

    /** Every team's name by id: few, and not personal data. */
    @Transactional(TxType.SUPPORTS)
    public java.util.Map<UUID, String> names() {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        teams.listAll().forEach(team -> names.put(team.id, team.name));
        return names;
    }

    @Transactional(TxType.SUPPORTS)
    public TeamView get(UUID id) {
        return TeamView.from(teams.require(id));
    }

    public TeamView replace(UUID id, long expectedVersion, TeamRequest request) {
        Team team = teams.require(id);
        Versions.check(expectedVersion, team.version);
        requireNameFree(request.name(), id);
        team.name = request.name().strip();
        team.description = request.description();
        team.repeatWindowDays = request.repeatWindowDaysOrDefault();
        teams.flush();
        return TeamView.from(team);
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<TeamView> list(PageRequest page) {
        return Slice.of(teams.page(page).stream().map(TeamView::from).toList(), page, TeamView::sortKey);
    }

    private void requireNameFree(String name, UUID self) {
        if (teams.nameTaken(name.strip(), self)) {
            throw ProblemException.conflict("Team names are unique",
                    FieldError.body("name", "is already the name of another team"));
        }
    }
}
