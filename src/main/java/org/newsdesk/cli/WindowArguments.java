package org.newsdesk.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments that only open the window ({@code --data-dir}, {@code --lang}, {@code --import}
 * and files to import, as a file manager's "Open with" passes them), read without building the
 * whole command tree: opening the window is the common case and should not wait for every
 * subcommand's options to be modelled.
 *
 * @param dataDir     the --data-dir value as an absolute path, or null for the default folder
 * @param lang        the --lang value, or null for the preferences' or the system's language
 * @param importFiles the files to show in the import preview one after another (the --import
 *                    value first), as absolute paths; empty for none
 */
public record WindowArguments(Path dataDir, String lang, List<Path> importFiles) {

    public WindowArguments {
        importFiles = importFiles == null ? List.of() : List.copyOf(importFiles);
    }

    private static final Set<String> OPTIONS = Set.of("--data-dir", "--lang", "--import");

    /**
     * The window's arguments when {@code args} hold nothing else (each option at most once, as
     * {@code --name value} or {@code --name=value}); empty when anything else is there, so the
     * full command line reads them (and reports any mistake).
     */
    public static Optional<WindowArguments> of(String... args) {
        Map<String, String> values = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (looksLikeAFile(arg)) {
                files.add(Path.of(arg).toAbsolutePath());
                continue;
            }
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
        if (values.containsKey("--import")) {
            files.add(0, absolute(values.get("--import")));
        }
        return Optional.of(new WindowArguments(absolute(values.get("--data-dir")), values.get("--lang"), files));
    }

    /**
     * A file name rather than a command: it names a folder or an extension ({@code notes.txt},
     * {@code /home/a/访谈}, as desktop file managers pass them). A bare word such as {@code list}
     * is left to the command line, whose commands come first.
     */
    static boolean looksLikeAFile(String arg) {
        return !arg.startsWith("-") && (arg.indexOf('/') >= 0 || arg.indexOf(File.separatorChar) >= 0
                || arg.lastIndexOf('.') > 0);
    }

    private static Path absolute(String path) {
        return path == null ? null : Path.of(path).toAbsolutePath();
    }
}
