package org.newsdesk.proof;

/** Character classes the rules share. */
final class Chars {

    private Chars() {
    }

    /** A Han character (CJK ideographs and their extensions in the BMP, and 〇). */
    static boolean han(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
                || c == '〇';
    }

    /** Full-width Chinese punctuation (、。「」 … ，：). */
    static boolean cjkPunctuation(char c) {
        return (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF0F') || (c >= '\uFF1A' && c <= '\uFF20')
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—';
    }

    static boolean chinese(char c) {
        return han(c) || cjkPunctuation(c);
    }

    static boolean latinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean containsHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (han(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
