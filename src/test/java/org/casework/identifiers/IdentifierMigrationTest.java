package org.casework.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Identifiers.housingRef;
import static org.casework.support.Identifiers.nhsNumber;
import static org.casework.support.Identifiers.spaced;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.casework.identifiers.IdentifierRules.Normaliser;
import org.casework.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Migration V14 normalised the identifiers stored before it with its own SQL copy of the normalisers. These run
 * that SQL, taken from the packaged migration itself, in transactions that are rolled back: it must write values
 * exactly as {@link IdentifierRules} does, keep a value that two people would share, and never break.
 */
@QuarkusTest
class IdentifierMigrationTest {

    private static final String START = "create function pg_temp.identifier_normalised";
    private static final String END = "drop function pg_temp.identifier_normalised(text, text);";

    @Inject
    DataSource dataSource;

    /** The migration's conversion: its function, the update, and the function dropped again. */
    private static String conversion() throws IOException {
        try (InputStream in = IdentifierMigrationTest.class.getResourceAsStream("/db/migration/V14__identifier_systems.sql")) {
            assertThat(in).as("the packaged migration").isNotNull();
            String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = migration.indexOf(START);
            int end = migration.indexOf(END);
            assertThat(start).isNotNegative();
            assertThat(end).isGreaterThan(start);
            return migration.substring(start, end + END.length());
        }
    }

    private static String function() throws IOException {
        String conversion = conversion();
        return conversion.substring(0, conversion.indexOf("$$;") + 3);
    }

    @Test
    void theMigrationWroteValuesExactlyAsTheJavaRulesDo() throws Exception {
        List<String> values = List.of("943 476 5919", " 943-476-5919 ", "943\t476\n5919", "943\u00A0476\u00A05919",
                "943\u2007476\u202F5919", "943\u2003476 5919", "  hr 209 31 ", "hr-2093/1b", "Hé 1 ß", "ref\r\n",
                "\u000B\fx y\f", "---", "a - b", "\u00A0lead and trail\u00A0");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(function());
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "select pg_temp.identifier_normalised(?, ?)")) {
                for (Normaliser normaliser : Normaliser.values()) {
                    for (String value : values) {
                        query.setString(1, normaliser.code());
                        query.setString(2, value);
                        try (ResultSet result = query.executeQuery()) {
                            result.next();
                            assertThat(result.getString(1)).as("%s of [%s]", normaliser, value)
                                    .isEqualTo(normaliser.apply(value));
                        }
                    }
                }
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void storedValuesAreNormalisedAndAValueTwoPeopleWouldShareStaysWithOne() throws Exception {
        String team = team();
        String nhs = nhsNumber();
        String reference = housingRef();
        String invalid = "123 45";
        // person, system, value as an integrator once sent it (the API of the time took any value)
        Map<String, String[]> stored = new LinkedHashMap<>();
        stored.put("first with spaces", new String[] {"nhs-number", spaced(nhs)});
        stored.put("second already normal", new String[] {"nhs-number", nhs});
        stored.put("third hyphenated", new String[] {"nhs-number", nhs.substring(0, 5) + "-" + nhs.substring(5)});
        stored.put("lower-case reference", new String[] {"council-housing-ref", " " + reference.toLowerCase() + " "});
        stored.put("not an NHS number", new String[] {"nhs-number", invalid});
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<String, UUID> people = new LinkedHashMap<>();
                int order = 0;
                for (Map.Entry<String, String[]> entry : stored.entrySet()) {
                    UUID id = UUID.randomUUID();
                    people.put(entry.getKey(), id);
                    try (PreparedStatement insert = connection.prepareStatement("""
                            insert into person (id, registered_by_team_id, preferred_name, full_name, created_at,
                                                updated_at)
                            values (?, ?, 'Legacy', 'Legacy', ? - make_interval(days => 10 - ?), ?)""")) {
                        OffsetDateTime now = TestClock.now();
                        insert.setObject(1, id);
                        insert.setObject(2, UUID.fromString(team));
                        insert.setObject(3, now);
                        insert.setInt(4, order++);
                        insert.setObject(5, now);
                        insert.executeUpdate();
                    }
                    try (PreparedStatement insert = connection.prepareStatement(
                            "insert into person_identifier (person_id, position, system, value) values (?, 0, ?, ?)")) {
                        insert.setObject(1, id);
                        insert.setString(2, entry.getValue()[0]);
                        insert.setString(3, entry.getValue()[1]);
                        insert.executeUpdate();
                    }
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute(conversion());
                    // the unique constraint is deferred to commit: check it now
                    statement.execute("set constraints all immediate");
                }
                Map<String, String> now = new LinkedHashMap<>();
                for (Map.Entry<String, UUID> person : people.entrySet()) {
                    try (PreparedStatement query = connection.prepareStatement(
                            "select value from person_identifier where person_id = ?")) {
                        query.setObject(1, person.getValue());
                        try (ResultSet result = query.executeQuery()) {
                            result.next();
                            now.put(person.getKey(), result.getString(1));
                        }
                    }
                }
                assertThat(now).containsEntry("second already normal", nhs)
                        // duplicates of the second: kept as they were, for a person to merge
                        .containsEntry("first with spaces", spaced(nhs))
                        .containsEntry("third hyphenated", stored.get("third hyphenated")[1])
                        .containsEntry("lower-case reference", reference)
                        // kept, normalised, though no NHS number
                        .containsEntry("not an NHS number", "12345");
                assertThat(Normaliser.REMOVE_SPACES_AND_HYPHENS.apply(invalid)).isEqualTo("12345");
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new AssertionError("the migration's conversion failed: " + e.getMessage(), e);
        }
    }
}
