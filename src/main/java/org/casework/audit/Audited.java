package org.casework.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * On every REST resource (a test checks): the request runs in one transaction with its audit events, so a change
 * is never stored without its trace, and personal data is never served without one.
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /**
     * What the audit log calls the record a write changes when its answer carries nobody's data (a team, a worker,
     * a deletion): stored as written, whatever the class or the URL is called. A method's overrides its class's;
     * records of personal data name their own type ({@code PersonalData.auditType()}).
     */
    @Nonbinding
    String type() default "";

    /**
     * What the audit log calls the record the path's last id names, when that is not a {@link #type()} (the case,
     * for a contact recorded under it): a POST retried with its Idempotency-Key is answered again from what was
     * kept, which names no record, so it is audited as a read of the record its path names.
     */
    @Nonbinding
    String parent() default "";
}
