package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The version the store trusts without Flyway is the newest migration the build ships. */
class SchemaVersionTest {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void theSchemaVersionIsTheNewestMigration() throws IOException, URISyntaxException {
        Path folder = Path.of(Store.class.getResource("/db/migration").toURI());
        int newest;
        try (Stream<Path> files = Files.list(folder)) {
            newest = files.map(f -> VERSIONED.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(Store.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void theMigrationCountIsTheNumberOfScripts() throws IOException, URISyntaxException {
        Path folder = Path.of(Store.class.getResource("/db/migration").toURI());
        long count;
        try (Stream<Path> files = Files.list(folder)) {
            count = files.filter(f -> VERSIONED.matcher(f.getFileName().toString()).matches()).count();
        }
        assertThat(Store.MIGRATION_COUNT).isEqualTo(count);
    }
}
