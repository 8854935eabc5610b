package org.casework.common;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import org.casework.common.Problem.FieldError;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Parameters are checked as strictly as bodies (see {@link StrictJson}): a query parameter the operation does not
 * take is refused, as an unknown body field is, rather than ignored ({@code /api/cases?updatedSince=…} must not
 * answer an arbitrary page), and no query or path parameter may hold U+0000, which PostgreSQL can neither store nor
 * compare. The query parameters an operation takes are its resource method's {@code @QueryParam}s, read once per
 * method. Runs after sign-in, so a caller without a token learns nothing about the request. Web pages, which
 * browsers and shared links reach with parameters of their own ({@code ?lang=cy}), only refuse U+0000.
 */
public class StrictParameters {

    private static final String NUL = "\u0000";
    private static final String NUL_MESSAGE = StrictJson.NUL_MESSAGE;

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknownAndUnstorable(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(method, StrictParameters::queryParams);
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters(true).entrySet()) {
            String name = parameter.getKey();
            if (name.contains(NUL)) {
                errors.add(FieldError.query(name.replace(NUL, "\\u0000"), NUL_MESSAGE));
            } else if (!known.contains(name) && uri.getPath().startsWith("/api")) {
                errors.add(FieldError.query(name, known.isEmpty() ? "is not a parameter: this operation takes none"
                        : "is not a parameter of this operation, which takes " + String.join(", ", known)));
            } else if (parameter.getValue().stream().anyMatch(value -> value != null && value.contains(NUL))) {
                errors.add(FieldError.query(name, NUL_MESSAGE));
            }
        }
        uri.getPathParameters(true).forEach((name, values) -> {
            if (values.stream().anyMatch(value -> value != null && value.contains(NUL))) {
                errors.add(FieldError.path(name, NUL_MESSAGE));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.toArray(FieldError[]::new));
        }
    }

    private static Set<String> queryParams(Method method) {
        SortedSet<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
        }
        return Collections.unmodifiableSortedSet(names);
    }
}
