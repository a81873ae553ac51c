package org.newsdesk.credentials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.newsdesk.credentials.CredentialStoreException.Problem;

/**
 * Runs a keyring command-line tool ({@code secret-tool}, macOS {@code security}): its input
 * (which may hold a secret) goes over standard input, never on the command line, and both
 * outputs are drained on their own threads. The caller wipes {@link Result#stdout()}.
 */
final class ToolRun {

    private static final long DRAIN_MILLIS = 5_000;

    private ToolRun() {
    }

    /** What the tool answered: its exit status, standard output (wipe it) and error text. */
    record Result(int exit, byte[] stdout, String stderr) {

        void wipe() {
            Arrays.fill(stdout, (byte) 0);
        }
    }

    /**
     * @param command     the tool, then its arguments (never a secret)
     * @param environment variables set on top of this process's
     * @param input       bytes for its standard input, or {@code null}; not wiped here
     * @param seconds     how long to wait before giving up on it
     */
    static Result run(List<String> command, Map<String, String> environment, byte[] input, long seconds) {
        String tool = command.get(0);
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command));
        pb.environment().putAll(environment);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new CredentialStoreException(Problem.KEYRING, null, tool + " cannot be started", e);
        }
        try (OutputStream in = p.getOutputStream()) {
            if (input != null) {
                in.write(input);
            }
        } catch (IOException e) {
            p.destroyForcibly();
            throw new CredentialStoreException(Problem.KEYRING, null, tool + " did not take its input", e);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicReference<byte[]> out = new AtomicReference<>(new byte[0]);
        Thread errReader = reader(() -> err.writeBytes(p.getErrorStream().readAllBytes()));
        Thread outReader = reader(() -> out.set(p.getInputStream().readAllBytes()));
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                outReader.join(DRAIN_MILLIS);
                Arrays.fill(out.get(), (byte) 0);
                throw new CredentialStoreException(Problem.KEYRING, null, tool + " did not answer in " + seconds + " s");
            }
            // a helper the tool started may hold its outputs open after it exited
            outReader.join(DRAIN_MILLIS);
            errReader.join(DRAIN_MILLIS);
            return new Result(p.exitValue(), out.get(), err.toString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Arrays.fill(out.get(), (byte) 0);
            Thread.currentThread().interrupt();
            throw new CredentialStoreException(Problem.KEYRING, null, "interrupted while waiting for " + tool, e);
        }
    }

    private interface StreamRead {
        void run() throws IOException;
    }

    /** Drains one of the tool's outputs on its own thread, so a silent tool cannot block the other. */
    private static Thread reader(StreamRead read) {
        Thread t = new Thread(() -> {
            try {
                read.run();
            } catch (IOException ignored) {
                // a broken pipe leaves the output short; the exit code still tells what happened
            }
        }, "keyring-tool-output");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
