package org.casework.network;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.PageRequest;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.common.Versions;
import org.casework.people.PersonService;
import org.casework.reference.ReferenceService;
import org.casework.reference.Vocabulary;

@ApplicationScoped
@Transactional
public class NetworkService {

    private final NetworkRepository network;
    private final PersonService people;
    private final ReferenceService reference;
    private final Clock clock;

    public NetworkService(NetworkRepository network, PersonService people, ReferenceService reference, Clock clock) {
        this.network = network;
        this.people = people;
        this.reference = reference;
        this.clock = clock;
    }

    public NetworkMemberView add(UUID personId, NetworkMemberRequest request) {
        people.requireWritable(personId);
        NetworkMember member = new NetworkMember();
        member.id = UUID.randomUUID();
        member.personId = personId;
        member.createdAt = TimeConfig.now(clock);
        apply(request, member);
        network.persist(member);
        network.flush();
        return NetworkMemberView.from(member);
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<NetworkMemberView> list(UUID personId, PageRequest page) {
        people.require(personId);
        return Slice.of(network.page(personId, page).stream().map(NetworkMemberView::from).toList(), page,
                NetworkMemberView::sortKey);
    }

    @Transactional(TxType.SUPPORTS)
    public NetworkMemberView get(UUID personId, UUID memberId) {
        people.require(personId);
        return NetworkMemberView.from(network.require(personId, memberId));
    }

    public NetworkMemberView replace(UUID personId, UUID memberId, long expectedVersion, NetworkMemberRequest request) {
        people.requireWritable(personId);
        NetworkMember member = network.require(personId, memberId);
        Versions.check(expectedVersion, member.version);
        apply(request, member);
        network.flush();
        return NetworkMemberView.from(member);
    }

    /** Someone who is no longer part of the person's life is removed from their network. */
    public void remove(UUID personId, UUID memberId, long expectedVersion) {
        people.requireWritable(personId);
        NetworkMember member = network.require(personId, memberId);
        Versions.check(expectedVersion, member.version);
        network.delete(member);
        // a concurrent change fails here as 412, not later at commit
        network.flush();
    }

    private void apply(NetworkMemberRequest request, NetworkMember member) {
        // a retired code stays valid on a member who already has it, so their other details can still change
        if (!request.relationship().equals(member.relationship)) {
            reference.requireActive(Vocabulary.RELATIONSHIP, request.relationship(), "relationship");
        }
        member.name = request.name().strip();
        member.relationship = request.relationship();
        member.organisation = request.organisation();
        member.phone = request.phone();
        member.email = request.email();
        member.supportive = request.supportive();
        member.consentToContact = Boolean.TRUE.equals(request.consentToContact());
        member.notes = request.notes();
    }
}
