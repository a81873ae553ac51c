package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.ChildJvm;
import org.newsdesk.model.Story;

/**
 * A crash after the window compacted its store while idle loses no committed save: the process
 * ends without closing the store right after its last commit, and reopening finds that commit.
 * (H2 wrote later commits into the space compaction freed, where reopening after a crash did not
 * look: the last one or two commits were gone.)
 */
class CrashAfterCompactionTest {

    private static final int EDITS_BEFORE = 400;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} saves after the compaction")
    @ValueSource(ints = {1, 3})
    void everySaveCommittedAfterACompactionIsThereAfterACrash(int editsAfter) throws Exception {
        Path stderr = dir.resolve("child.err");
        Path folder = dir.resolve("data");
        List<String> command = ChildJvm.command(List.of("-Xmx256m", "-Dfile.encoding=UTF-8",
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"), CompactThenCrashMain.class,
                folder.toString(), String.valueOf(EDITS_BEFORE), String.valueOf(editsAfter));
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        List<String> lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(child.waitFor()).as("the child's stderr: %s", Files.readString(stderr)).isZero();

        UUID id = UUID.fromString(lines.get(0).substring("CREATED ".length()));
        String[] compacted = lines.get(1).split(" ");
        assertThat(Long.parseLong(compacted[2])).as("the compaction gave space back (%s)", lines.get(1))
                .isLessThan(Long.parseLong(compacted[1]));
        int last = EDITS_BEFORE + editsAfter;
        assertThat(lines).last().isEqualTo("COMMITTED " + last);

        try (Store store = Store.open(folder)) {
            Story story = store.stories().get(id);
            assertThat(story.version()).as("version after %d committed edits", last).isEqualTo(1L + last);
            assertThat(story.paragraphs().get(StoreWriterMain.paragraphOf(last)).text())
                    .isEqualTo(StoreWriterMain.text(last));
        }
    }
}
