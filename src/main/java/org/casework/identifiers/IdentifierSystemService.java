package org.casework.identifiers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.PageRequest;
import org.casework.common.Params;
import org.casework.common.Problem.FieldError;
import org.casework.common.ProblemException;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.identifiers.IdentifierRules.Normaliser;
import org.casework.identifiers.IdentifierRules.Validator;

/** The catalogue of identifier systems, and the check every external identifier passes before it is stored. */
@ApplicationScoped
@Transactional
public class IdentifierSystemService {

    private final IdentifierSystemRepository systems;
    private final Clock clock;

    public IdentifierSystemService(IdentifierSystemRepository systems, Clock clock) {
        this.systems = systems;
        this.clock = clock;
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<IdentifierSystemView> list(PageRequest page) {
        return Slice.of(systems.page(page).stream().map(IdentifierSystemView::from).toList(), page,
                IdentifierSystemView::sortKey);
    }

    @Transactional(TxType.SUPPORTS)
    public IdentifierSystemView get(String code) {
        return find(code).map(IdentifierSystemView::from)
                .orElseThrow(() -> ProblemException.notFound("Identifier system " + code));
    }

    /**
     * Adds a free-form system: its values are trimmed and may be anything else. Systems with a format of their own
     * (normaliser and validator) come with a migration and a rule in {@link IdentifierRules}.
     *
     * @throws ProblemException 409 naming {@code code} when a system has that code, in any case
     */
    public IdentifierSystemView define(NewIdentifierSystem request) {
        String code = IdentifierRules.canonicalCode(request.code());
        if (find(code).isPresent()) {
            throw ProblemException.conflict("Identifier system " + code + " already exists",
                    FieldError.body("code", "is already an identifier system (codes are case-insensitive)"));
        }
        IdentifierSystem system = new IdentifierSystem();
        system.code = code;
        system.labelEn = request.labelEn().strip();
        system.labelCy = request.labelCy().strip();
        system.normaliser = Normaliser.TRIM;
        system.validator = Validator.ANY;
        system.builtIn = false;
        system.createdAt = TimeConfig.now(clock);
        systems.persist(system);
        systems.flush();
        return IdentifierSystemView.from(system);
    }

    /**
     * The identifiers of a request body as they are stored: each system by its lower-case code, each value in its
     * system's normal form ({@code 401 023 2137} is the NHS number {@code 4010232137}).
     *
     * @throws ProblemException 400 naming every unknown system ({@code listField[i].system}, with the known codes)
     *                          and every value its system refuses ({@code listField[i].value})
     */
    @Transactional(TxType.SUPPORTS)
    public List<IdentifierValue> checked(List<IdentifierValue> given, String listField) {
        List<IdentifierValue> checked = new ArrayList<>(given.size());
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            IdentifierValue identifier = given.get(i);
            String field = listField + "[" + i + "]";
            Optional<IdentifierSystem> system = find(identifier.system());
            if (system.isEmpty()) {
                problems.add(FieldError.body(field + ".system", unknown()));
                continue;
            }
            String value = system.get().normalise(identifier.value());
            system.get().validator.problem(value)
                    .ifPresent(problem -> problems.add(FieldError.body(field + ".value", problem)));
            checked.add(new IdentifierValue(system.get().code, value));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems.toArray(FieldError[]::new));
        }
        return checked;
    }

    /**
     * A search by identifier: the system must be known ({@code 400} naming {@code identifierSystem}); the value, if
     * any, is normalised but not judged, so a value kept from before the rules is still found.
     */
    @Transactional(TxType.SUPPORTS)
    public IdentifierValue forSearch(String system, String value) {
        IdentifierSystem found = find(system).orElseThrow(() -> Params.invalid("identifierSystem", unknown()));
        return new IdentifierValue(found.code, value == null ? null : found.normalise(value));
    }

    private Optional<IdentifierSystem> find(String code) {
        return code == null || code.isBlank() ? Optional.empty()
                : systems.findByIdOptional(IdentifierRules.canonicalCode(code));
    }

    private String unknown() {
        return "is not a known identifier system; known: " + String.join(", ", systems.codes())
                + " (see /api/identifier-systems)";
    }
}
