package org.casework.identifiers;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.Coded;
import org.casework.common.CodedConverter;

/**
 * The one home of how external identifier values are normalised and checked. Each identifier system (data, in
 * {@code identifier_system}) names one {@link Normaliser} and one {@link Validator} by code. Migration V14
 * normalised the values stored before it with a copy of these normalisers, held to them by a test.
 */
public final class IdentifierRules {

    /** What counts as a space in an identifier: ASCII white space and the no-break spaces copying brings in. */
    static final String SPACE = " \\t\\n\\r\\f\\u000B\\u00A0\\u2007\\u202F";

    private static final Pattern EDGE_SPACES = Pattern.compile("^[" + SPACE + "]+|[" + SPACE + "]+$");
    private static final Pattern SPACES = Pattern.compile("[" + SPACE + "]");
    private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[" + SPACE + "-]");
    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");

    private IdentifierRules() {
    }

    /** How a value is written before it is stored, compared or searched for. Never fails; validators judge. */
    public enum Normaliser implements Coded {
        /** Free-form systems: leading and trailing spaces removed, nothing else. */
        TRIM("trim") {
            @Override
            public String apply(String value) {
                return EDGE_SPACES.matcher(value).replaceAll("");
            }
        },
        /** NHS numbers: {@code 401 023 2137} and {@code 401-023-2137} are {@code 4010232137}. */
        REMOVE_SPACES_AND_HYPHENS("remove-spaces-and-hyphens") {
            @Override
            public String apply(String value) {
                return SPACES_AND_HYPHENS.matcher(value).replaceAll("");
            }
        },
        /** Council references: every space removed and the letters a–z upper-cased ({@code hr 20931} is {@code HR20931}). */
        UPPER_COMPACT("upper-compact") {
            @Override
            public String apply(String value) {
                String compact = SPACES.matcher(value).replaceAll("");
                StringBuilder upper = new StringBuilder(compact.length());
                // a-z only, so the rule does not depend on a locale's case mapping (nor does V14's translate())
                compact.chars().forEach(c -> upper.append((char) (c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c)));
                return upper.toString();
            }
        };

        private final String code;

        Normaliser(String code) {
            this.code = code;
        }

        public abstract String apply(String value);

        @Override
        @JsonValue
        public String code() {
            return code;
        }

        @Override
        public String toString() {
            return code;
        }

        @jakarta.persistence.Converter(autoApply = true)
        public static class Converter extends CodedConverter<Normaliser> {
            public Converter() {
                super(Normaliser.class);
            }
        }
    }

    /** Whether a normalised value can be an identifier of its system. */
    public enum Validator implements Coded {
        /** Free-form: anything but nothing. */
        ANY("any") {
            @Override
            public Optional<String> problem(String normalised) {
                return normalised.isEmpty() ? Optional.of("must not be blank") : Optional.empty();
            }
        },
        /** Ten digits whose last is the modulus 11 check digit of the first nine. */
        NHS_NUMBER("nhs-number") {
            @Override
            public Optional<String> problem(String normalised) {
                if (!TEN_DIGITS.matcher(normalised).matches()) {
                    return Optional.of("must be an NHS number: 10 digits, spaces and hyphens aside");
                }
                OptionalInt check = nhsCheckDigit(normalised.substring(0, 9));
                if (check.isEmpty() || check.getAsInt() != normalised.charAt(9) - '0') {
                    return Optional.of("is not a valid NHS number: its check digit does not match");
                }
                return Optional.empty();
            }
        };

        private final String code;

        Validator(String code) {
            this.code = code;
        }

        /** What is wrong with the value, in words fit for an error's message (never quoting it), or empty. */
        public abstract Optional<String> problem(String normalised);

        @Override
        @JsonValue
        public String code() {
            return code;
        }

        @Override
        public String toString() {
            return code;
        }

        @jakarta.persistence.Converter(autoApply = true)
        public static class Converter extends CodedConverter<Validator> {
            public Converter() {
                super(Validator.class);
            }
        }
    }

    /**
     * The NHS number check digit of nine digits (NHS Data Dictionary, modulus 11): the digits weighted 10 down to
     * 2 and summed; the check digit is 11 minus the remainder of the sum divided by 11, where 11 means 0 and 10
     * means that no NHS number starts with these nine digits (empty).
     */
    public static OptionalInt nhsCheckDigit(String nineDigits) {
        if (nineDigits.length() != 9 || !nineDigits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("nine digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 10) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(check == 11 ? 0 : check);
    }

    /** A system's code as stored: codes are compared case-insensitively. */
    public static String canonicalCode(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
