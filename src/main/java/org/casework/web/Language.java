package org.casework.web;

import java.util.List;
import java.util.Locale;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

/**
 * The language a page is shown in: {@code ?lang=cy|en}, then the cookie the switch set, then the browser's
 * Accept-Language, then English.
 */
@RequestScoped
public class Language {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale WELSH = Locale.forLanguageTag("cy");
    public static final String COOKIE = "casework-lang";
    public static final String PARAMETER = "lang";

    private final CurrentVertxRequest request;
    private Locale locale;

    public Language(CurrentVertxRequest request) {
        this.request = request;
    }

    public Locale locale() {
        if (locale == null) {
            locale = resolve(request.getCurrent() == null ? null : request.getCurrent().request());
        }
        return locale;
    }

    public String tag() {
        return locale().getLanguage();
    }

    public boolean isWelsh() {
        return WELSH.getLanguage().equals(tag());
    }

    /** The language asked for in the query, which the switch's link sets and the response remembers. */
    public String chosenInQuery() {
        HttpServerRequest http = request.getCurrent() == null ? null : request.getCurrent().request();
        return http == null ? null : supported(http.getParam(PARAMETER));
    }

    static Locale resolve(HttpServerRequest http) {
        if (http == null) {
            return ENGLISH;
        }
        String chosen = supported(http.getParam(PARAMETER));
        if (chosen == null) {
            Cookie cookie = http.getCookie(COOKIE);
            chosen = cookie == null ? null : supported(cookie.getValue());
        }
        if (chosen == null) {
            chosen = fromAcceptLanguage(http.getHeader("Accept-Language"));
        }
        return "cy".equals(chosen) ? WELSH : ENGLISH;
    }

    /** The first of Welsh or English the browser prefers, by its q-values. */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            List<Locale> preferred = Locale.filter(Locale.LanguageRange.parse(header), List.of(WELSH, ENGLISH));
            return preferred.isEmpty() ? null : preferred.get(0).getLanguage();
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String supported(String tag) {
        return "cy".equals(tag) || "en".equals(tag) ? tag : null;
    }
}
