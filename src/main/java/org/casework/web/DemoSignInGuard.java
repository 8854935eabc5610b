package org.casework.web;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Anyone could sign in as anyone through the demo page: production refuses to start with it on. */
@ApplicationScoped
public class DemoSignInGuard {

    void onStart(@Observes StartupEvent event, WebConfig config) {
        refuseInProduction(ConfigUtils.getProfiles().contains("prod"), config.demoSignIn());
    }

    static void refuseInProduction(boolean prod, boolean demoSignIn) {
        if (prod && demoSignIn) {
            throw new IllegalStateException("Refusing to start: casework.web.demo-sign-in lets anyone sign in as "
                    + "any worker without a password, and is for the local and test profiles only. Turn it off and "
                    + "sign browsers in with your OpenID Connect provider (CASEWORK_OIDC_*).");
        }
    }
}
