package org.newsdesk.proof;

/** Which quotation marks a story should use (GB/T 15834 for the mainland, corner brackets for Taiwan and Hong Kong). */
public enum QuoteStyle {
    /** “ ” outside, ‘ ’ inside. */
    MAINLAND('“', '”', '‘', '’'),
    /** 「 」 outside, 『 』 inside. */
    CORNER('「', '」', '『', '』');

    final char open;
    final char close;
    final char innerOpen;
    final char innerClose;

    QuoteStyle(char open, char close, char innerOpen, char innerClose) {
        this.open = open;
        this.close = close;
        this.innerOpen = innerOpen;
        this.innerClose = innerClose;
    }

    /** The corner style for Traditional text, the mainland's for Simplified. */
    public static QuoteStyle forScript(boolean traditional) {
        return traditional ? CORNER : MAINLAND;
    }
}
