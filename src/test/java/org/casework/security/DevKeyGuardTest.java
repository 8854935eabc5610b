package org.casework.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevKeyGuardTest {

    @Test
    void theDevelopmentKeyIsRecognisedByNameAndByContent(@TempDir Path dir) throws IOException {
        assertThat(DevKeyGuard.isDevKey("dev-only-keys/public.pem")).isTrue();
        assertThat(DevKeyGuard.isDevKey("classpath:/dev-only-keys/public.pem")).isTrue();

        Path copy = dir.resolve("council.pem");
        try (InputStream dev = getClass().getClassLoader().getResourceAsStream("dev-only-keys/public.pem")) {
            Files.write(copy, dev.readAllBytes());
        }
        assertThat(DevKeyGuard.isDevKey(copy.toString())).isTrue();

        Path other = dir.resolve("other.pem");
        Files.writeString(other, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        assertThat(DevKeyGuard.isDevKey(other.toString())).isFalse();
        assertThat(DevKeyGuard.isDevKey("https://login.microsoftonline.com/tenant/discovery/v2.0/keys")).isFalse();
    }
}
