package org.casework.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The published development key signs tokens anyone can make: production must never trust it. In the prod
 * profile, start-up fails while the verification key is the development one.
 */
@ApplicationScoped
public class DevKeyGuard {

    static final String DEV_KEY = "dev-only-keys/public.pem";

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String keyLocation;

    void onStart(@Observes StartupEvent event) {
        if (ConfigUtils.getProfiles().contains("prod") && isDevKey(keyLocation)) {
            throw new IllegalStateException("Refusing to start: the prod profile is configured with the "
                    + "development JWT key. Set CASEWORK_JWT_PUBLIC_KEY to your identity provider's public key or "
                    + "JWKS URL (or run locally with QUARKUS_PROFILE=local, as make run does).");
        }
    }

    static boolean isDevKey(String location) {
        if (location == null) {
            return false;
        }
        String trimmed = location.strip().replaceFirst("^classpath:", "").replaceFirst("^/", "");
        if (trimmed.equals(DEV_KEY)) {
            return true;
        }
        try (InputStream dev = DevKeyGuard.class.getClassLoader().getResourceAsStream(DEV_KEY)) {
            Path file = Path.of(location.replaceFirst("^file:", ""));
            return dev != null && Files.isRegularFile(file)
                    && Files.readString(file).strip().equals(new String(dev.readAllBytes()).strip());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
