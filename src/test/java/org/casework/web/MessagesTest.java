package org.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/** Every word of the web client exists in English and in Welsh, with the same parameters. */
class MessagesTest {

    /** Names, the same in both languages. */
    private static final Set<String> NAMES = Set.of("service_name");

    private static final Pattern PARAMETER = Pattern.compile("\\{(?:#(?:if|when|else if)\\s+)?([a-z][A-Za-z0-9]*)");

    static Properties read(String name) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(
                MessagesTest.class.getResourceAsStream("/messages/" + name), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }

    static Map<String, Set<String>> parameters(Properties messages) {
        Map<String, Set<String>> found = new TreeMap<>();
        messages.forEach((key, value) -> {
            Set<String> names = new TreeSet<>();
            Matcher parameter = PARAMETER.matcher((String) value);
            while (parameter.find()) {
                if (!Set.of("is", "else").contains(parameter.group(1))) {
                    names.add(parameter.group(1));
                }
            }
            found.put((String) key, names);
        });
        return found;
    }

    /** The message bundles: msg (every page), actions (case and assessment pages), leads (team leads' pages). */
    static final java.util.List<String> BUNDLES = java.util.List.of("msg", "actions", "leads");

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.FieldSource("BUNDLES")
    void welshHasEveryEnglishKeyWithTheSameParameters(String bundle) throws IOException {
        Properties english = read(bundle + "_en.properties");
        Properties welsh = read(bundle + "_cy.properties");

        assertThat(welsh.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(parameters(welsh)).isEqualTo(parameters(english));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.FieldSource("BUNDLES")
    void noWelshTextIsLeftInEnglish(String bundle) throws IOException {
        Properties english = read(bundle + "_en.properties");
        Properties welsh = read(bundle + "_cy.properties");
        Set<String> untranslated = new TreeSet<>();
        english.forEach((key, value) -> {
            String text = ((String) value).replaceAll("\\{[^}]*\\}", "").strip();
            // a value with words that is identical in both languages was not translated
            if (!NAMES.contains(key) && text.matches(".*[a-z]{4,}.*") && text.equals(((String) welsh.get(key)).replaceAll("\\{[^}]*\\}", "")
                    .strip())) {
                untranslated.add((String) key);
            }
        });
        assertThat(untranslated).as("keys whose Welsh is still the English").isEmpty();
    }
}
