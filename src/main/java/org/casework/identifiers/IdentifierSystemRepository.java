package org.casework.identifiers;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;

@ApplicationScoped
public class IdentifierSystemRepository implements PanacheRepositoryBase<IdentifierSystem, String> {

    /** One page by code. */
    public List<IdentifierSystem> page(PageRequest page) {
        if (page.isFirst()) {
            return find("order by code").page(0, page.fetchSize()).list();
        }
        return find("code > ?1 order by code", page.after(0)).page(0, page.fetchSize()).list();
    }

    /** Every code, in order: what an error lists when a system is unknown. */
    public List<String> codes() {
        return getEntityManager().createQuery("select s.code from IdentifierSystem s order by s.code", String.class)
                .getResultList();
    }
}
