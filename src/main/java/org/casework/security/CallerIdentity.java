package org.casework.security;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.Coded;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one rule of who may do what: the token proves who the caller is; the caller's <em>active worker record</em>
 * decides their roles and teams. Roles in the token may only narrow the record's (a role counts when both say
 * so). An unknown or deactivated worker keeps their identity, for the audit trail, but holds no role, so every
 * operation refuses them. Tokens issued in the future or living longer than the configured maximum are refused.
 */
@ApplicationScoped
public class CallerIdentity implements SecurityIdentityAugmentor {

    /** The attribute holding the caller's {@link Record}, or nothing for an unknown or deactivated worker. */
    public static final String RECORD = "casework.worker";

    private static final String LOOKUP = """
            select w.id,
                   array(select r.role from worker_role r where r.worker_id = w.id) as roles,
                   array(select t.team_id from worker_team t where t.worker_id = w.id) as teams
            from worker w
            where lower(w.username) = lower(?) and w.active""";

    /** The caller as Casework knows them: worker id, effective roles and teams. */
    public record Record(UUID workerId, Set<Role> roles, Set<UUID> teamIds) {
    }

    private final DataSource dataSource;
    private final SecurityConfig config;
    private final Clock clock;

    public CallerIdentity(DataSource dataSource, SecurityConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            checkLifetime(token);
        }
        return context.runBlocking(() -> withRecordRoles(identity));
    }

    void checkLifetime(JsonWebToken token) {
        Instant now = clock.instant();
        long issuedAt = token.getIssuedAtTime();
        if (issuedAt <= 0) {
            throw new AuthenticationFailedException("token without iat");
        }
        if (Instant.ofEpochSecond(issuedAt).isAfter(now.plus(config.clockSkew()))) {
            throw new AuthenticationFailedException("token issued in the future");
        }
        if (token.getExpirationTime() - issuedAt > config.maxTokenLifetime().toSeconds()) {
            throw new AuthenticationFailedException("token lifetime above the maximum");
        }
    }

    private SecurityIdentity withRecordRoles(SecurityIdentity identity) {
        Record found = lookUp(identity.getPrincipal().getName());
        Set<String> claimed = identity.getRoles();
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addPermissionChecker(identity::checkPermission);
        if (found != null) {
            Set<Role> effective = found.roles().stream()
                    .filter(role -> claimed.isEmpty() || claimed.contains(role.code()))
                    .collect(Collectors.toUnmodifiableSet());
            effective.forEach(role -> builder.addRole(role.code()));
            builder.addAttribute(RECORD, new Record(found.workerId(), effective, found.teamIds()));
        }
        return builder.build();
    }

    /**
     * The worker's record as it stands now, with roles narrowed to {@code narrowedTo} as a token narrows them, or
     * empty when the worker is unknown or deactivated: for work done for a worker after their request ended (an
     * import), which must hold no more than they held when they asked, and nothing once their access has ended.
     */
    public Optional<Record> current(String username, Set<Role> narrowedTo) {
        Record found = lookUp(username);
        if (found == null) {
            return Optional.empty();
        }
        Set<Role> effective = found.roles().stream().filter(narrowedTo::contains)
                .collect(Collectors.toUnmodifiableSet());
        return Optional.of(new Record(found.workerId(), effective, found.teamIds()));
    }

    private Record lookUp(String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(LOOKUP)) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                Set<Role> roles = new LinkedHashSet<>();
                for (Object code : (Object[]) row.getArray("roles").getArray()) {
                    // the database's check constraint admits only known codes
                    roles.add(Coded.fromCode(Role.class, (String) code));
                }
                Set<UUID> teams = new LinkedHashSet<>();
                Array teamArray = row.getArray("teams");
                for (Object team : (Object[]) teamArray.getArray()) {
                    teams.add((UUID) team);
                }
                return new Record(row.getObject("id", UUID.class), Set.copyOf(roles), Set.copyOf(teams));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up the caller's worker record", e);
        }
    }
}
