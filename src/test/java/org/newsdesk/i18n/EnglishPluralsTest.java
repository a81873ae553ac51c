package org.newsdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Counts read naturally in English: no message of the English bundles, formatted with each
 * argument 1, says "1 paragraphs" (counts use choice formats: 1 paragraph, 2 paragraphs).
 */
class EnglishPluralsTest {

    private static final String NOUNS = "characters?|paragraphs?|match(?:es)?|tables?|images?|entr(?:y|ies)|parts?"
            + "|checks?|stor(?:y|ies)|names?|files?|bundles?|errors?|warnings?|turns?|revisions?|targets?|lines?"
            + "|speakers?|findings?|deliver(?:y|ies)|hints?|places?|items?|times?|seconds?|minutes?|words?|hits?";
    private static final Pattern ONE_WITH_PLURAL = Pattern.compile("(?<![\\d.,])1 (?:" + NOUNS + ")\\b");

    @Test
    void oneOfAnythingIsSingular() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String bundle : List.of("/i18n/messages.properties", "/i18n/cli.properties")) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                String one = format(pattern, 1);
                if (one == null) {
                    continue;
                }
                var m = ONE_WITH_PLURAL.matcher(one);
                while (m.find()) {
                    if (m.group().endsWith("s")) {
                        wrong.add(key + ": " + one);
                    }
                }
            }
        }
        assertThat(wrong).as("messages that say \"1 …s\"").isEmpty();
    }

    /** The message with every argument {@code n}; null for texts that are not message patterns. */
    private static String format(String pattern, int n) {
        if (!pattern.contains("{")) {
            return null;
        }
        try {
            Object[] args = new Object[10];
            Arrays.fill(args, n);
            return new MessageFormat(pattern, Locale.ENGLISH).format(args);
        } catch (IllegalArgumentException notAMessageFormat) {
            return null;
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EnglishPluralsTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
