package org.casework.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.ProblemException;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ReferenceService {

    private final ReferenceCodeRepository codes;

    public ReferenceService(ReferenceCodeRepository codes) {
        this.codes = codes;
    }

    public List<Vocabulary> vocabularies() {
        return Arrays.asList(Vocabulary.values());
    }

    public List<ReferenceCodeView> codes(Vocabulary vocabulary) {
        return codes.inVocabulary(vocabulary).stream().map(ReferenceCodeView::from).toList();
    }

    /** A code given in a request body, of that vocabulary, in that field (null: none given). */
    public record Use(Vocabulary vocabulary, String code, String field) {
    }

    /**
     * Checks the codes given in a request body, all in one query. Retired (inactive) codes stay valid on old
     * records but cannot be used for new ones.
     *
     * @throws ProblemException 400 naming the field of the first code, in the order given, that is unknown or
     *         retired
     */
    public void requireActive(List<Use> uses) {
        List<Use> given = uses.stream().filter(u -> u.code() != null).toList();
        if (given.isEmpty()) {
            return;
        }
        Set<ReferenceCode.Key> active = codes.active(given.stream()
                .map(u -> new ReferenceCode.Key(u.vocabulary().code(), u.code())).toList());
        for (Use use : given) {
            if (!active.contains(new ReferenceCode.Key(use.vocabulary().code(), use.code()))) {
                throw ProblemException.invalidBody(use.field(), "unknown-code", "is not a code of the "
                        + use.vocabulary().code() + " vocabulary (see /api/reference/" + use.vocabulary().code() + ")");
            }
        }
    }

    /** One code: as {@link #requireActive(List)}. */
    public void requireActive(Vocabulary vocabulary, String code, String field) {
        requireActive(List.of(new Use(vocabulary, code, field)));
    }

    /** Each code of a list, naming the list element: as {@link #requireActive(List)}. */
    public void requireActive(Vocabulary vocabulary, Collection<String> values, String field) {
        requireActive(uses(vocabulary, values, field));
    }

    /** The uses of each code of a list, naming the list element ({@code issues[0]}). */
    public static List<Use> uses(Vocabulary vocabulary, Collection<String> values, String field) {
        if (values == null) {
            return List.of();
        }
        List<Use> uses = new ArrayList<>(values.size());
        int index = 0;
        for (String code : values) {
            uses.add(new Use(vocabulary, code, field + "[" + index++ + "]"));
        }
        return uses;
    }
}
