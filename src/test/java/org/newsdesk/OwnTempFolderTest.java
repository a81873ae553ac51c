package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Under the build, each test JVM makes its temporary files in a folder of its own. */
class OwnTempFolderTest {

    @TempDir
    Path tempDir;

    @Test
    void temporaryFilesAndTestFoldersOfThisJvmAreInItsOwnFolder() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean(OwnTempFolder.OWN), "run by the build (surefire sets " + OwnTempFolder.OWN + ")");
        Path own = Path.of(System.getProperty("java.io.tmpdir"));

        assertThat(own.getFileName().toString()).matches("newsdesk-[0-9]{9}-[0-9]+");
        assertThat(own).isDirectory();
        assertThat(tempDir.getParent()).isEqualTo(own);
        Path file = Files.createTempFile("x", ".tmp");
        try {
            assertThat(file.getParent()).isEqualTo(own);
        } finally {
            Files.delete(file);
        }
    }
}
