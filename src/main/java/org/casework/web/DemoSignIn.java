package org.casework.web;

import java.security.Principal;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.workers.WorkerService;

/**
 * The demo council's sign-in: any active worker, no password. Form authentication is fixed at build time, so
 * these providers exist in every build and refuse everyone unless {@code casework.web.demo-sign-in} is on (only
 * the local and test profiles set it). The identity carries only the username: the worker record decides roles
 * and teams (see {@code CallerIdentity}), exactly as for a bearer token.
 */
public final class DemoSignIn {

    private DemoSignIn() {
    }

    /** The demo sign-in form's fixed password: the page posts it for the worker chosen. */
    public static final String PASSWORD = "demo";

    /** The sign-in form's post. */
    @ApplicationScoped
    public static class Form implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        private final WebConfig config;
        private final WorkerService workers;

        public Form(WebConfig config, WorkerService workers) {
            this.config = config;
            this.workers = workers;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            if (!config.demoSignIn() || !PASSWORD.equals(new String(request.getPassword().getPassword()))) {
                return Uni.createFrom().failure(new AuthenticationFailedException());
            }
            String username = request.getUsername();
            return context.runBlocking(() -> {
                if (!workers.isActiveUsername(username)) {
                    throw new AuthenticationFailedException();
                }
                return identity(username);
            });
        }
    }

    /** Every request after sign-in: the session cookie names the user, already authenticated. */
    @ApplicationScoped
    public static class Session implements IdentityProvider<TrustedAuthenticationRequest> {

        private final WebConfig config;

        public Session(WebConfig config) {
            this.config = config;
        }

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            if (!config.demoSignIn()) {
                return Uni.createFrom().failure(new AuthenticationFailedException());
            }
            // a worker deactivated since signing in keeps the session but no role (CallerIdentity)
            return Uni.createFrom().item(identity(request.getPrincipal()));
        }
    }

    static SecurityIdentity identity(String username) {
        Principal principal = new QuarkusPrincipal(username);
        return QuarkusSecurityIdentity.builder().setPrincipal(principal).build();
    }
}
