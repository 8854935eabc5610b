package org.casework.web;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.casework.audit.AuditAction;
import org.casework.common.ProblemException;
import org.casework.web.FormErrors.Field;
import org.casework.web.Submissions.Saved;

/** The one way a form that changes a record is handled: checked as the API checks it, stored once, redirected. */
@ApplicationScoped
public class FormPosts {

    private final Pages pages;
    private final FormErrors errors;
    private final Submissions submissions;

    public FormPosts(Pages pages, FormErrors errors, Submissions submissions) {
        this.pages = pages;
        this.errors = errors;
        this.submissions = submissions;
    }

    /**
     * Checks the request as the API would, then stores it once per form in one audited transaction and redirects;
     * on any refusal, the form again ({@code again}) with its errors. Someone else's change in between (412) is
     * the error {@code stale} on the form's first field, for a page that then shows the record as it is now.
     */
    public Object submit(Form form, Object request, List<Field> fields, String stale, AuditAction action,
            Callable<TemplateInstance> again, Callable<Saved> change) {
        Msg msg = pages.messages();
        errors.validate(request, "", fields, form, msg);
        try {
            if (form.hasErrors()) {
                return again.call();
            }
            String redirect = submissions.once(form.value("token"), action, change);
            return Response.seeOther(URI.create(redirect)).build();
        } catch (ProblemException refused) {
            if (refused.status == 404 || refused.status == 403) {
                throw refused;
            }
            if (refused.status == 412) {
                form.error("$", fields.get(0).inputId(), stale);
            } else {
                errors.add(refused, "", fields, form, msg);
            }
            return call(again);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TemplateInstance call(Callable<TemplateInstance> page) {
        try {
            return page.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
