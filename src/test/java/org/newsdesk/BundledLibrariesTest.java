package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The About window's licence list covers exactly the libraries the build ships. */
class BundledLibrariesTest {

    /** "   group:artifact:jar[:classifier]:version:scope", possibly with terminal colours. */
    private static final Pattern DEPENDENCY = Pattern.compile("^\\s+([\\w.\\-]+):([\\w.\\-]+):jar:");

    private static Set<String> runtimeDependencies() throws Exception {
        Path classes = Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path listing = classes.getParent().resolve("runtime-dependencies.txt");
        assertThat(listing).as("written by the build (dependency:list)").exists();
        Set<String> found = new TreeSet<>();
        for (String line : Files.readAllLines(listing)) {
            Matcher m = DEPENDENCY.matcher(line.replaceAll("\u001B\\[[0-9;]*m", ""));
            if (m.find()) {
                found.add(m.group(1) + ":" + m.group(2));
            }
        }
        return found;
    }

    @Test
    void everyRuntimeLibraryHasALicenceLineAndNoLineIsStale() throws Exception {
        Set<String> shipped = runtimeDependencies();
        Set<String> listed = BundledLibraries.list().stream().map(BundledLibraries.Library::coordinates)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(shipped).as("the listing was read").hasSizeGreaterThan(20).contains("org.openjfx:javafx-controls");
        assertThat(listed).as("libraries without a licence line").containsAll(shipped);
        assertThat(shipped).as("licence lines of libraries no longer shipped").containsAll(listed);
    }

    @Test
    void everyLineNamesTheLibraryAndItsLicence() {
        assertThat(BundledLibraries.list()).allSatisfy(lib -> {
            assertThat(lib.coordinates()).matches("[\\w.\\-]+:[\\w.\\-]+");
            assertThat(lib.name()).isNotBlank();
            assertThat(lib.licence()).isNotBlank();
        });
    }
}
