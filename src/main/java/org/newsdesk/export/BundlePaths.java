package org.newsdesk.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.newsdesk.model.Story;
import org.newsdesk.text.Slugs;

/** Names of bundles and of the files in them, and the checks that keep them inside the output folder. */
final class BundlePaths {

    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private BundlePaths() {
    }

    /** {@code <slug>-r<revision>}, the name of a bundle made with the default options. */
    static String bundleName(Story story) {
        return bundleName(story, ExportOptions.defaults());
    }

    /**
     * {@code <slug>-r<revision>} followed by each option that changes the bundle's bytes and is
     * not the default, in a fixed order: the script ({@code -hans}, {@code -hant}, {@code -both}),
     * the label style ({@code -halfwidth}, {@code -brackets}, {@code -bold}), {@code -timestamps},
     * and {@code -as-written} when a Traditional page keeps its conversion errors. So one name
     * always holds one content: {@code kewei-r3-hant-brackets}. Refuses a slug that is not a
     * plain safe name.
     */
    static String bundleName(Story story, ExportOptions options) {
        String slug = story.slug();
        if (!Slugs.isSafe(slug)) {
            throw new ExportException(ExportException.Problem.UNSAFE_SLUG, null,
                    "The slug '" + printable(slug) + "' cannot name a bundle: only a-z, 0-9 and inner hyphens are allowed");
        }
        return slug + "-r" + story.revision() + optionSuffix(options);
    }

    /** The part of a bundle's name that tells its options apart from the defaults; empty for the defaults. */
    static String optionSuffix(ExportOptions options) {
        StringBuilder suffix = new StringBuilder();
        if (options.script() != ScriptMode.AS_IS) {
            suffix.append('-').append(options.script().cliName());
        }
        if (options.labels() != LabelStyle.FULLWIDTH) {
            suffix.append('-').append(options.labels().cliName());
        }
        if (options.timestamps()) {
            suffix.append("-timestamps");
        }
        if (!options.fixConversion() && options.script().targets().stream().anyMatch(org.newsdesk.export.script.Script::traditional)) {
            suffix.append("-as-written");
        }
        return suffix.toString();
    }

    /** {@code name} resolved in {@code folder}, refused if it would end up anywhere else. */
    static Path inside(Path folder, String name) {
        Path base = folder.toAbsolutePath().normalize();
        Path target = base.resolve(name).normalize();
        if (!target.getParent().equals(base)) {
            throw new ExportException(ExportException.Problem.UNSAFE_SLUG, target,
                    "'" + printable(name) + "' would be written outside " + base);
        }
        return target;
    }

    /** A single file name of safe characters that no OS reserves. */
    static boolean isSafeFileName(String name) {
        if (name == null || name.isEmpty() || name.length() > 100 || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            return false;
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return !RESERVED.contains(stem.toLowerCase(Locale.ROOT)) && !name.endsWith(".");
    }

    private static String printable(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
    }
}
