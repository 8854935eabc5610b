package org.casework.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;
import org.casework.common.SqlValues;
import org.casework.security.TeamScope;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** Who holds this identifier (system and value as stored: normalised), if anyone. */
    public Optional<UUID> holderOf(String system, String value) {
        return getEntityManager().createQuery("""
                select p.id from Person p join p.externalIds e where e.system = :system and e.value = :value
                """, UUID.class)
                .setParameter("system", system).setParameter("value", value)
                .getResultStream().findFirst();
    }

    /**
     * Who a team may see: the people it registered, holds a case for, was sent a referral about, or is linked to
     * (it registered them by an identifier they already held). Plain SQL, so this package need not depend on cases
     * and referrals, and the scope binds as everywhere (null: every team). Reads the person as {@code p} and the
     * scope as {@code :teams}; the change feed asks it too.
     */
    public static final String VISIBLE_IN_SCOPE = """
            (cast(:teams as uuid[]) is null
             or p.registered_by_team_id = any(cast(:teams as uuid[]))
             or exists (select 1 from support_case c where c.person_id = p.id and c.team_id = any(cast(:teams as uuid[])))
             or exists (select 1 from referral r where r.person_id = p.id and r.to_team_id = any(cast(:teams as uuid[])))
             or exists (select 1 from person_team_link l where l.person_id = p.id and l.team_id = any(cast(:teams as uuid[]))))""";

    /** Whether any team of the scope sees the person. */
    public boolean isVisible(UUID personId, TeamScope scope) {
        if (scope.isEveryTeam()) {
            return true;
        }
        return scope.bind(getEntityManager().createNativeQuery(
                "select exists (select 1 from person p where p.id = :id and " + VISIBLE_IN_SCOPE + ")", Boolean.class)
                .setParameter("id", personId), "teams").getSingleResult() == Boolean.TRUE;
    }

    /** People matching every given criterion and visible in the scope, ordered by full name then id, one page. */
    public List<PersonSummary> search(String name, LocalDate dateOfBirth, String identifierSystem,
            String identifierValue, TeamScope scope, PageRequest page) {
        StringBuilder where = new StringBuilder(VISIBLE_IN_SCOPE);
        Map<String, Object> params = new HashMap<>();
        if (name != null) {
            where.append(" and (p.full_name ilike :name escape '\\' or p.preferred_name ilike :name escape '\\')");
            params.put("name", "%" + escapeLike(name) + "%");
        }
        if (dateOfBirth != null) {
            where.append(" and p.date_of_birth = :dateOfBirth");
            params.put("dateOfBirth", dateOfBirth);
        }
        if (identifierSystem != null) {
            where.append(" and exists (select 1 from person_identifier e where e.person_id = p.id"
                    + " and e.system = :system" + (identifierValue != null ? " and e.value = :value" : "") + ")");
            params.put("system", identifierSystem);
            if (identifierValue != null) {
                params.put("value", identifierValue);
            }
        }
        if (!page.isFirst()) {
            where.append(" and (p.full_name > :afterName or (p.full_name = :afterName and p.id > :afterId))");
            params.put("afterName", page.after(0));
            params.put("afterId", page.afterUuid(1));
        }
        var query = getEntityManager().createNativeQuery("""
                select p.id, p.preferred_name, p.full_name, p.date_of_birth, p.pronouns, p.registered_by_team_id
                from person p where %s order by p.full_name, p.id limit :fetch
                """.formatted(where));
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(query, "teams").setParameter("fetch", page.fetchSize()).getResultList();
        return rows.stream().map(r -> new PersonSummary((UUID) r[0], (String) r[1], (String) r[2],
                SqlValues.date(r[3]), (String) r[4], (UUID) r[5])).toList();
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
