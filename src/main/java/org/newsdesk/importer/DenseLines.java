package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.text.SourceParagraph;

/**
 * A "transcript" of hundreds of thousands of very short lines (a chat log dumped one word
 * per line: 甲：嗯 / 乙：好 …) would make as many paragraphs: hundreds of bytes each in the
 * store and in memory, and an editor nobody can scroll. Such a file is read without keeping
 * a string per line: runs of short lines are packed into paragraphs of up to
 * {@link #PACK_CHARS} characters, one space between the lines, their labels kept in the text
 * after the first. The import report says how many lines were packed.
 */
final class DenseLines {

    /** More non-blank lines than this and the file is read packed. */
    static final int DENSE_LINES = 200_000;
    /** A line this short (trimmed) joins its neighbours. */
    static final int SHORT_LINE = 40;
    /** A pack ends once it is this long. */
    static final int PACK_CHARS = 1_000;

    /** The packed paragraphs, each with its first source line, and how many lines went into packs. */
    record Packed(List<SourceParagraph> paragraphs, int packedLines, int packs, int firstPackedLine) {
    }

    private DenseLines() {
    }

    /** True when {@code text} has more than {@link #DENSE_LINES} non-blank lines (counted without copying). */
    static boolean isDense(String text) {
        int lines = 0;
        boolean content = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (content && ++lines > DENSE_LINES) {
                    return true;
                }
                content = false;
            } else if (!content && c != '\r' && !Character.isWhitespace(c) && c != '\u3000') {
                content = true;
            }
        }
        return content && lines + 1 > DENSE_LINES;
    }

    /** The first lines are never packed: the headline and the page's head are read as usual. */
    static final int HEAD_LINES = 20;

    /** Reads {@code text} line by line, packing runs of short lines; blank lines are left out. */
    static Packed pack(String text) {
        return pack(text, HEAD_LINES);
    }

    /** As {@link #pack(String)}, the first {@code headLines} lines left as they are. */
    static Packed pack(String text, int headLines) {
        Packer packer = new Packer();
        int line = 0;
        int n = text.length();
        int from = 0;
        while (from <= n) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? n : nl;
            line++;
            int start = from;
            int end = to;
            from = to + 1;
            while (start < end && isBlank(text.charAt(start))) {
                start++;
            }
            while (end > start && isBlank(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                continue;
            }
            if (end - start <= SHORT_LINE && line > headLines) {
                packer.append(text, start, end, line);
            } else {
                packer.flush();
                packer.out.add(SourceParagraph.plain(text.substring(start, end), line));
            }
        }
        packer.flush();
        return new Packed(packer.out, packer.packedLines, packer.packs, packer.firstPacked);
    }

    private static final class Packer {
        final List<SourceParagraph> out = new ArrayList<>();
        final StringBuilder pack = new StringBuilder(PACK_CHARS + SHORT_LINE + 1);
        int packLine;
        int packCount;
        int packedLines;
        int packs;
        int firstPacked;

        void append(String text, int start, int end, int line) {
            if (pack.length() == 0) {
                packLine = line;
            } else {
                pack.append(' ');
            }
            pack.append(text, start, end);
            packCount++;
            if (pack.length() >= PACK_CHARS) {
                flush();
            }
        }

        void flush() {
            if (pack.length() == 0) {
                return;
            }
            if (packCount > 1) {
                packedLines += packCount;
                packs++;
                firstPacked = firstPacked == 0 ? packLine : firstPacked;
            }
            out.add(SourceParagraph.plain(pack.toString(), packLine));
            pack.setLength(0);
            packCount = 0;
        }
    }

    private static boolean isBlank(char c) {
        return c == '\r' || c == '\u3000' || Character.isWhitespace(c);
    }
}
