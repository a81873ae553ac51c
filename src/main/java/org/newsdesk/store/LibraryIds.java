package org.newsdesk.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The ids of the stories the library lists, in its order: 16 bytes a story (1.6 MB for
 * 100,000), so the library knows every row's place while it holds only the rows on screen.
 */
public final class LibraryIds {

    public static final LibraryIds EMPTY = new LibraryIds(new long[0]);

    /** Two longs a story: most then least significant bits. */
    private final long[] bits;

    private LibraryIds(long[] bits) {
        this.bits = bits;
    }

    public static LibraryIds of(List<UUID> ids) {
        Builder b = new Builder();
        ids.forEach(b::add);
        return b.build();
    }

    public int size() {
        return bits.length / 2;
    }

    public UUID get(int index) {
        return new UUID(bits[2 * index], bits[2 * index + 1]);
    }

    /** The row of {@code id}, or -1 when it is not listed. */
    public int indexOf(UUID id) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        for (int i = 0; i < bits.length; i += 2) {
            if (bits[i] == high && bits[i + 1] == low) {
                return i / 2;
            }
        }
        return -1;
    }

    /** The ids from {@code from} (inclusive) to {@code to} (exclusive). */
    public List<UUID> range(int from, int to) {
        List<UUID> out = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            out.add(get(i));
        }
        return out;
    }

    /** Collects ids in order. */
    public static final class Builder {
        private long[] bits = new long[64];
        private int used;

        public void add(UUID id) {
            if (used + 2 > bits.length) {
                bits = Arrays.copyOf(bits, bits.length * 2);
            }
            bits[used++] = id.getMostSignificantBits();
            bits[used++] = id.getLeastSignificantBits();
        }

        public LibraryIds build() {
            return new LibraryIds(Arrays.copyOf(bits, used));
        }
    }
}
