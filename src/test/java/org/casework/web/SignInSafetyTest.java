package org.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.MultiMap;

import org.junit.jupiter.api.Test;

/** The rules that keep the demo sign-in and the session cookies out of harm's way, without starting the app. */
class SignInSafetyTest {

    @Test
    void productionRefusesToStartWithTheDemoSignInOn() {
        assertThatThrownBy(() -> DemoSignInGuard.refuseInProduction(true, true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo-sign-in");
        DemoSignInGuard.refuseInProduction(true, false);
        DemoSignInGuard.refuseInProduction(false, true);
    }

    static WebConfig demo(boolean on) {
        return new WebConfig() {
            @Override
            public boolean demoSignIn() {
                return on;
            }

            @Override
            public boolean oidcSignIn() {
                return false;
            }

            @Override
            public boolean secureCookies() {
                return true;
            }

            @Override
            public String councilName() {
                return "Test";
            }
        };
    }

    @Test
    void theDemoIdentityProvidersRefuseEveryoneUnlessTheDemoSignInIsOn() {
        var form = new DemoSignIn.Form(demo(false), null);
        var session = new DemoSignIn.Session(demo(false));
        var password = new io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest("anyone",
                new io.quarkus.security.credential.PasswordCredential(DemoSignIn.PASSWORD.toCharArray()));
        var trusted = new io.quarkus.security.identity.request.TrustedAuthenticationRequest("anyone");

        assertThatThrownBy(() -> form.authenticate(password, null).await().indefinitely())
                .isInstanceOf(io.quarkus.security.AuthenticationFailedException.class);
        assertThatThrownBy(() -> session.authenticate(trusted, null).await().indefinitely())
                .isInstanceOf(io.quarkus.security.AuthenticationFailedException.class);
        assertThat(new DemoSignIn.Session(demo(true)).authenticate(trusted, null).await().indefinitely()
                .getPrincipal().getName()).isEqualTo("anyone");
    }

    @Test
    void everyCookieIsMarkedSecureOnce() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        headers.add("Set-Cookie", "quarkus-credential=abc; Path=/; HttpOnly; SameSite=Lax");
        headers.add("Set-Cookie", "casework-csrf=x; Path=/; Secure; HttpOnly");
        headers.add("Content-Type", "text/html");

        SecureCookies.markSecure(headers);

        assertThat(headers.getAll("Set-Cookie")).containsExactly(
                "quarkus-credential=abc; Path=/; HttpOnly; SameSite=Lax; Secure",
                "casework-csrf=x; Path=/; Secure; HttpOnly");
        assertThat(headers.get("Content-Type")).isEqualTo("text/html");
    }
}
