package org.casework.identifiers;

import java.util.List;

import org.casework.identifiers.IdentifierRules.Normaliser;
import org.casework.identifiers.IdentifierRules.Validator;

/** An identifier system as the API answers it. */
public record IdentifierSystemView(String code, String labelEn, String labelCy, Normaliser normaliser,
        Validator validator, boolean builtIn) {

    static IdentifierSystemView from(IdentifierSystem system) {
        return new IdentifierSystemView(system.code, system.labelEn, system.labelCy, system.normaliser,
                system.validator, system.builtIn);
    }

    List<String> sortKey() {
        return List.of(code);
    }
}
