package org.newsdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.newsdesk.sync.DeliveryProblem.Code;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;

/** The folder target on real folders: whole bundles only, clear errors for unusable folders. */
class FolderTargetTest {

    @TempDir
    Path dir;

    private Path immutable;

    @AfterEach
    void makeWritableAgain() throws Exception {
        if (immutable != null) {
            Optional<Path> chattr = TestRequirements.find("chattr");
            if (chattr.isPresent()) {
                new ProcessBuilder(chattr.get().toString(), "-i", immutable.toString()).inheritIO().start().waitFor();
            }
            Files.setPosixFilePermissions(immutable, PosixFilePermissions.fromString("rwx------"));
        }
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private Delivery bundle(int revision, String text) throws IOException {
        byte[] zip = zip(Map.of("index.html", "<p>" + text + "</p>", "assets/page.css", "p{}", "article.json", "{}"));
        String sha = PortalServer.hex(zip);
        Path file = Files.write(dir.resolve(sha + ".zip"), zip);
        return new Delivery(UUID.randomUUID().toString(), revision, "story-8c1f2a3b", sha, file);
    }

    @Test
    void aBundleIsUnpackedUnderItsSlugAndRevisionAndARepeatIsRecognised() throws IOException {
        Path share = Files.createDirectory(dir.resolve("share"));
        FolderTarget target = new FolderTarget("share", share);
        Delivery delivery = bundle(2, "以下是訪談文字實錄");

        DeliveryOutcome first = target.deliver(delivery);
        DeliveryOutcome again = target.deliver(delivery);

        Path folder = share.resolve("story-8c1f2a3b").resolve("r2");
        assertThat(first).isEqualTo(new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.FOLDER_WRITTEN, folder)));
        assertThat(again).isEqualTo(new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.FOLDER_ALREADY_THERE, folder)));
        assertThat(Files.readString(folder.resolve("index.html"))).isEqualTo("<p>以下是訪談文字實錄</p>");
        assertThat(folder.resolve("assets/page.css")).exists();
        assertThat(Files.readString(folder.resolve(FolderTarget.SHA_FILE)).strip()).isEqualTo(delivery.sha256());
        try (Stream<Path> all = Files.list(share.resolve("story-8c1f2a3b"))) {
            assertThat(all.map(p -> p.getFileName().toString())).containsExactly("r2");
        }
    }

    @Test
    void aWatcherNeverSeesHalfABundle() throws Exception {
        Path share = Files.createDirectory(dir.resolve("share"));
        FolderTarget target = new FolderTarget("share", share);
        AtomicBoolean done = new AtomicBoolean();
        List<String> halfSeen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                Path r = share.resolve("story-8c1f2a3b");
                try (Stream<Path> children = Files.exists(r) ? Files.list(r) : Stream.empty()) {
                    for (Path c : children.toList()) {
                        if (!c.getFileName().toString().startsWith(".") && Files.isDirectory(c)
                                && !(Files.exists(c.resolve("index.html")) && Files.exists(c.resolve("article.json"))
                                        && Files.exists(c.resolve(FolderTarget.SHA_FILE)))) {
                            halfSeen.add(c.toString());
                        }
                    }
                } catch (IOException ignored) {
                    // a folder renamed while listed: look again
                }
            }
        });
        watcher.start();
        for (int revision = 1; revision <= 40; revision++) {
            assertThat(target.deliver(bundle(revision, "revision " + revision)))
                    .isInstanceOf(DeliveryOutcome.Delivered.class);
        }
        done.set(true);
        watcher.join();

        assertThat(halfSeen).isEmpty();
    }

    @Test
    void aNewerRevisionAlreadyThereIsAConflict() throws IOException {
        Path share = Files.createDirectory(dir.resolve("share"));
        FolderTarget target = new FolderTarget("share", share);
        target.deliver(bundle(5, "five"));

        DeliveryOutcome older = target.deliver(bundle(4, "four"));

        assertThat(older).isEqualTo(new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.CONFLICT,
                DeliveryProblem.of(Code.FOLDER_NEWER_REVISION, share.resolve("story-8c1f2a3b"), 5)));
    }

    @Test
    void aMissingFolderIsRetriedAsNotMounted() throws IOException {
        Path share = dir.resolve("not-mounted");

        DeliveryOutcome outcome = new FolderTarget("share", share).deliver(bundle(1, "x"));

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Retry(DeliveryProblem.of(Code.FOLDER_MISSING, share), null));
    }

    @Test
    void aFileInsteadOfAFolderIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("share"), "x");

        DeliveryOutcome outcome = new FolderTarget("share", file).deliver(bundle(1, "x"));

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED, DeliveryProblem.of(Code.FOLDER_IS_FILE, file)));
    }

    @Test
    @Tag(TestRequirements.SYSTEM)
    void aReadOnlyFolderIsRefusedAndLeftEmpty() throws Exception {
        Path share = Files.createDirectory(dir.resolve("share"));
        Files.setPosixFilePermissions(share, PosixFilePermissions.fromString("r-xr-xr-x"));
        immutable = share;
        if (Files.isWritable(share)) {
            // root ignores permissions: make the folder immutable instead
            String why = "root ignores permissions, so the folder is made immutable";
            String chattr = TestRequirements.program(why, "chattr");
            int exit = new ProcessBuilder(chattr, "+i", share.toString()).inheritIO().start().waitFor();
            TestRequirements.require(exit == 0, "chattr +i to work on " + dir + " (" + why
                    + "; a container without CAP_LINUX_IMMUTABLE refuses it)");
        }

        DeliveryOutcome outcome = new FolderTarget("share", share).deliver(bundle(1, "x"));

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED,
                DeliveryProblem.of(Code.FOLDER_NO_PERMISSION, share)));
        try (Stream<Path> children = Files.list(share)) {
            assertThat(children).isEmpty();
        }
    }

    @Test
    void aBundleWithAPathClimbingOutIsRefusedAndNothingIsLeft() throws IOException {
        Path share = Files.createDirectory(dir.resolve("share"));
        byte[] zip = zip(Map.of("index.html", "x", "../evil.html", "y"));
        String sha = PortalServer.hex(zip);
        Delivery evil = new Delivery("id", 1, "story-1", sha, Files.write(dir.resolve(sha + ".zip"), zip));

        DeliveryOutcome outcome = new FolderTarget("share", share).deliver(evil);

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED,
                DeliveryProblem.of(Code.FOLDER_UNSAFE_BUNDLE, "unsafe name in bundle: ../evil.html")));
        assertThat(dir.resolve("evil.html")).doesNotExist();
        try (Stream<Path> children = Files.list(share.resolve("story-1"))) {
            assertThat(children).isEmpty();
        }
    }
}
