package org.newsdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The X display the start-up benchmark's windows open on. */
final class OwnDisplay {

    private OwnDisplay() {
    }

    /**
     * Null when {@code env} names a display; else an Xvfb of our own on a free display number,
     * ready for clients, which {@code env}'s DISPLAY then names (the caller destroys it).
     */
    static Process unlessSet(Map<String, String> env) throws IOException {
        if (env.get("DISPLAY") != null && !env.get("DISPLAY").isBlank()) {
            return null;
        }
        // Xvfb picks a free display itself and writes its number to -displayfd once it accepts clients
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String n = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        if (n == null || n.isBlank()) {
            xvfb.destroy();
            throw new IOException("Xvfb did not start (no display number on -displayfd)");
        }
        n = n.strip();
        env.put("DISPLAY", ":" + n);
        return xvfb;
    }
}
