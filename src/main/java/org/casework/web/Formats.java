package org.casework.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import org.casework.common.TimeConfig;
import org.casework.reference.ReferenceCodeView;
import org.casework.timeline.TimelineEntry;

/**
 * Dates and times as GOV.UK writes them ("3 December 2026", "2:05pm"), in the page's language and the local zone
 * (Europe/London): {@code {case.openedAt.longDate}} in a template.
 */
@TemplateExtension
public class Formats {

    private Formats() {
    }

    static Locale locale(Object attribute) {
        return attribute instanceof Locale locale ? locale
                : attribute == null ? Language.ENGLISH : Locale.forLanguageTag(attribute.toString());
    }

    public static String longDate(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale(locale)).format(date);
    }

    public static String longDate(OffsetDateTime at, @TemplateAttribute("locale") Object locale) {
        return at == null ? "" : longDate(at.atZoneSameInstant(TimeConfig.LOCAL_ZONE).toLocalDate(), locale);
    }

    /** "3 December 2026, 2:05pm": GOV.UK's style for a time, which is the same in Welsh (yb/yh aside). */
    public static String dateTime(OffsetDateTime at, @TemplateAttribute("locale") Object locale) {
        if (at == null) {
            return "";
        }
        var local = at.atZoneSameInstant(TimeConfig.LOCAL_ZONE);
        boolean welsh = "cy".equals(locale(locale).getLanguage());
        int hour = local.getHour() % 12 == 0 ? 12 : local.getHour() % 12;
        String suffix = local.getHour() < 12 ? (welsh ? "yb" : "am") : (welsh ? "yh" : "pm");
        String time = local.getMinute() == 0 ? hour + suffix : hour + ":" + String.format("%02d", local.getMinute())
                + suffix;
        return longDate(local.toLocalDate(), locale) + ", " + time;
    }

    /** A reference code's label in the page's language. */
    public static String label(ReferenceCodeView code, @TemplateAttribute("locale") Object locale) {
        return "cy".equals(locale(locale).getLanguage()) && code.labelCy() != null ? code.labelCy() : code.labelEn();
    }

    /** The vocabulary of a timeline entry's code: a contact's channel, a closure's reason, an offer's type. */
    public static String vocabulary(TimelineEntry entry) {
        return switch (entry.kind()) {
            case "interaction" -> "channel";
            case "case" -> "closure-reason";
            case "offer" -> "offer-type";
            case "moment" -> "observer";
            default -> "";
        };
    }

    /** A share (a percentage, as the API gives it) rounded to a whole percentage, or a dash with nothing to divide. */
    public static String percent(Double share) {
        return share == null ? "–" : Math.round(share) + "%";
    }

    /** The share of contacts made with the key worker, as a percentage, or a dash when none were made. */
    public static String keyWorkerPercent(org.casework.continuity.ContinuityViews.Measures measures) {
        return percent(measures.keyWorkerShare());
    }

    /** A score without trailing zeros: 23.5, not 23.50. */
    public static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A yes/no/unknown answer as a code for a message: true, false, or "". */
    public static String answer(Boolean value) {
        return value == null ? "" : value.toString();
    }

    /** An identifier system's name in the page's language. */
    public static String label(org.casework.identifiers.IdentifierSystemView system,
            @TemplateAttribute("locale") Object locale) {
        return "cy".equals(locale(locale).getLanguage()) && system.labelCy() != null ? system.labelCy()
                : system.labelEn();
    }

    /** The answers an item offers, from the bottom of its scale to the top. */
    public static java.util.List<Integer> scale(org.casework.outcomes.InstrumentView.ItemView item) {
        return java.util.stream.IntStream.rangeClosed(item.scaleMin(), item.scaleMax()).boxed().toList();
    }

    /** The form input of an assessment item. */
    public static String inputName(org.casework.outcomes.InstrumentView.ItemView item) {
        return "item-" + item.code();
    }

    /** An escalating presenter's last gaps, oldest first: "41, 19, 6". */
    public static String gapsText(org.casework.repeats.RepeatDashboard.EscalatingPresenter presenter) {
        return String.join(", ", presenter.gaps().stream().map(String::valueOf).toList());
    }

    /** A change with its sign: +3, −2.5 (a real minus sign), 0. */
    public static String signed(java.math.BigDecimal change) {
        if (change == null) {
            return "";
        }
        String plain = change.abs().stripTrailingZeros().toPlainString();
        return change.signum() > 0 ? "+" + plain : change.signum() < 0 ? "\u2212" + plain : "0";
    }

    /** A number as text, to compare with what a form holds. */
    public static String asText(Integer number) {
        return number == null ? "" : number.toString();
    }

    /** An ISO date for a machine-readable {@code <time datetime>}. */
    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
