package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    private static final Set<String> OPTIONS = Set.of("--data-dir", "--lang", "--import");

    /**
     * The window's arguments when {@code args} hold nothing else (each option at most once, as
     * {@code --name value} or {@code --name=value}); empty when anything else is there, so the
     * full command line reads them (and reports any mistake).
     */
    public static Optional<WindowArguments> of(String... args) {
        Map<String, String> values = new HashMap<>();
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
            if (!OPTIONS.contains(name) || value.isEmpty() || values.put(name, value) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(new WindowArguments(absolute(values.get("--data-dir")), values.get("--lang"),
                absolute(values.get("--import"))));
    }

    private static Path absolute(String path) {
        return path == null ? null : Path.of(path).toAbsolutePath();
    }
}
