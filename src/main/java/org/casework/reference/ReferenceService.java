package org.casework.reference;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

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

    /**
     * Checks a code given in a request body. Retired (inactive) codes stay valid on old records but cannot be
     * used for new ones.
     *
     * @throws ProblemException 400 naming {@code field} when the code is unknown or retired
     */
    public void requireActive(Vocabulary vocabulary, String code, String field) {
        if (code == null) {
            return;
        }
        ReferenceCode found = codes.findById(new ReferenceCode.Key(vocabulary.code(), code));
        if (found == null || !found.active) {
            throw ProblemException.invalidBody(field, "unknown-code",
                    "is not a code of the " + vocabulary.code() + " vocabulary (see /api/reference/" + vocabulary.code() + ")");
        }
    }

    /** As {@link #requireActive} for each code of a list, naming the list element. */
    public void requireActive(Vocabulary vocabulary, Collection<String> values, String field) {
        if (values == null) {
            return;
        }
        int index = 0;
        for (String code : values) {
            requireActive(vocabulary, code, field + "[" + index++ + "]");
        }
    }
}
