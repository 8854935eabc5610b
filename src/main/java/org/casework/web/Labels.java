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

    private final Map<Vocabulary, Map<String, ReferenceCodeView>> codes = new EnumMap<>(Vocabulary.class);
    private final boolean welsh;
    private final Map<UUID, String> workers;
    private final Map<UUID, String> teams;

    public Labels(ReferenceService reference, boolean welsh, Map<UUID, String> workers, Map<UUID, String> teams) {
        for (Vocabulary vocabulary : Vocabulary.values()) {
            codes.put(vocabulary, reference.codes(vocabulary).stream()
                    .collect(Collectors.toMap(ReferenceCodeView::code, Function.identity())));
        }
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
        ReferenceCodeView found = known == null ? null : codes.get(known).get(code);
        if (found == null) {
            return code;
        }
        return welsh && found.labelCy() != null ? found.labelCy() : found.labelEn();
    }

    public String worker(UUID id) {
        return id == null ? "" : workers.getOrDefault(id, "");
    }

    public String team(UUID id) {
        return id == null ? "" : teams.getOrDefault(id, "");
    }
}
