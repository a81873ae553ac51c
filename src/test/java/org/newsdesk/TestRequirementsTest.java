package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing requirement skips with its reason, or fails when everything is required. */
class TestRequirementsTest {

    @TempDir
    Path dir;

    private String requireAll;
    private String shared;

    @BeforeEach
    void remember() {
        requireAll = System.getProperty(TestRequirements.REQUIRE_ALL);
        shared = System.getProperty(TestRequirements.SHARED_DIR);
    }

    @AfterEach
    void restore() {
        put(TestRequirements.REQUIRE_ALL, requireAll);
        put(TestRequirements.SHARED_DIR, shared);
    }

    private static void put(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void aMissingSeedPageSkipsWithItsPathUnlessAllIsRequired() {
        System.setProperty(TestRequirements.SHARED_DIR, dir.resolve("no-shared-here").toString());
        System.setProperty(TestRequirements.REQUIRE_ALL, "false");

        assertThatThrownBy(TestRequirements::seedPage).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("needs the seed page").hasMessageContaining("no-shared-here");

        System.setProperty(TestRequirements.REQUIRE_ALL, "true");
        assertThatThrownBy(TestRequirements::seedPage).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("needs the seed page").hasMessageContaining(TestRequirements.REQUIRE_ALL);
    }

    @Test
    void aSeedPageThatIsThereIsReturned() throws Exception {
        Files.createDirectories(dir.resolve("seed"));
        Path page = Files.writeString(dir.resolve("seed").resolve("portal-page-example.txt"), "一頁");
        System.setProperty(TestRequirements.SHARED_DIR, dir.toString());
        System.setProperty(TestRequirements.REQUIRE_ALL, "true");

        assertThat(TestRequirements.seedPage()).isEqualTo(page);
    }

    @Test
    void programsAreFoundByPathOrNameAndAMissingOneIsNamed() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        System.setProperty(TestRequirements.REQUIRE_ALL, "false");

        assertThat(TestRequirements.program("the JDK", "no-such-program-here", java.toString())).isEqualTo(java.toString());
        assertThat(TestRequirements.find("no-such-program-here")).isEmpty();
        assertThatThrownBy(() -> TestRequirements.programs("a test", "no-such-program-here"))
                .isInstanceOf(TestAbortedException.class).hasMessage("needs no-such-program-here (a test)");
    }
}
