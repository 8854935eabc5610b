package org.casework.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A query kept in its own file under {@code src/main/resources/sql/}, so the benchmark can time exactly the SQL the
 * application runs (see {@code bench/}). Parameters are JPA named parameters ({@code :name}).
 */
public final class SqlResource {

    private SqlResource() {
    }

    public static String load(String path) {
        try (InputStream in = SqlResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
