package org.newsdesk.text;

import java.text.Normalizer;

/**
 * Counts characters the way Chinese newsrooms do: every CJK character and every
 * full-width punctuation mark counts 1, a run of Latin letters or digits (a word)
 * counts 1, whitespace and half-width punctuation do not count. Text is NFC-normalised
 * first so that composed and decomposed forms count the same.
 */
public final class CharacterCount {

    private CharacterCount() {
    }

    public static int of(CharSequence text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                inWord = false;
            } else if (inWord && isWordJoiner(cp) && i < s.length() && Character.isLetterOrDigit(s.codePointAt(i))
                    && !isWideCharacter(s.codePointAt(i))) {
                // don't, e-mail: the apostrophe or hyphen keeps the word together
                continue;
            } else if (isWideCharacter(cp)) {
                count++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    count++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
        }
        return count;
    }

    private static boolean isWordJoiner(int cp) {
        return cp == '\'' || cp == '’' || cp == '-';
    }

    /** CJK ideographs, kana, hangul and full-width forms: one count each. */
    static boolean isWideCharacter(int cp) {
        // the common ranges first: the Unicode tables below are binary searches per character
        if (cp < 0x1100) {
            return cp == '·';
        }
        if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || cp == '…' || cp == '—' || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '·';
    }
}
