package org.newsdesk.text;

/** Characters around and inside a speaker label: spaces to skip, punctuation a label never holds. */
final class LabelChars {

    private LabelChars() {
    }

    /** Punctuation that ends or divides a clause: a label never contains it. */
    static boolean isSentencePunctuation(char c) {
        return switch (c) {
            case '，', ',', '。', '.', '！', '!', '？', '?', '、', '；', ';', '“', '”', '"', '「', '」', '『', '』',
                 '《', '》', '…', '—' -> true;
            default -> false;
        };
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
    }

    static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
