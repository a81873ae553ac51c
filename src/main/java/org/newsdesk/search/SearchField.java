package org.newsdesk.search;

/** The parts of a story the index searches, each in a bigram field and a unigram field. */
public enum SearchField {
    /** The headline. */
    HEADLINE("headline", 3f),
    /** Kicker, subtitle, summary, source, authors, editor, keywords, channels, series name. */
    METADATA("meta", 1.5f),
    /** The transcript, one paragraph a line. */
    TRANSCRIPT("body", 1f);

    final String bigramField;
    final String unigramField;
    final float boost;

    SearchField(String name, float boost) {
        this.bigramField = name;
        this.unigramField = name + "1";
        this.boost = boost;
    }
}
