package org.newsdesk.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Speaker;
import org.newsdesk.text.ParsedTranscript;
import org.newsdesk.text.SourceParagraph;
import org.newsdesk.text.TranscriptParser;

/**
 * The import: reads a text file, a Word file or a portal page, finds the metadata, the
 * speakers and the paragraphs, and returns a preview to check and commit. Nothing is
 * stored here. The only exception that leaves is {@link ImportException}.
 */
public final class StoryImporter {

    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)",
            Pattern.CASE_INSENSITIVE);

    private final TranscriptParser parser = new TranscriptParser();

    /**
     * Reads {@code file} into a preview.
     *
     * @param progress reports progress and is polled for cancellation; may be {@link ImportProgress#NONE}
     * @throws ImportException naming the file and the problem
     */
    public ImportPreview preview(Path file, ImportOptions options, ImportProgress progress) {
        ImportProgress p = progress == null ? ImportProgress.NONE : progress;
        try {
            SourceBytes.requireRegularFile(file);
            ImportFormat format = options.format() == ImportFormat.AUTO ? ImportFormat.sniff(file, head(file))
                    : options.format();
            if (format == ImportFormat.DOCX) {
                return docx(file, p, DeclinedGuesses.NONE);
            }
            byte[] bytes = SourceBytes.read(file, ImportLimits.MAX_TEXT_BYTES, p);
            return decoded(file, format, bytes, options.encoding(), null, p, DeclinedGuesses.NONE);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // a parser bug must not escape as something the caller cannot explain to the editor
            throw new ImportException(ImportException.Problem.FAILED, file, "unexpected: " + e, e);
        }
    }

    /**
     * A page read from a web address ({@link PageFetcher}): decoded with the charset its
     * server named, else its {@code <meta>}, else detected; then read as HTML (or as text
     * when the server says text/plain). Problems name the address.
     */
    public ImportPreview preview(PageFetcher.Page page, ImportOptions options, ImportProgress progress) {
        ImportProgress p = progress == null ? ImportProgress.NONE : progress;
        try {
            ImportFormat format = options.format() != ImportFormat.AUTO ? options.format()
                    : page.html() || ImportFormat.sniff(null, page.bytes()) == ImportFormat.HTML ? ImportFormat.HTML
                    : ImportFormat.TEXT;
            Charset chosen = options.encoding();
            ImportPreview preview = decoded(null, format, page.bytes(), chosen, chosen == null ? page.charset() : null, p,
                    DeclinedGuesses.NONE);
            return preview.url().isEmpty() ? preview.withUrl(page.address()) : preview;
        } catch (ImportException e) {
            throw e.atAddress(page.address());
        } catch (RuntimeException | StackOverflowError e) {
            throw ImportException.atAddress(ImportException.Problem.FAILED, page.address(), "unexpected: " + e, e);
        }
    }

    /** Pasted or dropped text that should become a new story (not the editor's paste into a story). */
    public ImportPreview previewText(String text, ImportProgress progress) {
        ImportProgress p = progress == null ? ImportProgress.NONE : progress;
        if (text == null || text.isBlank()) {
            throw new ImportException(ImportException.Problem.EMPTY, null, "");
        }
        return pasted(text, p, DeclinedGuesses.NONE);
    }

    private ImportPreview pasted(String text, ImportProgress p, DeclinedGuesses declined) {
        return fromText(null, ImportFormat.TEXT, text, null, true, p, (charset, again, next) -> pasted(text, again, next),
                declined);
    }

    /** @param served the charset a web server named for the bytes, or null */
    private ImportPreview decoded(Path file, ImportFormat format, byte[] bytes, Charset chosen, Charset served,
                                  ImportProgress p, DeclinedGuesses declinedGuesses) {
        SourceBytes.requireText(file, bytes, chosen);
        EncodingDetector.Decoded decoded;
        Charset declared = served != null ? widened(served)
                : format == ImportFormat.HTML ? declaredCharset(bytes) : null;
        if (chosen != null) {
            decoded = EncodingDetector.decodeAs(file, bytes, chosen);
        } else if (declared != null) {
            EncodingDetector.Decoded detected = EncodingDetector.decode(file, bytes);
            decoded = detected.charset().equals(declared) ? detected
                    : tryDecodeAs(file, bytes, declared, detected);
        } else {
            decoded = EncodingDetector.decode(file, bytes);
        }
        String text = decoded.text();
        if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportException(ImportException.Problem.EMPTY, file, "only white space");
        }
        Charset used = decoded.charset();
        ImportPreview.Redecoder again = (charset, progress, declined) -> decoded(file, format, bytes,
                charset == null ? used : charset, null, progress, declined);
        return fromText(file, format, text, decoded.charset(), decoded.confident(), p, again, declinedGuesses);
    }

    private static EncodingDetector.Decoded tryDecodeAs(Path file, byte[] bytes, Charset declared,
                                                        EncodingDetector.Decoded fallback) {
        try {
            return EncodingDetector.decodeAs(file, bytes, declared);
        } catch (ImportException e) {
            return fallback; // pages often declare one encoding and are saved in another
        }
    }

    private ImportPreview fromText(Path file, ImportFormat format, String text, Charset charset, boolean confident,
                                   ImportProgress p, ImportPreview.Redecoder again, DeclinedGuesses declined) {
        List<ImportNote> notes = new ArrayList<>();
        boolean splitInline = true;
        if (!confident) {
            notes.add(new ImportNote(ImportNote.Kind.ENCODING_GUESSED, 1));
        }
        PortalPage page;
        List<SourceParagraph> body;
        if (format == ImportFormat.HTML) {
            HtmlContent.Extracted content = HtmlContent.of(text);
            page = PortalPage.fromLines(content.lines(), content.headline());
            if (page == null) {
                notes.add(new ImportNote(ImportNote.Kind.NO_PAGE_METADATA, 1));
                String headline = content.headline().isEmpty() ? content.title() : content.headline();
                List<String> lines = content.lines();
                int from = !lines.isEmpty() && lines.get(0).equals(content.headline()) ? 1 : 0;
                page = new PortalPage(Metadata.withHeadline(PortalPage.clean(headline)), "",
                        PortalPage.body(lines, from, headline, new String[] {""}, null));
            }
        } else if (DenseLines.isDense(text)) {
            // one turn per line already, hundreds of thousands of them: no string per line is kept
            DenseLines.Packed packed = DenseLines.pack(text);
            if (packed.packs() > 0) {
                notes.add(new ImportNote(ImportNote.Kind.SHORT_LINES_PACKED, packed.packedLines(),
                        packed.firstPackedLine(), String.valueOf(packed.packs()), false, ""));
            }
            page = TopHeadline.apply(packed.paragraphs(), baseName(file), notes, declined);
            splitInline = false;
        } else {
            List<String> lines = text.lines().toList();
            page = PortalPage.looksLikePage(lines) ? PortalPage.fromLines(lines) : PortalPage.withoutMetadata(lines, baseName(file));
            if (page == null) {
                page = TopHeadline.apply(plain(lines), baseName(file), notes, declined);
            }
        }
        return build(file, format, charset, confident, page.metadata(), page.url(), page.body(), notes, p, again,
                new TranscriptParser.Options(splitInline, declined::declines), declined, List.of());
    }

    private ImportPreview docx(Path file, ImportProgress p, DeclinedGuesses declined) {
        DocxImporter.Content content = DocxImporter.read(file, p);
        List<ImportNote> notes = new ArrayList<>();
        if (content.tables() > 0) {
            notes.add(new ImportNote(ImportNote.Kind.TABLES_IGNORED, content.tables()));
        }
        if (content.images() > 0) {
            notes.add(new ImportNote(ImportNote.Kind.IMAGES_IGNORED, content.images()));
        }
        DocxFront.Front front = DocxFront.read(content.paragraphs(), content.styles(), baseName(file));
        return build(file, ImportFormat.DOCX, null, true, front.metadata(), "", front.body(), notes, p,
                (charset, again, next) -> docx(file, again, next),
                new TranscriptParser.Options(true, declined::declines), declined, front.people());
    }

    private ImportPreview build(Path file, ImportFormat format, Charset charset, boolean confident, Metadata metadata,
                                String url, List<SourceParagraph> body, List<ImportNote> notes, ImportProgress p,
                                ImportPreview.Redecoder again, TranscriptParser.Options options,
                                DeclinedGuesses declined, List<DocxFront.Person> people) {
        List<SourceParagraph> source = InaudibleMarks.mark(body);
        ParsedTranscript parsed = parser.parse(source, List.<Speaker>of(), (done, total) -> {
            if (p.isCancelled()) {
                throw new ImportException(ImportException.Problem.CANCELLED, file, "");
            }
            p.update(total + 2L * done, 3L * Math.max(total, 1));
        }, options);
        if (parsed.paragraphs().isEmpty()) {
            throw new ImportException(ImportException.Problem.NO_CONTENT, file, "");
        }
        if (parsed.split() > 0) {
            notes.add(new ImportNote(ImportNote.Kind.PARAGRAPHS_SPLIT, parsed.split()));
        }
        ImportReport.addParseNotes(parsed.notes(), notes);
        List<Speaker> roster = FrontPeople.apply(ImportReport.inferRoles(parsed, source, notes, declined), people, notes);
        ParagraphPacking.Packed packed = ParagraphPacking.packIfNeeded(parsed.paragraphs(), roster);
        if (packed.packs() > 0) {
            notes.add(new ImportNote(ImportNote.Kind.SHORT_LINES_PACKED, packed.packedParagraphs(), 0,
                    String.valueOf(packed.packs()), false, ""));
        }
        return new ImportPreview(file, format, charset, confident, metadata, url, roster,
                packed.paragraphs(), notes, again, declined);
    }

    private static List<SourceParagraph> plain(List<String> lines) {
        List<SourceParagraph> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(SourceParagraph.plain(line, out.size() + 1));
        }
        return out;
    }

    /** The file's name without its extension: a headline until the editor writes one. */
    private static String baseName(Path file) {
        if (file == null || file.getFileName() == null) {
            return "";
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(1024);
        } catch (IOException e) {
            // SourceBytes or the docx reader reports the real problem with the right message
            return new byte[0];
        }
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return widened(Charset.forName(m.group(1)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** GB2312 and GBK pages often use characters only GB18030 has. */
    private static Charset widened(Charset c) {
        String name = c.name().toUpperCase(java.util.Locale.ROOT);
        return name.equals("GB2312") || name.equals("GBK") ? EncodingDetector.GB18030 : c;
    }
}
