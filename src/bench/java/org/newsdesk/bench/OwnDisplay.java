package org.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The X display the start-up benchmark's windows open on. */
final class OwnDisplay {

    private OwnDisplay() {
    }

    /**
     * Null when {@code env} names a display; else an Xvfb of our own on a free display number,
     * which {@code env}'s DISPLAY then names (the caller destroys it).
     */
    static Process unlessSet(Map<String, String> env) throws IOException, InterruptedException {
        if (env.get("DISPLAY") != null && !env.get("DISPLAY").isBlank()) {
            return null;
        }
        int n = 150;
        while (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
            n++;
        }
        Process xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        for (int i = 0; i < 200 && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
            Thread.sleep(50);
        }
        env.put("DISPLAY", ":" + n);
        return xvfb;
    }
}
