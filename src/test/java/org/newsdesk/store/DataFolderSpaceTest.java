package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.StoreErrorText;

/**
 * A data folder on a full or read-only disk is refused at start with what to do. Root
 * ignores file permissions, so read-only is tried on a file system that refuses everyone.
 */
class DataFolderSpaceTest {

    @Test
    void aDiskWithTooLittleFreeSpaceIsReportedAsFull(@TempDir Path tmp) {
        Path folder = tmp.resolve("data");

        StoreException e = catchThrowableOfType(StoreException.class, () -> DataFolder.prepare(folder, Long.MAX_VALUE));

        assertThat(e.problem()).isEqualTo(StoreException.Problem.DISK_FULL);
        assertThat(e.path()).isEqualTo(folder);
        assertThat(StoreErrorText.describe(e, new Messages(Locale.ENGLISH)))
                .contains(folder.toString()).contains("is full").contains("--data-dir");
        assertThat(StoreErrorText.describe(e, new Messages(Messages.SIMPLIFIED))).contains("磁盘已满");
        assertThat(StoreErrorText.describe(e, new Messages(Messages.TRADITIONAL))).contains("磁碟已滿");
    }

    @Test
    void aDiskWithRoomPassesAndTheProbeLeavesNothing(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("data");

        DataFolder.prepare(folder, 1);

        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    @Tag(TestRequirements.SYSTEM)
    void aFolderOnAReadOnlyFileSystemIsRefusedEvenForRoot() {
        Path readOnly = Path.of("/proc/self");
        TestRequirements.require(Files.isDirectory(readOnly), "Linux's /proc (a file system that refuses even root)");

        StoreException existing = catchThrowableOfType(StoreException.class, () -> Store.open(readOnly));
        StoreException missing = catchThrowableOfType(StoreException.class,
                () -> Store.open(readOnly.resolve("newsdesk")));

        assertThat(existing.problem()).isEqualTo(StoreException.Problem.FOLDER_NOT_WRITABLE);
        assertThat(missing.problem()).isEqualTo(StoreException.Problem.FOLDER_NOT_WRITABLE);
        assertThat(StoreErrorText.describe(existing, new Messages(Locale.ENGLISH)))
                .contains("/proc/self").contains("--data-dir");
    }
}
