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

    @Test
    void everyLibraryCarriesTheVersionTheBuildShips() {
        assertThat(BundledLibraries.list()).allSatisfy(lib -> assertThat(lib.version()).as(lib.coordinates())
                .matches("[\\w.\\-]*[0-9][\\w.\\-]*"));
        assertThat(BundledLibraries.list()).filteredOn(lib -> lib.coordinates().equals("org.openjfx:javafx-controls"))
                .singleElement().extracting(BundledLibraries.Library::version).asString().startsWith("21.");
    }

    @Test
    void licenceTextsLinkEveryLicenceNamedAndCarryTheShortOnes() {
        assertThat(BundledLibraries.licenceText("EPL-1.0 or LGPL-2.1")).contains(
                "EPL-1.0: https://spdx.org/licenses/EPL-1.0.html", "LGPL-2.1: https://spdx.org/licenses/LGPL-2.1.html");
        assertThat(BundledLibraries.licenceText("BSD-3-Clause")).contains("BSD-3-Clause: https://spdx.org/licenses/",
                "Neither the name of the copyright holder");
        assertThat(BundledLibraries.licenceText("GPL-2.0 with Classpath Exception"))
                .startsWith("GPL-2.0 with Classpath Exception: https://openjdk.org/legal/gplv2+ce.html");
        assertThat(BundledLibraries.licenceText("Apache-2.0 (icons: MIT)")).contains("Apache License",
                "Version 2.0, January 2004", "MIT: https://spdx.org/licenses/MIT.html", "Permission is hereby granted");
        for (BundledLibraries.Library lib : BundledLibraries.list()) {
            assertThat(BundledLibraries.licenceText(lib.licence())).as(lib.licence()).contains("https://");
        }
    }

    @Test
    void newsdesksOwnLicenceIsTheLicenseFileInTheJar() throws Exception {
        String own = BundledLibraries.licenceText(BundledLibraries.OWN_LICENCE);
        assertThat(Files.readString(Path.of("LICENSE")).strip()).isNotEmpty();
        assertThat(own).contains(Files.readString(Path.of("LICENSE")).strip());
    }
}
