package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The arguments that only open the window ({@code --data-dir}, {@code --lang}, {@code --import}),
 * read without building the whole command tree: opening the window is the common case and
 * should not wait for every subcommand's options to be modelled.
 *
 * @param dataDir    the --data-dir value as an absolute path, or null for the default folder
 * @param lang       the --lang value, or null for the preferences' or the system's language
 * @param importFile the --import value as an absolute path, or null
 */
public record WindowArguments(Path dataDir, String lang, Path importFile) {

    /**
     * The window's arguments when {@code args} hold nothing else (each option at most once, as
     * {@code --name value} or {@code --name=value}); empty when anything else is there, so the
     * full command line reads them (and reports any mistake).
     */
    public static Optional<WindowArguments> of(String... args) {
        String dataDir = null;
        String lang = null;
        String importFile = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.isEmpty()) {
                return Optional.empty();
            }
            switch (name) {
                case "--data-dir" -> {
                    if (dataDir != null) {
                        return Optional.empty();
                    }
                    dataDir = value;
                }
                case "--lang" -> {
                    if (lang != null) {
                        return Optional.empty();
                    }
                    lang = value;
                }
                case "--import" -> {
                    if (importFile != null) {
                        return Optional.empty();
                    }
                    importFile = value;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new WindowArguments(absolute(dataDir), lang, absolute(importFile)));
    }

    private static Path absolute(String path) {
        return path == null ? null : Path.of(path).toAbsolutePath();
    }
}
