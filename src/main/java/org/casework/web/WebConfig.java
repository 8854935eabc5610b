package org.casework.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every casework.web.* setting; each is documented in docs/operations.md. */
@ConfigMapping(prefix = "casework.web")
public interface WebConfig {

    /**
     * The demo sign-in page: pick any active worker and be signed in as them, without a password. Only the local
     * and test profiles turn it on; the prod profile refuses to start with it on.
     */
    @WithDefault("false")
    boolean demoSignIn();

    /** Browsers sign in with the council's OpenID Connect provider (see README "Signing in to the web client"). */
    @WithDefault("false")
    boolean oidcSignIn();

    /** Cookies are sent over HTTPS only; off for {@code make run} and the tests, which use plain HTTP. */
    @WithDefault("true")
    boolean secureCookies();

    /** The council's name, shown as text in every page's header (never a logo). */
    @WithDefault("Casework")
    String councilName();
}
