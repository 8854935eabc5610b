package org.casework.reference;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReferenceCodeRepository implements PanacheRepositoryBase<ReferenceCode, ReferenceCode.Key> {

    public List<ReferenceCode> inVocabulary(Vocabulary vocabulary) {
        return find("key.vocabulary = ?1 order by sortOrder, key.code", vocabulary.code()).list();
    }

    /** Of these codes, those that exist and are active: one query, whatever their number. */
    @SuppressWarnings("unchecked")
    public Set<ReferenceCode.Key> active(List<ReferenceCode.Key> keys) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select r.vocabulary, r.code
                from reference_code r
                join unnest(cast(:vocabularies as text[]), cast(:codes as text[])) k (vocabulary, code)
                  on r.vocabulary = k.vocabulary and r.code = k.code
                where r.active
                """)
                .setParameter("vocabularies", keys.stream().map(k -> k.vocabulary).toArray(String[]::new))
                .setParameter("codes", keys.stream().map(k -> k.code).toArray(String[]::new))
                .getResultList();
        return rows.stream().map(r -> new ReferenceCode.Key((String) r[0], (String) r[1]))
                .collect(Collectors.toSet());
    }
}
