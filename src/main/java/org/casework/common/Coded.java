package org.casework.common;

import java.util.Arrays;

/** A closed set of values written in the API as lower-case codes ({@code did-not-attend}). */
public interface Coded {

    String code();

    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown code"));
    }
}
