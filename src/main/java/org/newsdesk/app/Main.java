package org.newsdesk.app;

import org.newsdesk.cli.NewsdeskCommand;

/**
 * Entry point: {@code newsdesk COMMAND ...} runs headless; no command opens the window
 * (and returns when it closes). Deliberately not a JavaFX Application, so the CLI never
 * loads JavaFX.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.exit(NewsdeskCommand.create(NewsdeskApp::launch).execute(args));
    }
}
