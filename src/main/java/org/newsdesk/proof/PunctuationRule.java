package org.newsdesk.proof;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Punctuation in Chinese text per GB/T 15834: half-width marks beside Chinese, ASCII quotes,
 * quotation marks unbalanced or of the other style, ellipsis and dash forms, and a paragraph
 * that ends without a closing mark. One pass over the text, no regular expressions.
 */
final class PunctuationRule {

    static final String HALF_WIDTH = "punct.halfwidth";
    static final String ASCII_QUOTE = "punct.asciiquote";
    static final String QUOTE_STYLE = "punct.quotestyle";
    static final String UNBALANCED = "punct.unbalanced";
    static final String ELLIPSIS = "punct.ellipsis";
    static final String DASH = "punct.dash";
    static final String NO_CLOSING = "punct.noclosing";

    private static final String HALF = ",:;?!()";
    private static final String FULL = "，：；？！（）";
    private static final String CLOSING = "。！？!?…⋯”’」』）)》】〕—：:；;.";
    /** A paragraph shorter than this (in Han characters) may be a heading and needs no closing mark. */
    private static final int CLOSING_MIN_HAN = 20;

    private PunctuationRule() {
    }

    static void check(String text, Where where, QuoteStyle style, boolean paragraph, FindingSink sink) {
        int n = text.length();
        Deque<int[]> parens = new ArrayDeque<>();
        Deque<int[]> quotes = new ArrayDeque<>();
        int asciiQuotes = 0;
        int brackets = 0;
        boolean heading = where.field() == ProofField.HEADLINE || where.field() == ProofField.KICKER
                || where.field() == ProofField.SUBTITLE;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int run = runLength(text, i, c);
            if (c == '.' && run >= 3 && chineseNear(text, i, i + run)) {
                sink.add(ProofCategory.PUNCTUATION, Severity.WARNING, where, i, i + run, "proof.punct.ellipsis", "……",
                        ELLIPSIS, text.substring(i, i + run), "……");
                i += run;
                continue;
            }
            if ((c == '。' && run >= 3) || (c == '…' && run == 1 && chineseNear(text, i, i + 1))) {
                sink.add(ProofCategory.PUNCTUATION, Severity.WARNING, where, i, i + run, "proof.punct.ellipsis", "……",
                        ELLIPSIS, text.substring(i, i + run), "……");
                i += run;
                continue;
            }
            if (((c == '-' && run >= 2 && chineseNear(text, i, i + run)) || (c == '－' && run >= 2))) {
                sink.add(ProofCategory.PUNCTUATION, Severity.WARNING, where, i, i + run, "proof.punct.dash", "——",
                        DASH, text.substring(i, i + run), "——");
                i += run;
                continue;
            }
            if (c == '.' || c == '。' || c == '…' || c == '-' || c == '－') {
                i += run;
                continue;
            }
            int half = HALF.indexOf(c);
            if (half >= 0) {
                boolean flag = chineseNear(text, i, i + 1) && !betweenDigits(text, i);
                if (c == '(') {
                    parens.push(new int[] {i, flag ? 1 : 0});
                } else if (c == ')' && !parens.isEmpty()) {
                    flag |= parens.pop()[1] == 1;
                }
                if (flag) {
                    String full = String.valueOf(FULL.charAt(half));
                    sink.add(ProofCategory.PUNCTUATION, Severity.WARNING, where, i, i + 1, "proof.punct.halfwidth", full,
                            HALF_WIDTH, String.valueOf(c), full);
                }
            } else if (c == '"' && chineseNear(text, i, i + 1)) {
                String full = String.valueOf(asciiQuotes % 2 == 0 ? style.open : style.close);
                asciiQuotes++;
                sink.add(ProofCategory.PUNCTUATION, Severity.WARNING, where, i, i + 1, "proof.punct.asciiquote", full,
                        ASCII_QUOTE, "\"", full);
            } else if (c == '【' || c == '〖') {
                brackets++;
            } else if ((c == '】' || c == '〗') && brackets > 0) {
                brackets--;
            } else if (isOpenQuote(c) && !apostrophe(text, i)) {
                char expected = quotes.size() % 2 == 0 ? style.open : style.innerOpen;
                // 【访谈『某某』专题】: the bracket is the outer level, so an inner mark nests correctly in it;
                // so is a headline's or subtitle's own line (titles quote with the inner marks: 推進『大眾創業』)
                boolean inBracket = (brackets > 0 || heading) && quotes.isEmpty() && (c == style.innerOpen || c == '『');
                quotes.push(new int[] {i, c, inBracket ? 1 : 0});
                if (c != expected && !inBracket) {
                    sink.add(ProofCategory.PUNCTUATION, Severity.WARNING, where, i, i + 1, "proof.punct.quotestyle",
                            String.valueOf(expected), QUOTE_STYLE, String.valueOf(c), String.valueOf(expected));
                }
            } else if (isCloseQuote(c) && !apostrophe(text, i)) {
                if (quotes.isEmpty()) {
                    sink.add(ProofCategory.PUNCTUATION, Severity.WARNING, where, i, i + 1, "proof.punct.unmatched", null,
                            UNBALANCED, String.valueOf(c));
                } else {
                    int[] opened = quotes.pop();
                    char open = (char) opened[1];
                    char expected = opened[2] == 1 ? closeOf(open) : quotes.size() % 2 == 0 ? style.close : style.innerClose;
                    if (closeOf(open) != c) {
                        sink.add(ProofCategory.PUNCTUATION, Severity.WARNING, where, i, i + 1, "proof.punct.mismatched",
                                String.valueOf(expected), UNBALANCED, String.valueOf(c), String.valueOf(expected));
                    } else if (c != expected) {
                        sink.add(ProofCategory.PUNCTUATION, Severity.WARNING, where, i, i + 1, "proof.punct.quotestyle",
                                String.valueOf(expected), QUOTE_STYLE, String.valueOf(c), String.valueOf(expected));
                    }
                }
            }
            i++;
        }
        for (int[] open : quotes) {
            sink.add(ProofCategory.PUNCTUATION, Severity.WARNING, where, open[0], open[0] + 1, "proof.punct.unclosed", null,
                    UNBALANCED, String.valueOf((char) open[1]));
        }
        if (paragraph) {
            closing(text, where, sink);
        }
    }

    private static void closing(String text, Where where, FindingSink sink) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
            return;
        }
        int han = 0;
        for (int i = 0; i < end && han < CLOSING_MIN_HAN; i++) {
            if (Chars.han(text.charAt(i))) {
                han++;
            }
        }
        if (han >= CLOSING_MIN_HAN) {
            sink.add(ProofCategory.PUNCTUATION, Severity.WARNING, where, end, end, "proof.punct.noclosing", "。",
                    NO_CLOSING, "", "。");
        }
    }

    private static boolean isOpenQuote(char c) {
        return c == '“' || c == '‘' || c == '「' || c == '『';
    }

    private static boolean isCloseQuote(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』';
    }

    private static char closeOf(char open) {
        return switch (open) {
            case '“' -> '”';
            case '‘' -> '’';
            case '「' -> '」';
            default -> '』';
        };
    }

    /** ’ (or ‘) between Latin letters is an apostrophe (don’t), not a quotation mark. */
    private static boolean apostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '’' || c == '‘') && i > 0 && i + 1 < text.length() && Chars.latinLetter(text.charAt(i - 1))
                && Chars.latinLetter(text.charAt(i + 1));
    }

    private static int runLength(String text, int i, char c) {
        int j = i;
        while (j < text.length() && text.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    private static boolean betweenDigits(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    /** Whether the nearest non-space character before {@code from} or after {@code to} is Chinese. */
    private static boolean chineseNear(String text, int from, int to) {
        int b = from - 1;
        while (b >= 0 && text.charAt(b) == ' ') {
            b--;
        }
        if (b >= 0 && Chars.chinese(text.charAt(b))) {
            return true;
        }
        int a = to;
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        return a < text.length() && Chars.chinese(text.charAt(a));
    }
}
