package org.casework.web;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.casework.common.Problem.FieldError;
import org.casework.common.ProblemException;
import org.casework.common.ProblemMapper;

/**
 * Turns the services' errors, which name a field and a rule (see {@link FieldError#code()}), into GOV.UK error
 * messages in the reader's language. The rules are the API's own: the same request records are validated, and
 * the same services refuse the same things; only the words differ.
 */
@ApplicationScoped
public class FormErrors {

    /** A form input and the API field it fills: its id (for the error summary's link) and its label. */
    public record Field(String apiField, String formField, String inputId, String label, boolean choice) {

        static Field text(String apiField, String formField, String inputId, String label) {
            return new Field(apiField, formField, inputId, label, false);
        }

        static Field choice(String apiField, String formField, String inputId, String label) {
            return new Field(apiField, formField, inputId, label, true);
        }
    }

    private final Validator validator;

    public FormErrors(Validator validator) {
        this.validator = validator;
    }

    /** Checks a request record with the constraints the API checks it with, adding each error to the form. */
    public <T> void validate(T request, String prefix, List<Field> fields, Form form, Msg msg) {
        for (ConstraintViolation<T> violation : validator.validate(request)) {
            add(ProblemMapper.fieldError(violation), prefix, fields, form, msg);
        }
    }

    /** Adds a service's refusal to the form, field by field; an error without a field goes to the summary. */
    public void add(ProblemException problem, String prefix, List<Field> fields, Form form, Msg msg) {
        if (problem.errors.isEmpty()) {
            form.error("$", fields.isEmpty() ? "" : fields.get(0).inputId(), msg.error_general());
        }
        for (FieldError error : problem.errors) {
            add(error, prefix, fields, form, msg);
        }
    }

    void add(FieldError error, String prefix, List<Field> fields, Form form, Msg msg) {
        // the most precise field the page names: answers[2].value, then answers[2], then answers
        String full = prefix + error.field();
        List<String> candidates = List.of(full, full.replaceFirst("\\.[A-Za-z]+$", ""),
                full.replaceFirst("\\[.*$", ""));
        Field field = candidates.stream()
                .flatMap(name -> fields.stream().filter(f -> f.apiField().equals(name)))
                .findFirst()
                .orElse(fields.isEmpty() ? Field.text(full, full, full, full) : fields.get(0));
        form.error(field.formField(), field.inputId(), text(error, field, msg));
    }

    static String text(FieldError error, Field field, Msg msg) {
        Map<String, Object> figures = error.params();
        String label = field.label();
        return switch (error.code()) {
            case "required" -> field.choice() ? msg.error_required_choice(label) : msg.error_required(label);
            case "too-long" -> msg.error_too_long(number(figures.get("max")), label);
            case "too-many" -> msg.error_too_many(number(figures.get("max")), label);
            case "too-few" -> msg.error_required_choice(label);
            case "future" -> msg.error_future(label);
            case "not-past" -> msg.error_not_past(label);
            case "out-of-range" -> msg.error_out_of_range(label);
            case "format" -> msg.error_format(label);
            case "unknown-code" -> msg.error_required_choice(label);
            case "repeated" -> msg.error_repeated(label);
            case "before-case-opened" -> msg.error_before_case_opened(label);
            case "after-case-closed" -> msg.error_after_case_closed(label);
            case "before-contact" -> msg.error_before_contact(label);
            case "not-team-member" -> msg.error_not_team_member(label);
            case "case-already-open" -> msg.error_case_already_open();
            default -> msg.error_invalid(label);
        };
    }

    private static Integer number(Object figure) {
        return figure instanceof Number number ? number.intValue() : null;
    }
}
