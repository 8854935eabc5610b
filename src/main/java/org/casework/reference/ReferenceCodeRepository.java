package org.casework.reference;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PlainSql;

@ApplicationScoped
public class ReferenceCodeRepository implements PanacheRepositoryBase<ReferenceCode, ReferenceCode.Key> {

    public List<ReferenceCode> inVocabulary(Vocabulary vocabulary) {
        return find("key.vocabulary = ?1 order by sortOrder, key.code", vocabulary.code()).list();
    }

    /** Of these codes, those that exist and are active: one query, whatever their number. */
    public Set<ReferenceCode.Key> active(List<ReferenceCode.Key> keys) {
        return PlainSql.query(getEntityManager(), """
                select r.vocabulary, r.code
                from reference_code r
                join unnest(cast(? as text[]), cast(? as text[])) k (vocabulary, code)
                  on r.vocabulary = k.vocabulary and r.code = k.code
                where r.active""", (connection, query) -> {
            query.setArray(1, connection.createArrayOf("text", keys.stream().map(k -> k.vocabulary).toArray()));
            query.setArray(2, connection.createArrayOf("text", keys.stream().map(k -> k.code).toArray()));
        }, rows -> {
            Set<ReferenceCode.Key> active = new HashSet<>();
            while (rows.next()) {
                active.add(new ReferenceCode.Key(rows.getString(1), rows.getString(2)));
            }
            return active;
        });
    }
}
