package org.casework.reference;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReferenceCodeRepository implements PanacheRepositoryBase<ReferenceCode, ReferenceCode.Key> {

    public List<ReferenceCode> inVocabulary(Vocabulary vocabulary) {
        return find("key.vocabulary = ?1 order by sortOrder, key.code", vocabulary.code()).list();
    }
}
