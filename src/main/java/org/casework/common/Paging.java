package org.casework.common;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

/**
 * Reads page requests and writes next links, with the configured default and maximum page sizes. Cursors are
 * sealed with {@code casework.cursor-key} and bound to their list: the request's path and every query parameter
 * but {@code cursor} and {@code limit}, so a cursor of one person's timeline, or of another search, is refused.
 */
@Startup // so the line about a start-up cursor key is logged when the server starts, not on the first list
@ApplicationScoped
public class Paging {

    private static final int KEY_BYTES = 32;

    private final CaseworkConfig config;
    private final UriInfo request;
    private final Cursor cursors;

    /** @param request the request being answered (a request-scoped proxy) */
    public Paging(CaseworkConfig config, UriInfo request) {
        this.config = config;
        this.request = request;
        this.cursors = cursors(config.cursorKey());
    }

    public PageRequest request(String cursor, String limit, int sortKeyParts) {
        List<String> after = cursor == null || cursor.isBlank() ? List.of()
                : cursors.decode(list(request), cursor, sortKeyParts);
        return new PageRequest(after, limit(limit));
    }

    /** The page size a request's {@code limit} asks for, within the configured maximum; the default without one. */
    public int limit(String limit) {
        Integer parsed = Params.integer("limit", limit, 1, config.paging().maxLimit());
        return parsed == null ? config.paging().defaultLimit() : parsed;
    }

    /** The page as the API answers it: the next link keeps every query parameter but the cursor. */
    public <T> Page<T> page(Slice<T> slice, UriInfo uri) {
        if (slice.nextKey() == null) {
            return new Page<>(slice.items(), null);
        }
        return new Page<>(slice.items(), relative(uri, uri.getRequestUriBuilder()
                .replaceQueryParam("cursor", cursors.encode(list(uri), slice.nextKey())).build()));
    }

    /** A link relative to the server, so it works behind proxies that rewrite the host. */
    public static String relative(UriInfo uri, URI link) {
        String next = link.toString();
        String path = uri.getBaseUri().resolve("/").toString();
        return next.startsWith(path) ? "/" + next.substring(path.length()) : next;
    }

    /** Which list a request reads: its path and its query parameters but the cursor and the page size. */
    static String list(UriInfo uri) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, List<String>> parameter : new TreeMap<>(uri.getQueryParameters(true)).entrySet()) {
            // lang: a web page's language switch keeps the reader on the same page of the same list
            if (!List.of("cursor", "limit", "lang").contains(parameter.getKey())) {
                parameter.getValue().forEach(value -> query.add(encoded(parameter.getKey()) + "=" + encoded(value)));
            }
        }
        return encoded(uri.getPath()) + "?" + query;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Cursor cursors(Optional<String> configuredKey) {
        if (configuredKey.isEmpty() || configuredKey.get().isBlank()) {
            Log.warn("casework.cursor-key is not set: paging cursors are sealed with a key made at start-up, so "
                    + "cursors given out before a restart (or by another instance) will be refused");
            return Cursor.withRandomKey();
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configuredKey.get().strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != KEY_BYTES) {
            // never quote the value: it is a secret
            throw new IllegalStateException("casework.cursor-key must be base64 of " + KEY_BYTES
                    + " random bytes, e.g. the output of: openssl rand -base64 32");
        }
        return new Cursor(key);
    }
}
