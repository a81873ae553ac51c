package org.newsdesk.proof;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers written consistently within a story (GB/T 15835): full-width digits (１２) are written
 * half-width, and years are either all in Arabic digits (2015年) or all in Chinese numerals
 * (二〇一五年): where both occur, the rarer form is flagged (the Chinese one on a tie).
 */
final class NumberRule {

    static final String FULL_WIDTH = "numbers.fullwidth";
    static final String YEAR_FORM = "numbers.yearform";

    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    /** A four-digit year found by {@link #scan}, kept until {@link #finish}. */
    record Year(Where where, int start, String text, boolean chinese) {

        /** The same year found in a text now at {@code other}. */
        Year at(Where other) {
            return other.equals(where) ? this : new Year(other, start, text, chinese);
        }
    }

    private final List<Year> years = new ArrayList<>();

    void scan(String text, Where where, FindingSink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                int j = i;
                StringBuilder half = new StringBuilder();
                while (j < n && text.charAt(j) >= '０' && text.charAt(j) <= '９') {
                    half.append((char) (text.charAt(j) - '０' + '0'));
                    j++;
                }
                sink.add(ProofCategory.NUMBERS, Severity.WARNING, where, i, j, "proof.numbers.fullwidth", half.toString(),
                        FULL_WIDTH, text.substring(i, j), half.toString());
                i = j;
                continue;
            }
            if (i + 4 < n && text.charAt(i + 4) == '年' && (i == 0 || !yearDigit(text.charAt(i - 1)))) {
                String four = text.substring(i, i + 4);
                if (allArabic(four)) {
                    years.add(new Year(where, i, four, false));
                    i += 5;
                    continue;
                }
                if (allChinese(four)) {
                    years.add(new Year(where, i, four, true));
                    i += 5;
                    continue;
                }
            }
            i++;
        }
    }

    /** The years scanned so far, in the order found. */
    List<Year> years() {
        return years;
    }

    /** Years scanned earlier (by another rule) count as if scanned here. */
    void addYears(List<Year> found) {
        years.addAll(found);
    }

    /** After every text is scanned: the years in the rarer form. */
    void finish(FindingSink sink) {
        int chinese = 0;
        for (Year y : years) {
            if (y.chinese()) {
                chinese++;
            }
        }
        int arabic = years.size() - chinese;
        if (chinese == 0 || arabic == 0) {
            return;
        }
        boolean flagChinese = chinese <= arabic;
        for (Year y : years) {
            if (y.chinese() == flagChinese) {
                String other = y.chinese() ? toArabic(y.text()) : toChinese(y.text());
                sink.add(ProofCategory.NUMBERS, Severity.WARNING, y.where(), y.start(), y.start() + 4,
                        "proof.numbers.yearform", other, YEAR_FORM, y.text(), other);
            }
        }
    }

    private static boolean yearDigit(char c) {
        return (c >= '0' && c <= '9') || CHINESE_DIGITS.indexOf(c) >= 0 || c == '零';
    }

    private static boolean allArabic(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean allChinese(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (CHINESE_DIGITS.indexOf(c) < 0 && c != '零') {
                return false;
            }
        }
        return true;
    }

    static String toArabic(String s) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            b.append(c == '零' ? '0' : (char) ('0' + CHINESE_DIGITS.indexOf(c)));
        }
        return b.toString();
    }

    static String toChinese(String s) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            b.append(CHINESE_DIGITS.charAt(s.charAt(k) - '0'));
        }
        return b.toString();
    }
}
