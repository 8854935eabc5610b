package org.casework.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casework.reference.ReferenceCodeView;
import org.casework.reference.ReferenceService;
import org.casework.reference.Vocabulary;

/**
 * Names for what records hold as codes and ids, in the page's language: vocabulary labels (the reference codes'
 * own English and Welsh), workers' and teams' names. {@code {labels.code('channel', entry.code)}} in a template.
 */
public class Labels {

    private final ReferenceService reference;
    /** Each vocabulary is read the first time the page names one of its codes, not before. */
    private final Map<Vocabulary, Map<String, ReferenceCodeView>> codes = new EnumMap<>(Vocabulary.class);
    private final boolean welsh;
    private final Map<UUID, String> workers;
    private final Map<UUID, String> teams;

    public Labels(ReferenceService reference, boolean welsh, Map<UUID, String> workers, Map<UUID, String> teams) {
        this.reference = reference;
        this.welsh = welsh;
        this.workers = workers;
        this.teams = teams;
    }

    /** A code's label in its vocabulary, or the code itself when it is not one (never an empty cell). */
    public String code(String vocabulary, String code) {
        if (code == null) {
            return "";
        }
        Vocabulary known = java.util.Arrays.stream(Vocabulary.values()).filter(v -> v.code().equals(vocabulary))
                .findFirst().orElse(null);
        ReferenceCodeView found = known == null ? null : codes.computeIfAbsent(known, unread -> reference
                .codes(unread).stream().collect(Collectors.toMap(ReferenceCodeView::code, Function.identity())))
                .get(code);
        return found == null ? code : Formats.label(found, welsh ? Language.WELSH : Language.ENGLISH);
    }

    public String worker(UUID id) {
        return id == null ? "" : workers.getOrDefault(id, "");
    }

    public String team(UUID id) {
        return id == null ? "" : teams.getOrDefault(id, "");
    }
}
