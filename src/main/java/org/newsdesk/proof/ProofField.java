package org.newsdesk.proof;

import java.util.Locale;
import org.newsdesk.model.Metadata;

/** The metadata fields the proofreader reads (names of people are checked by the names rule alone). */
public enum ProofField {
    HEADLINE,
    KICKER,
    SUBTITLE,
    SUMMARY,
    /** Read by the names rule alone. */
    EDITOR;

    public String text(Metadata m) {
        return switch (this) {
            case HEADLINE -> m.headline();
            case KICKER -> m.kicker();
            case SUBTITLE -> m.subtitle();
            case SUMMARY -> m.summary();
            case EDITOR -> m.editor();
        };
    }

    public Metadata with(Metadata m, String v) {
        return new Metadata(this == HEADLINE ? v : m.headline(), this == KICKER ? v : m.kicker(),
                this == SUBTITLE ? v : m.subtitle(), this == SUMMARY ? v : m.summary(), m.source(), m.authors(),
                this == EDITOR ? v : m.editor(), m.publishTime(), m.timeZone(), m.channels(), m.keywords(), m.series(), m.internalNote(),
                m.embargoUntil());
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
