package org.casework.audit;

import jakarta.enterprise.context.RequestScoped;

/** What this request's write changed, as its service described it for the audit event. */
@RequestScoped
class ChangeNote {

    private String detail;

    void describe(String detail) {
        this.detail = this.detail == null ? detail : this.detail + "; " + detail;
    }

    String detail() {
        return detail;
    }
}
