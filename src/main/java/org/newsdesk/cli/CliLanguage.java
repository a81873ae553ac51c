package org.newsdesk.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import org.newsdesk.i18n.Messages;
import picocli.CommandLine;

/**
 * The language of the command line's own texts (usage help, usage errors): the {@code --lang} tag, or the
 * system's language without one. The texts are in the {@code i18n/cli} bundles, keyed the way picocli looks
 * them up ({@code newsdesk.list.usage.description}, {@code newsdesk.list.json}, ...).
 */
final class CliLanguage {

    static final String BUNDLE = "i18n.cli";

    private CliLanguage() {
    }

    /** The bundle for {@code tag} (null or blank: the system's language); Chinese variants as {@link Messages} maps them. */
    static ResourceBundle bundle(String tag) {
        Locale requested = tag == null || tag.isBlank() ? Locale.getDefault()
                : Locale.forLanguageTag(tag.trim().replace('_', '-'));
        return ResourceBundle.getBundle(BUNDLE, Messages.bundleLocale(requested),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Gives the whole command tree under {@code root} the texts of {@code tag}. */
    static void apply(CommandLine root, String tag) {
        root.setResourceBundle(bundle(tag));
    }

    /**
     * The {@code --lang} value among raw arguments ({@code --lang TAG} or {@code --lang=TAG}), or null; read
     * when parsing failed and the option may not have reached its field.
     */
    static String langIn(String... args) {
        String found = null;
        for (int i = 0; i < args.length; i++) {
            if ("--".equals(args[i])) {
                break;
            }
            if ("--lang".equals(args[i]) && i + 1 < args.length) {
                found = args[++i];
            } else if (args[i].startsWith("--lang=")) {
                found = args[i].substring("--lang=".length());
            }
        }
        return found;
    }
}
