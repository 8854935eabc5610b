package org.casework.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

/** Reads page requests and writes next links, with the configured default and maximum page sizes. */
@ApplicationScoped
public class Paging {

    private final CaseworkConfig config;

    public Paging(CaseworkConfig config) {
        this.config = config;
    }

    public PageRequest request(String cursor, String limit, int sortKeyParts) {
        Integer parsed = Params.integer("limit", limit, 1, config.paging().maxLimit());
        int size = parsed == null ? config.paging().defaultLimit() : parsed;
        return new PageRequest(Cursor.decode(cursor, sortKeyParts), size);
    }

    /** The page as the API answers it: the next link keeps every query parameter but the cursor. */
    public <T> Page<T> page(Slice<T> slice, UriInfo uri) {
        if (slice.nextCursor() == null) {
            return new Page<>(slice.items(), null);
        }
        String next = uri.getRequestUriBuilder()
                .replaceQueryParam("cursor", slice.nextCursor())
                .build().toString();
        // answer a link relative to the server, so it works behind proxies that rewrite the host
        String path = uri.getBaseUri().resolve("/").toString();
        return new Page<>(slice.items(), next.startsWith(path) ? "/" + next.substring(path.length()) : next);
    }
}
