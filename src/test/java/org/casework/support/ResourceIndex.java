package org.casework.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;

/**
 * The JAX-RS operations of the compiled application's API (under /api; web pages are not API operations), read from target/classes with Jandex, with the roles each
 * allows: what the contract and security tests compare against openapi.yaml.
 */
public final class ResourceIndex {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName APPLICATION_PATH = DotName.createSimple("jakarta.ws.rs.ApplicationPath");
    private static final DotName AUDITED = DotName.createSimple("org.casework.audit.Audited");
    private static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD",
            "OPTIONS");

    private ResourceIndex() {
    }

    /**
     * One operation. {@code path} has every parameter as {@code {}}; {@code roles} are those of the method's
     * {@code @RolesAllowed}, else the class's, else empty (denied). A sub-resource locator has verb
     * {@code SUB-RESOURCE LOCATOR}, so nobody adds one unnoticed. {@code audited}: its class runs in one
     * transaction with its audit events.
     */
    public record Operation(String verb, String path, Set<String> roles, boolean audited) {

        public String key() {
            return verb + " " + path;
        }
    }

    public static List<Operation> operations() throws IOException {
        assertThat(CLASSES).as("compiled application classes").isDirectory();
        Index index = indexOf(CLASSES);
        String applicationPath = index.getAnnotations(APPLICATION_PATH).stream().findFirst()
                .map(a -> a.value().asString()).orElse("");
        List<Operation> operations = new ArrayList<>();
        for (ClassInfo resource : index.getKnownClasses()) {
            AnnotationInstance classPath = resource.declaredAnnotation(PATH);
            if (classPath == null) {
                continue;
            }
            Set<String> classRoles = roles(resource.declaredAnnotation(ROLES_ALLOWED));
            boolean audited = resource.hasDeclaredAnnotation(AUDITED);
            for (MethodInfo method : resource.methods()) {
                AnnotationInstance methodPath = method.declaredAnnotation(PATH);
                String path = normalise(applicationPath, classPath.value().asString(),
                        methodPath == null ? "" : methodPath.value().asString());
                if (!path.startsWith("/api")) {
                    continue; // a web page: the pages' own tests cover them
                }
                AnnotationInstance methodRoles = method.declaredAnnotation(ROLES_ALLOWED);
                Set<String> roles = methodRoles != null ? roles(methodRoles) : classRoles;
                List<String> verbs = HTTP_METHODS.stream()
                        .filter(verb -> method.hasDeclaredAnnotation(DotName.createSimple("jakarta.ws.rs." + verb)))
                        .toList();
                verbs.forEach(verb -> operations.add(new Operation(verb, path, roles, audited)));
                if (verbs.isEmpty() && methodPath != null) {
                    operations.add(new Operation("SUB-RESOURCE LOCATOR",
                            path + " (" + resource.simpleName() + "." + method.name() + ")", roles, audited));
                }
            }
        }
        return operations;
    }

    private static Set<String> roles(AnnotationInstance rolesAllowed) {
        Set<String> roles = new TreeSet<>();
        if (rolesAllowed != null) {
            roles.addAll(List.of(rolesAllowed.value().asStringArray()));
        }
        return roles;
    }

    private static Index indexOf(Path classes) throws IOException {
        Indexer indexer = new Indexer();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        }
        return indexer.complete();
    }

    /**
     * Joins path fragments with single slashes, no trailing slash, and every template parameter as {@code {}},
     * including JAX-RS regular expressions such as {@code {id: [0-9]{3}}}.
     */
    public static String normalise(String... fragments) {
        String joined = ("/" + String.join("/", fragments)).replaceAll("/+", "/");
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : joined.toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    out.append("{}");
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        String path = out.toString();
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
