package org.casework.interactions;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.NewestFirst;
import org.casework.common.PageRequest;
import org.casework.common.PlainSql;
import org.casework.common.ProblemException;
import org.casework.security.TeamScope;

@ApplicationScoped
public class InteractionRepository implements PanacheRepositoryBase<Interaction, UUID> {

    /**
     * Stores a new contact with its issues and the other workers present, in one statement: logging a contact is
     * the busiest write there is, and Hibernate would send the contact, then its issues as two statements (the
     * driver splits a batch of three rows into two and one), each firing the issues' trigger. Corrections go
     * through the entity as every other change does.
     */
    public void insert(Interaction contact) {
        PlainSql.execute(getEntityManager(), """
                with contact as (
                    insert into interaction (id, case_id, person_id, team_id, occurred_at, recorded_at,
                                             recorded_by_worker_id, contact_status, channel, initiator,
                                             duration_minutes, lead_worker_id, summary, what_mattered, outcome,
                                             follow_up_on, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    returning id),
                issues as (
                    insert into interaction_issue (interaction_id, category)
                    select contact.id, unnest(cast(? as text[])) from contact)
                insert into interaction_worker (interaction_id, worker_id)
                select contact.id, unnest(cast(? as uuid[])) from contact""", (connection, insert) -> {
            insert.setObject(1, contact.id);
            insert.setObject(2, contact.caseId);
            insert.setObject(3, contact.personId);
            insert.setObject(4, contact.teamId);
            insert.setObject(5, contact.occurredAt);
            insert.setObject(6, contact.recordedAt);
            insert.setObject(7, contact.recordedByWorkerId, Types.OTHER);
            insert.setString(8, contact.contactStatus.code());
            insert.setString(9, contact.channel);
            insert.setString(10, contact.initiator);
            insert.setObject(11, contact.durationMinutes, Types.INTEGER);
            insert.setObject(12, contact.leadWorkerId);
            insert.setString(13, contact.summary);
            insert.setString(14, contact.whatMattered);
            insert.setString(15, contact.outcome);
            insert.setObject(16, contact.followUpOn, Types.DATE);
            insert.setLong(17, contact.version);
            insert.setArray(18, connection.createArrayOf("text", contact.issues.toArray()));
            insert.setArray(19, connection.createArrayOf("uuid", contact.otherWorkerIds.toArray()));
        });
    }

    /**
     * The interaction, when it belongs to that case and the caller may read its team's records: an id under
     * another case, or of another team, is not found.
     */
    public Interaction require(UUID caseId, UUID id, TeamScope scope) {
        Interaction interaction = findById(id);
        if (interaction == null || !interaction.caseId.equals(caseId) || !scope.reads(interaction.teamId)) {
            throw ProblemException.notFound("Interaction " + id + " on case " + caseId);
        }
        scope.require("Interaction " + id + " on case " + caseId, interaction.teamId);
        return interaction;
    }

    /** A case's interactions matching the filters, most recent first. */
    public List<Interaction> page(UUID caseId, OffsetDateTime from, OffsetDateTime to, ContactStatus status,
            PageRequest page) {
        return NewestFirst.of(Interaction.class, "interaction", "i", "occurred_at")
                .equal("case_id", caseId)
                .where("i.occurred_at >= :from", "from", from).where("i.occurred_at <= :to", "to", to)
                .equal("contact_status", status)
                .page(getEntityManager(), page);
    }
}
