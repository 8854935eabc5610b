package org.casework.reference;

public record ReferenceCodeView(String code, String labelEn, String labelCy, boolean active) {

    static ReferenceCodeView from(ReferenceCode code) {
        return new ReferenceCodeView(code.key.code, code.labelEn, code.labelCy, code.active);
    }
}
