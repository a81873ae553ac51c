package org.newsdesk.text;

/**
 * The colon written after a speaker label where a turn starts: the full-width colon after a
 * label with Chinese in it (主持人：, 网友ABC：), a colon and a space after a label in Latin
 * letters only (Host: ), as each script's typesetting has it.
 */
public final class LabelColon {

    private LabelColon() {
    }

    /** The colon (and space) that follows {@code label}. */
    public static String after(String label) {
        if (label == null || label.isEmpty()) {
            return "：";
        }
        return label.codePoints().anyMatch(LabelColon::isWide) ? "：" : ": ";
    }

    /** {@code label} with the colon that follows it. */
    public static String labelled(String label) {
        return label + after(label);
    }

    private static boolean isWide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO
                || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
    }
}
