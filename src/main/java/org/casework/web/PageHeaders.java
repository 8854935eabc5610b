package org.casework.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers every page carries: its language (and, when the switch chose one, a cookie remembering it), and, since
 * pages show personal data, that no browser or proxy may keep a copy.
 */
public class PageHeaders {

    /** A year: the language chosen is a preference, not a secret. */
    private static final int LANGUAGE_COOKIE_SECONDS = 365 * 24 * 60 * 60;

    private final Language language;

    public PageHeaders(Language language) {
        this.language = language;
    }

    @ServerResponseFilter
    public void pageHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (!ErrorPages.isPage(request.getUriInfo().getPath())) {
            return;
        }
        var headers = response.getHeaders();
        headers.putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        headers.putSingle(HttpHeaders.VARY, "Accept-Language, Cookie");
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Referrer-Policy", "same-origin");
        String chosen = language.chosenInQuery();
        if (chosen != null) {
            headers.add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(Language.COOKIE).value(chosen).path("/")
                    .maxAge(LANGUAGE_COOKIE_SECONDS).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
    }
}
