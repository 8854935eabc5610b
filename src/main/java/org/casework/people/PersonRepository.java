package org.casework.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;

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
     * (it registered them by an identifier they already held). Entity names in HQL, so this package need not
     * depend on cases and referrals.
     */
    private static final String VISIBLE_TO_TEAMS = """
            (p.registeredByTeamId in :teams
             or exists (select 1 from SupportCase c where c.personId = p.id and c.teamId in :teams)
             or exists (select 1 from Referral r where r.personId = p.id and r.toTeamId in :teams)
             or exists (select 1 from PersonLink l where l.personId = p.id and l.teamId in :teams))""";

    /** Whether the person is visible to any of the teams; null teams means everyone is. */
    public boolean isVisible(UUID personId, Set<UUID> teams) {
        if (teams == null) {
            return true;
        }
        if (teams.isEmpty()) {
            return false;
        }
        return getEntityManager().createQuery("select count(p) from Person p where p.id = :id and "
                + VISIBLE_TO_TEAMS, Long.class)
                .setParameter("id", personId).setParameter("teams", teams).getSingleResult() > 0;
    }

    /** People matching every given criterion and visible to the teams, ordered by full name then id, one page. */
    public List<PersonSummary> search(String name, LocalDate dateOfBirth, String identifierSystem,
            String identifierValue, Set<UUID> teams, PageRequest page) {
        if (teams != null && teams.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (teams != null) {
            where.append(" and ").append(VISIBLE_TO_TEAMS);
            params.put("teams", teams);
        }
        if (name != null) {
            where.append(" and (p.fullName ilike :name escape '\\' or p.preferredName ilike :name escape '\\')");
            params.put("name", "%" + escapeLike(name) + "%");
        }
        if (dateOfBirth != null) {
            where.append(" and p.dateOfBirth = :dateOfBirth");
            params.put("dateOfBirth", dateOfBirth);
        }
        if (identifierSystem != null) {
            where.append(" and exists (select 1 from Person q join q.externalIds e where q.id = p.id"
                    + " and e.system = :system" + (identifierValue != null ? " and e.value = :value" : "") + ")");
            params.put("system", identifierSystem);
            if (identifierValue != null) {
                params.put("value", identifierValue);
            }
        }
        if (!page.isFirst()) {
            where.append(" and (p.fullName > :afterName or (p.fullName = :afterName and p.id > :afterId))");
            params.put("afterName", page.after(0));
            params.put("afterId", page.afterUuid(1));
        }
        var query = getEntityManager().createQuery("""
                select new org.casework.people.PersonSummary(p.id, p.preferredName, p.fullName, p.dateOfBirth,
                       p.pronouns, p.registeredByTeamId)
                from Person p where %s order by p.fullName, p.id
                """.formatted(where), PersonSummary.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
