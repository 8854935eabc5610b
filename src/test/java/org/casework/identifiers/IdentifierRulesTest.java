package org.casework.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;

import org.casework.identifiers.IdentifierRules.Normaliser;
import org.casework.identifiers.IdentifierRules.Validator;
import org.junit.jupiter.api.Test;

/** The normalisers and validators, on published examples and on the edges of the modulus 11 rule. */
class IdentifierRulesTest {

    @Test
    void theCheckDigitIsElevenLessTheWeightedSumModuloElevenWithElevenAsZeroAndTenAsNone() {
        // the NHS Data Dictionary's worked example: 9×10 + 4×9 + … + 1×2 = 299, 299 mod 11 = 2, 11 − 2 = 9
        assertThat(IdentifierRules.nhsCheckDigit("943476591")).isEqualTo(OptionalInt.of(9));
        assertThat(IdentifierRules.nhsCheckDigit("401023213")).isEqualTo(OptionalInt.of(7));
        // 9×10 + 9×9 + 9×8 + 5×2 = 253 = 23×11: 11 − 0 = 11, written 0
        assertThat(IdentifierRules.nhsCheckDigit("999000005")).isEqualTo(OptionalInt.of(0));
        // 243 mod 11 = 1: 11 − 1 = 10, so no NHS number starts with these nine digits
        assertThat(IdentifierRules.nhsCheckDigit("999000000")).isEmpty();
        assertThatThrownBy(() -> IdentifierRules.nhsCheckDigit("99900000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anNhsNumberIsTenDigitsWithItsCheckDigitOnceSpacesAndHyphensAreGone() {
        Normaliser normaliser = Normaliser.REMOVE_SPACES_AND_HYPHENS;
        assertThat(normaliser.apply("943 476 5919")).isEqualTo("9434765919");
        assertThat(normaliser.apply(" 943-476-5919\t")).isEqualTo("9434765919");
        assertThat(normaliser.apply("943\u00A0476\u00A05919")).as("no-break spaces from a pasted letter")
                .isEqualTo("9434765919");

        Validator validator = Validator.NHS_NUMBER;
        assertThat(validator.problem("9434765919")).isEmpty();
        assertThat(validator.problem("4010232137")).isEmpty();
        assertThat(validator.problem("9990000050")).isEmpty();
        assertThat(validator.problem("9434765918")).hasValueSatisfying(p -> assertThat(p).contains("check digit"));
        // the stem has no check digit at all, so no last digit makes it valid
        for (int last = 0; last <= 9; last++) {
            assertThat(validator.problem("999000000" + last)).isPresent();
        }
        assertThat(validator.problem("943476591")).hasValueSatisfying(p -> assertThat(p).contains("10 digits"));
        assertThat(validator.problem("94347659190")).isPresent();
        assertThat(validator.problem("94347659l9")).isPresent();
        assertThat(validator.problem("")).isPresent();
    }

    @Test
    void aCouncilReferenceLosesItsSpacesAndIsUpperCased() {
        assertThat(Normaliser.UPPER_COMPACT.apply(" hr 209 31 ")).isEqualTo("HR20931");
        assertThat(Normaliser.UPPER_COMPACT.apply("hr-2093/1b")).isEqualTo("HR-2093/1B");
        assertThat(Normaliser.UPPER_COMPACT.apply("hé 1")).as("a–z only, whatever the locale").isEqualTo("Hé1");
        assertThat(Validator.ANY.problem("HR20931")).isEmpty();
    }

    @Test
    void aFreeFormValueIsOnlyTrimmedAndMustNotEndUpBlank() {
        assertThat(Normaliser.TRIM.apply("  Ref 12 / b \n")).isEqualTo("Ref 12 / b");
        assertThat(Normaliser.TRIM.apply("\u00A0\u00A0")).isEmpty();
        assertThat(Validator.ANY.problem(Normaliser.TRIM.apply("\u00A0 "))).contains("must not be blank");
    }

    @Test
    void normalisingTwiceChangesNothing() {
        for (Normaliser normaliser : Normaliser.values()) {
            for (String value : new String[] {" 943 476-5919 ", "hr 20 931", "\u202Fa b\u2007"}) {
                String once = normaliser.apply(value);
                assertThat(normaliser.apply(once)).as("%s of %s", normaliser, value).isEqualTo(once);
            }
        }
    }

    @Test
    void systemCodesAreComparedInLowerCase() {
        assertThat(IdentifierRules.canonicalCode(" NHS-Number ")).isEqualTo("nhs-number");
    }
}
