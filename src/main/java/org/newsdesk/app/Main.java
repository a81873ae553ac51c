package org.newsdesk.app;

import java.util.Optional;
import java.util.OptionalInt;
import org.newsdesk.cli.NewsdeskCommand;
import org.newsdesk.cli.WindowArguments;

/**
 * Entry point: {@code newsdesk COMMAND ...} runs headless; no command opens the window
 * (and returns when it closes). Deliberately not a JavaFX Application, so the CLI never
 * loads JavaFX; and the window's own options are read without the command tree, so the
 * window does not wait for it. Started by {@code java -jar} without the window's JVM options, the
 * window opens in a JVM that has them ({@link WindowJvm}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Optional<WindowArguments> window = WindowArguments.of(args);
        if (window.isPresent()) {
            OptionalInt elsewhere = WindowJvm.runWindowElsewhere(args, window.get().lang());
            if (elsewhere.isPresent()) {
                System.exit(elsewhere.getAsInt());
            }
            NewsdeskApp.launch(window.get().dataDir(), window.get().lang(), window.get().importFiles());
            System.exit(0);
        }
        System.exit(NewsdeskCommand.create(Workspace.commandLine(), NewsdeskApp::launch).execute(args));
    }
}
