package org.newsdesk;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small real filesystem for tests of disk faults: a tmpfs mounted on a fresh folder (needs
 * root on Linux), which a test can fill up, free again, or remount read-only. Where the platform
 * refuses, the test is skipped with the reason ({@link TestRequirements#require}).
 */
public final class SmallDisk implements AutoCloseable {

    private final Path root;
    private final Path filler;

    private SmallDisk(Path root) {
        this.root = root;
        this.filler = root.resolve("filler.bin");
    }

    /** Mounts a tmpfs of {@code size} (e.g. "48m"), or skips the test saying why it cannot. */
    public static SmallDisk mount(String size) throws IOException, InterruptedException {
        Path at = Files.createTempDirectory("newsdesk-smalldisk-");
        String why = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString());
        if (why != null) {
            Files.delete(at);
            TestRequirements.require(false, "a small tmpfs mounted as root (" + why.strip() + ")");
        }
        return new SmallDisk(at);
    }

    public Path root() {
        return root;
    }

    /** Writes a file until the disk says it is full. */
    public void fill() throws IOException {
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[64 * 1024];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left on device")) {
                throw full;
            }
        }
    }

    /** Gives back the space {@link #fill()} took. */
    public void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    /** Remounts the disk read-only (what it holds stays readable), or skips the test saying why it cannot. */
    public void makeReadOnly() throws InterruptedException {
        String why = run("mount", "-o", "remount,ro", root.toString());
        TestRequirements.require(why == null, "a tmpfs remounted read-only as root (" + why + ")");
    }

    /** Makes one file read-only by mounting it read-only over itself (a bind mount); skips when refused. */
    public static void bindReadOnly(Path file) throws InterruptedException {
        String why = run("mount", "--bind", file.toString(), file.toString());
        if (why == null) {
            why = run("mount", "-o", "remount,bind,ro", file.toString());
            if (why != null) {
                run("umount", file.toString());
            }
        }
        TestRequirements.require(why == null, "a read-only bind mount as root (" + why + ")");
    }

    /** Undoes {@link #bindReadOnly}. */
    public static void unbind(Path file) throws InterruptedException {
        run("umount", file.toString());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", root.toString());
        Files.deleteIfExists(root);
    }

    /** Runs a command; null when it worked, else what it said. */
    public static String run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? null : command[0] + " exited with " + p.exitValue() + ": " + said;
        } catch (IOException e) {
            return command[0] + " cannot be run: " + e.getMessage();
        }
    }
}
