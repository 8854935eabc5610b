package org.casework.web;

import java.util.List;
import java.util.Locale;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every cookie Casework sets (the session's, the CSRF token's, the language's) is {@code Secure} unless
 * {@code casework.web.secure-cookies} is off, as it is for {@code make run} and the tests on plain HTTP. Quarkus
 * marks its form-session cookie Secure only when the connection itself is TLS, which it is not behind the
 * TLS-terminating proxy a council runs it behind.
 */
@ApplicationScoped
public class SecureCookies {

    private final WebConfig config;

    public SecureCookies(WebConfig config) {
        this.config = config;
    }

    /** Before any other handler, so that every response, the sign-in's included, is covered. */
    void install(@Observes Router router) {
        if (!config.secureCookies()) {
            return;
        }
        router.route().order(Integer.MIN_VALUE).handler(routing -> {
            routing.addHeadersEndHandler(done -> markSecure(routing.response().headers()));
            routing.next();
        });
    }

    static void markSecure(MultiMap headers) {
        List<String> cookies = headers.getAll("Set-Cookie");
        if (cookies.isEmpty()) {
            return;
        }
        headers.remove("Set-Cookie");
        for (String cookie : cookies) {
            boolean secure = List.of(cookie.toLowerCase(Locale.ROOT).split(";")).stream()
                    .anyMatch(attribute -> attribute.strip().equals("secure"));
            headers.add("Set-Cookie", secure ? cookie : cookie + "; Secure");
        }
    }
}
