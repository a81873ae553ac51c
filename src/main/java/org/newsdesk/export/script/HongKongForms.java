package org.newsdesk.export.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Hong Kong's standard character forms over the library's Traditional output (OpenCC's
 * {@code HKVariants} table, shipped inside opencc4j): 説 for 說, 户 for 戶, 衞 for 衛 …; the
 * library's own 着 (particle) and 裏 are Hong Kong's already. One character for one, so
 * positions never move.
 */
final class HongKongForms {

    private static final String TABLE = "/data/dictionary/HKVariants.txt";
    private static final Map<Character, Character> FORMS = load();

    private HongKongForms() {
    }

    static String apply(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            Character form = FORMS.get(text.charAt(i));
            if (form != null) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = form;
            }
        }
        return out == null ? text : new String(out);
    }

    private static Map<Character, Character> load() {
        try (InputStream in = HongKongForms.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + TABLE);
            }
            Map<Character, Character> out = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.strip().split("[\t ]+");
                // the first form is Hong Kong's; only one-character pairs (all of them today)
                if (f.length >= 2 && f[0].length() == 1 && f[1].length() == 1 && !f[0].equals(f[1])) {
                    out.put(f[0].charAt(0), f[1].charAt(0));
                }
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
