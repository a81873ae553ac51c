package org.newsdesk.export;

/**
 * Quotation marks in a page's script: the mainland's “ ” ‘ ’ (GB/T 15834) on a Simplified page,
 * the corner brackets 「 」 『 』 on a Traditional one (Taiwan and Hong Kong alike). One
 * character for one, so positions never move. A ’ between two Latin letters or digits is an
 * apostrophe (Xi’an, it’s) and stays as it is.
 */
final class QuoteMarks {

    private static final String MAINLAND = "“”‘’";
    private static final String CORNER = "「」『』";

    private QuoteMarks() {
    }

    static String forScript(String text, boolean traditional) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String from = traditional ? MAINLAND : CORNER;
        String to = traditional ? CORNER : MAINLAND;
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            int k = from.indexOf(text.charAt(i));
            if (k < 0 || k >= 2 && apostrophe(text, i)) {
                continue;
            }
            if (out == null) {
                out = text.toCharArray();
            }
            out[i] = to.charAt(k);
        }
        return out == null ? text : new String(out);
    }

    private static boolean apostrophe(String text, int i) {
        return i > 0 && i + 1 < text.length() && latin(text.charAt(i - 1)) && latin(text.charAt(i + 1));
    }

    private static boolean latin(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }
}
