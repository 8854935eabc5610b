package org.casework.outcomes;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies that define instruments and their versions. */
public final class InstrumentRequests {

    static final String CODE = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String CODE_MESSAGE = "must be lower-case letters, digits and hyphens, e.g. wemwbs-14";

    private InstrumentRequests() {
    }

    /** A new instrument: its code and its first version. */
    public record NewInstrument(
            @NotBlank @Size(max = 50) @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            @Size(max = 2000) String licence,
            @NotNull ScoringRule scoringRule,
            Direction scoreDirection,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 2) BigDecimal meaningfulChange,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull ItemBody> items,
            @Size(max = 400) List<@Valid @NotNull BandBody> bands,
            @Size(max = 2000) List<@Valid @NotNull LookupBody> lookup) {

        public Definition definition() {
            return new Definition(name, description, licence, scoringRule, scoreDirection, meaningfulChange, items,
                    bands, lookup);
        }
    }

    /** A new version of an existing instrument: everything but the code. */
    public record Definition(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            @Size(max = 2000) String licence,
            @NotNull ScoringRule scoringRule,
            Direction scoreDirection,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 2) BigDecimal meaningfulChange,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull ItemBody> items,
            @Size(max = 400) List<@Valid @NotNull BandBody> bands,
            @Size(max = 2000) List<@Valid @NotNull LookupBody> lookup) {

        public List<BandBody> bandList() {
            return bands == null ? List.of() : bands;
        }

        public List<LookupBody> lookupList() {
            return lookup == null ? List.of() : lookup;
        }
    }

    public record ItemBody(
            @NotBlank @Size(max = 50) @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 500) String text,
            @NotNull @jakarta.validation.constraints.Min(-1000) @jakarta.validation.constraints.Max(1000) Integer scaleMin,
            @NotNull @jakarta.validation.constraints.Min(-1000) @jakarta.validation.constraints.Max(1000) Integer scaleMax,
            @NotNull Direction direction) {
    }

    /** A named range, inclusive at both ends: of the total, or of one item when {@code item} names it. */
    public record BandBody(
            @Size(max = 50) String item,
            @NotBlank @Size(max = 50) @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 200) String label,
            @NotNull @Digits(integer = 8, fraction = 2) @DecimalMin("-100000") @DecimalMax("100000") BigDecimal min,
            @NotNull @Digits(integer = 8, fraction = 2) @DecimalMin("-100000") @DecimalMax("100000") BigDecimal max) {
    }

    /** One row of a published conversion table: a raw total and its score. */
    public record LookupBody(
            @NotNull Integer raw,
            @NotNull @Digits(integer = 8, fraction = 2) @DecimalMin("-100000") @DecimalMax("100000") BigDecimal score) {
    }
}
