package org.newsdesk.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds the encoding of a Chinese text file. In order: a byte order mark (UTF-8,
 * UTF-16 LE/BE); bytes that are valid UTF-8 (which GBK or Big5 text practically never
 * is); otherwise GB18030 (a superset of GBK and GB2312) or Big5, whichever decodes
 * without error and puts more of its characters in its own frequent-character block
 * (GB2312 level 1 / Big5 level 1, plus full-width punctuation). The two overlap a lot,
 * so the byte statistics decide, with juniversalchardet's guess breaking ties. Nothing
 * is ever decoded leniently: bytes that no candidate decodes cleanly are refused, and
 * an uncertain guess is flagged so the preview can offer the other encodings.
 */
final class EncodingDetector {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");

    /** Encodings the preview offers to re-decode with. */
    static final List<Charset> CHOICES = List.of(StandardCharsets.UTF_8, GB18030, BIG5,
            StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    private EncodingDetector() {
    }

    /**
     * Decoded text and how it was decoded.
     *
     * @param confident false when the encoding is a guess between close candidates
     */
    record Decoded(String text, Charset charset, boolean confident) {
    }

    static Decoded decode(Path file, byte[] bytes) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            return new Decoded(strict(file, bytes, bom), bom, true);
        }
        Charset utf16 = utf16ByNuls(bytes);
        if (utf16 != null) {
            return new Decoded(tryStrict(bytes, 0, utf16), utf16, true);
        }
        String utf8 = tryStrict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, true);
        }
        String gb = tryStrict(bytes, 0, GB18030);
        String big5 = tryStrict(bytes, 0, BIG5);
        if (gb == null && big5 == null) {
            throw new ImportException(ImportException.Problem.UNDETECTABLE_ENCODING, file,
                    "not UTF-8, UTF-16, GB18030/GBK or Big5");
        }
        if (big5 == null) {
            return new Decoded(gb, GB18030, frequentShare(bytes, true) > 0.6);
        }
        if (gb == null) {
            return new Decoded(big5, BIG5, frequentShare(bytes, false) > 0.6);
        }
        double gbShare = frequentShare(bytes, true);
        double big5Share = frequentShare(bytes, false);
        Charset guess = chardetGuess(bytes);
        boolean pickGb = gbShare > big5Share + 0.05 || (Math.abs(gbShare - big5Share) <= 0.05 && guess != BIG5);
        boolean clear = Math.abs(gbShare - big5Share) > 0.2;
        return pickGb
                ? new Decoded(gb, GB18030, clear || guess == GB18030)
                : new Decoded(big5, BIG5, clear || guess == BIG5);
    }

    /** Decodes with the encoding the editor chose; refuses bytes it does not decode cleanly. */
    static Decoded decodeAs(Path file, byte[] bytes, Charset charset) {
        Charset bom = bomCharset(bytes);
        int skip = bom != null && bom.equals(charset) ? bomLength(bytes) : 0;
        String text = tryStrict(bytes, skip, charset);
        if (text == null) {
            throw new ImportException(ImportException.Problem.WRONG_ENCODING, file, charset.name());
        }
        return new Decoded(text, charset, true);
    }

    /**
     * UTF-16 without a byte order mark: Latin letters, digits, spaces and line breaks have a
     * zero high byte, so the NUL bytes of such text all fall on one side of each byte pair (the
     * odd side in little-endian). Returns that UTF-16 when the bytes also decode cleanly in it,
     * else null (text without NULs, binary data with NULs anywhere).
     */
    static Charset utf16ByNuls(byte[] b) {
        int n = Math.min(b.length, 64 * 1024) & ~1;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        if (even + odd == 0 || (b.length & 1) != 0) {
            return null;
        }
        Charset candidate = odd > 0 && even * 50 <= odd ? StandardCharsets.UTF_16LE
                : even > 0 && odd * 50 <= even ? StandardCharsets.UTF_16BE : null;
        if (candidate == null) {
            return null;
        }
        String text = tryStrict(b, 0, candidate);
        if (text == null) {
            return null;
        }
        long controls = text.chars().limit(32 * 1024)
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        return controls * 100 > Math.min(text.length(), 32 * 1024) ? null : candidate;
    }

    static Charset bomCharset(byte[] b) {
        if (ImportFormat.startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (ImportFormat.startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (ImportFormat.startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int bomLength(byte[] b) {
        return ImportFormat.startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 2;
    }

    private static String strict(Path file, byte[] bytes, Charset bom) {
        String text = tryStrict(bytes, bomLength(bytes), bom);
        if (text == null) {
            throw new ImportException(ImportException.Problem.WRONG_ENCODING, file,
                    bom.name() + " byte order mark, but the bytes are not " + bom.name());
        }
        return text;
    }

    private static String tryStrict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The share of double-byte characters that fall in the encoding's block of frequent
     * characters or its full-width punctuation rows. Real text scores 0.9 and more in its
     * own encoding and far less read as the other.
     */
    static double frequentShare(byte[] b, boolean gb) {
        int units = 0;
        int frequent = 0;
        int i = 0;
        int n = Math.min(b.length, 1 << 20);
        while (i < n) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            if (i + 1 >= n) {
                break;
            }
            int trail = b[i + 1] & 0xFF;
            if (gb && trail >= 0x30 && trail <= 0x39) {
                units++;
                i += 4; // GB18030 four-byte sequence: rare characters
                continue;
            }
            units++;
            if (gb) {
                if (trail >= 0xA1 && ((lead >= 0xB0 && lead <= 0xD7) || (lead >= 0xA1 && lead <= 0xA3))) {
                    frequent++;
                }
            } else if ((lead >= 0xA4 && lead <= 0xC6) || (lead >= 0xA1 && lead <= 0xA3)) {
                frequent++;
            }
            i += 2;
        }
        return units == 0 ? 0 : (double) frequent / units;
    }

    private static Charset chardetGuess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith("GB") || upper.startsWith("HZ")) {
            return GB18030;
        }
        if (upper.contains("BIG5") || upper.contains("EUC-TW")) {
            return BIG5;
        }
        return null;
    }
}
