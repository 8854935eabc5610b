package org.casework.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No package imports a feature that imports it back (STYLE.md). {@code security} once used {@code workers}
 * (the role enum, the bootstrap admin) while {@code workers} and {@code teams} used {@code security}: this keeps
 * those three one way. It reads the sources, so a fully qualified name in code counts as much as an import;
 * comments do not. Plain JUnit: nothing is started.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "casework");
    private static final Pattern PACKAGE = Pattern.compile("^package org\\.casework\\.(\\w+)", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.casework\\.(\\w+)\\.\\w");

    /** Packages that must not depend on each other in a cycle. */
    private static final Set<String> ONE_WAY = Set.of("security", "workers", "teams");

    @Test
    void securityWorkersAndTeamsDependOneWay() {
        Map<String, Map<String, Set<String>>> uses = dependencies();
        assertThat(uses).as("feature packages read from %s", SOURCES).containsKeys("security", "workers", "teams");

        List<String> cycle = cycleWithin(uses, ONE_WAY);

        assertThat(cycle).as("a package cycle among %s, %s", ONE_WAY, describe(cycle, uses)).isEmpty();
    }

    @Test
    void aCycleIsFoundWhereThereIsOne() {
        Map<String, Map<String, Set<String>>> uses = Map.of(
                "security", Map.of("workers", Set.of("Caller.java")),
                "workers", Map.of("teams", Set.of("WorkerService.java")),
                "teams", Map.of("security", Set.of("TeamResource.java")));

        assertThat(cycleWithin(uses, ONE_WAY)).containsExactly("security", "workers", "teams", "security");
        assertThat(cycleWithin(Map.of("workers", Map.of("security", Set.of("Worker.java"))), ONE_WAY)).isEmpty();
    }

    @Test
    void commentsAndStringsAreNotDependencies() {
        String source = """
                package org.casework.security;
                import org.casework.common.Problem;
                /** See {@link org.casework.workers.Worker}. */
                class X { String s = "org.casework.teams.Team // not code"; // org.casework.people.Person
                  Object o = org.casework.audit.AuditAction.READ; }
                """;
        assertThat(referencedPackages(source)).containsExactlyInAnyOrder("common", "audit");
    }

    /** For each feature package, the packages it uses and, for each of those, the files that use it. */
    private static Map<String, Map<String, Set<String>>> dependencies() {
        Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher declared = PACKAGE.matcher(source);
                assertThat(declared.find()).as("%s declares a package under org.casework", file).isTrue();
                String from = declared.group(1);
                Map<String, Set<String>> used = uses.computeIfAbsent(from, p -> new TreeMap<>());
                for (String to : referencedPackages(source)) {
                    if (!to.equals(from)) {
                        used.computeIfAbsent(to, p -> new TreeSet<>()).add(SOURCES.relativize(file).toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    /** The feature packages a source file names in its imports and code, outside comments and literals. */
    static Set<String> referencedPackages(String source) {
        Set<String> packages = new TreeSet<>();
        Matcher reference = REFERENCE.matcher(codeOnly(source).replaceFirst("package [\\w.]+;", ""));
        while (reference.find()) {
            packages.add(reference.group(1));
        }
        return packages;
    }

    /** The source with comments, string and character literals (text blocks included) blanked out. */
    private static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = end(source, source.indexOf('\n', i), 0);
            } else if (source.startsWith("/*", i)) {
                i = end(source, source.indexOf("*/", i + 2), 2);
            } else if (source.startsWith("\"\"\"", i)) {
                i = end(source, source.indexOf("\"\"\"", i + 3), 3);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i++);
                while (i < source.length() && source.charAt(i) != quote) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else {
                code.append(source.charAt(i++));
                continue;
            }
            code.append(' ');
        }
        return code.toString();
    }

    private static int end(String source, int found, int length) {
        return found < 0 ? source.length() : found + length;
    }

    /** A cycle among {@code packages} using only their dependencies on each other, or an empty list. */
    static List<String> cycleWithin(Map<String, Map<String, Set<String>>> uses, Set<String> packages) {
        for (String start : new TreeSet<>(packages)) {
            List<String> path = new ArrayList<>(List.of(start));
            if (leadsBack(start, uses, packages, path)) {
                return path;
            }
        }
        return List.of();
    }

    private static boolean leadsBack(String at, Map<String, Map<String, Set<String>>> uses, Set<String> packages,
            List<String> path) {
        for (String next : new TreeSet<>(uses.getOrDefault(at, Map.of()).keySet())) {
            if (!packages.contains(next)) {
                continue;
            }
            path.add(next);
            if (next.equals(path.get(0))) {
                return true;
            }
            if (path.indexOf(next) == path.size() - 1 && leadsBack(next, uses, packages, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    private static String describe(List<String> cycle, Map<String, Map<String, Set<String>>> uses) {
        List<String> steps = new ArrayList<>();
        for (int i = 0; i + 1 < cycle.size(); i++) {
            steps.add(cycle.get(i) + " → " + cycle.get(i + 1) + " in "
                    + uses.get(cycle.get(i)).get(cycle.get(i + 1)));
        }
        return String.join("; ", steps);
    }
}
