package org.newsdesk.text;

import java.util.UUID;

/**
 * Paragraph ids for a bulk import: one random UUID, then counting up from it. A fresh
 * {@link UUID#randomUUID()} per paragraph goes to SecureRandom each time, which made it
 * the most expensive step of parsing a long transcript; ids only have to be unique.
 */
public final class ParagraphIds {

    private final long high;
    private final long low;
    private long next;

    public ParagraphIds() {
        UUID base = UUID.randomUUID();
        this.high = base.getMostSignificantBits();
        // keep the variant bits; count in the low 48 bits
        this.low = base.getLeastSignificantBits() & 0xFFFF_0000_0000_0000L;
    }

    public String next() {
        return new UUID(high, low | (next++ & 0x0000_FFFF_FFFF_FFFFL)).toString();
    }
}
