package org.casework.people;

import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PersonLinkRepository implements PanacheRepositoryBase<PersonLink, UUID> {

    public Optional<PersonLink> of(UUID personId, UUID teamId) {
        return find("personId = ?1 and teamId = ?2", personId, teamId).firstResultOptional();
    }
}
