package org.casework.outcomes;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.casework.common.PageRequest;

/** Instruments and their versions. Instruments are reference data: every signed-in caller may read them. */
@ApplicationScoped
public class InstrumentRepository implements PanacheRepositoryBase<InstrumentVersion, UUID> {

    /** A version with its instrument, as lists and look-ups answer them. */
    public record Versioned(Instrument instrument, InstrumentVersion version) {
    }

    /** Which instrument and version number an assessment was made with, for its view. */
    public record Label(String code, int version) {
    }

    public Optional<Instrument> instrument(String code) {
        return getEntityManager().createQuery("select i from Instrument i where i.code = :code", Instrument.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** The instrument, locked until the transaction ends, so two new versions cannot take the same number. */
    public Optional<Instrument> instrumentForUpdate(String code) {
        return instrument(code).map(i -> {
            getEntityManager().lock(i, LockModeType.PESSIMISTIC_WRITE);
            return i;
        });
    }

    public InstrumentVersion current(UUID instrumentId) {
        return find("instrumentId = ?1 and current = true", instrumentId).firstResult();
    }

    public Optional<InstrumentVersion> version(UUID instrumentId, int version) {
        return find("instrumentId = ?1 and version = ?2", instrumentId, version).firstResultOptional();
    }

    public int latestVersionNumber(UUID instrumentId) {
        Integer latest = getEntityManager().createQuery(
                "select max(v.version) from InstrumentVersion v where v.instrumentId = :id", Integer.class)
                .setParameter("id", instrumentId).getSingleResult();
        return latest == null ? 0 : latest;
    }

    /** The current version of every instrument, by code. */
    public List<Versioned> currentVersions(PageRequest page) {
        String after = page.isFirst() ? "" : " and i.code > :after";
        var query = getEntityManager().createQuery("select i, v from Instrument i, InstrumentVersion v"
                + " where v.instrumentId = i.id and v.current = true" + after + " order by i.code", Object[].class);
        if (!page.isFirst()) {
            query.setParameter("after", page.after(0));
        }
        return query.setMaxResults(page.fetchSize()).getResultList().stream()
                .map(row -> new Versioned((Instrument) row[0], (InstrumentVersion) row[1])).toList();
    }

    /** Code and version number of each version id, in one query. */
    public Map<UUID, Label> labels(Collection<UUID> versionIds) {
        Map<UUID, Label> labels = new HashMap<>();
        if (versionIds.isEmpty()) {
            return labels;
        }
        getEntityManager().createQuery("select v.id, i.code, v.version from InstrumentVersion v, Instrument i"
                + " where v.instrumentId = i.id and v.id in :ids", Object[].class)
                .setParameter("ids", versionIds).getResultList()
                .forEach(row -> labels.put((UUID) row[0], new Label((String) row[1], (Integer) row[2])));
        return labels;
    }

    public void persist(Instrument instrument) {
        getEntityManager().persist(instrument);
    }
}
