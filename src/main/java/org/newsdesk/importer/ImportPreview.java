package org.newsdesk.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.store.StoryRepository;
import org.newsdesk.text.ParsedTranscript;

/**
 * What an import would create, for the editor to check before anything is stored.
 * Immutable: every change returns a new preview, so a dialog can keep the previous one
 * for undo. Nothing touches the store until {@link #commit}, which creates the story in
 * one transaction.
 */
public final class ImportPreview {

    /** Re-runs the import of the same bytes with another encoding. */
    @FunctionalInterface
    interface Redecoder {
        /**
         * @param charset  the encoding, or null for the one used before
         * @param declined the guesses the editor took back
         */
        ImportPreview redecode(Charset charset, ImportProgress progress, DeclinedGuesses declined);
    }

    private final Path source;
    private final ImportFormat format;
    private final Charset encoding;
    private final boolean encodingConfident;
    private final Metadata metadata;
    private final String url;
    private final List<Speaker> roster;
    private final List<Paragraph> paragraphs;
    private final List<ImportNote> notes;
    private final Redecoder redecoder;
    private final DeclinedGuesses declined;

    ImportPreview(Path source, ImportFormat format, Charset encoding, boolean encodingConfident, Metadata metadata,
                  String url, List<Speaker> roster, List<Paragraph> paragraphs, List<ImportNote> notes,
                  Redecoder redecoder, DeclinedGuesses declined) {
        this.declined = declined == null ? DeclinedGuesses.NONE : declined;
        this.source = source;
        this.format = format;
        this.encoding = encoding;
        this.encodingConfident = encodingConfident;
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.url = url == null ? "" : url;
        this.roster = List.copyOf(roster);
        this.paragraphs = List.copyOf(paragraphs);
        this.notes = List.copyOf(notes);
        this.redecoder = redecoder;
    }

    /** The file, or empty for pasted text. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    /** TEXT, DOCX or HTML (never AUTO): what the file was read as. */
    public ImportFormat format() {
        return format;
    }

    /** The encoding the text was decoded with; empty for .docx and pasted text. */
    public Optional<Charset> encoding() {
        return Optional.ofNullable(encoding);
    }

    /** False when the encoding is a guess the editor should check (a note says so too). */
    public boolean encodingConfident() {
        return encodingConfident;
    }

    /** Encodings {@link #reDecode} accepts; empty when the source has no bytes to re-decode. */
    public List<Charset> encodingChoices() {
        return redecoder == null || encoding == null ? List.of() : EncodingDetector.CHOICES;
    }

    public Metadata metadata() {
        return metadata;
    }

    /** The page's address when a portal page shows one, else empty. */
    public String url() {
        return url;
    }

    public List<Speaker> roster() {
        return roster;
    }

    /** Paragraphs per speaker key, in roster order (0 for a speaker left without any). */
    public Map<String, Integer> paragraphCounts() {
        return ParsedTranscript.countParagraphs(roster, paragraphs);
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<ImportNote> notes() {
        return notes;
    }

    /**
     * The same source decoded with {@code charset}, speakers and metadata detected afresh
     * (edits made to this preview are not carried over: the text itself changes).
     *
     * @throws ImportException WRONG_ENCODING when the bytes are not valid in that encoding
     * @throws IllegalStateException when the source has no bytes to re-decode (.docx, pasted text)
     */
    public ImportPreview reDecode(Charset charset, ImportProgress progress) {
        if (redecoder == null || encoding == null) {
            throw new IllegalStateException("this import has no text encoding to change");
        }
        return redecoder.redecode(charset, progress == null ? ImportProgress.NONE : progress, DeclinedGuesses.NONE);
    }

    /** The same preview with the page's address (a page read from the web shows none of its own). */
    ImportPreview withUrl(String value) {
        return new ImportPreview(source, format, encoding, encodingConfident, metadata, value, roster, paragraphs, notes,
                redecoder, declined);
    }

    /** Replaces the metadata (the dialog's fields). */
    public ImportPreview withMetadata(Metadata value) {
        return new ImportPreview(source, format, encoding, encodingConfident, value, url, roster, paragraphs, notes,
                redecoder, declined);
    }

    /** Replaces one roster entry (label, name, title, role), matched by its key. */
    public ImportPreview withSpeaker(Speaker changed) {
        List<Speaker> next = new ArrayList<>(roster.size());
        boolean found = false;
        for (Speaker s : roster) {
            found |= s.key().equals(changed.key());
            next.add(s.key().equals(changed.key()) ? changed : s);
        }
        if (!found) {
            throw new IllegalArgumentException("no speaker " + changed.key());
        }
        return new ImportPreview(source, format, encoding, encodingConfident, metadata, url, next, paragraphs, notes,
                redecoder, declined);
    }

    public ImportPreview withSpeakerRole(String key, SpeakerRole role) {
        Speaker s = speaker(key);
        return withSpeaker(new Speaker(s.key(), s.label(), s.fullName(), s.title(), role));
    }

    /**
     * Makes two labels one speaker (李寶純 and 李主任): {@code mergedKey}'s paragraphs go
     * to {@code keptKey} and its roster entry goes; the kept entry takes the merged one's
     * full name and title where it has none.
     */
    public ImportPreview mergeSpeakers(String keptKey, String mergedKey) {
        if (keptKey.equals(mergedKey)) {
            return this;
        }
        Speaker kept = speaker(keptKey);
        Speaker merged = speaker(mergedKey);
        Speaker combined = new Speaker(kept.key(), kept.label(),
                kept.fullName().isEmpty() ? merged.fullName() : kept.fullName(),
                kept.title().isEmpty() ? merged.title() : kept.title(), kept.role());
        List<Speaker> nextRoster = new ArrayList<>();
        for (Speaker s : roster) {
            if (s.key().equals(keptKey)) {
                nextRoster.add(combined);
            } else if (!s.key().equals(mergedKey)) {
                nextRoster.add(s);
            }
        }
        List<Paragraph> nextParagraphs = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            nextParagraphs.add(mergedKey.equals(p.speakerKey()) ? p.withSpeaker(keptKey) : p);
        }
        return new ImportPreview(source, format, encoding, encodingConfident, metadata, url, nextRoster,
                nextParagraphs, notes, redecoder, declined);
    }

    /**
     * Takes back a role the import inferred (the note's speaker goes back to guest, the
     * role labels without a role word get) and drops the note.
     *
     * @throws IllegalArgumentException when the note is not a role guess of this preview
     */
    public ImportPreview undoRoleGuess(ImportNote note) {
        if (note.kind() != ImportNote.Kind.ROLE_INFERRED || note.speakerKey().isEmpty() || !notes.contains(note)) {
            throw new IllegalArgumentException("not a role guess of this import: " + note);
        }
        ImportPreview changed = withSpeakerRole(note.speakerKey(), SpeakerRole.GUEST);
        List<ImportNote> rest = new ArrayList<>(notes);
        rest.remove(note);
        return new ImportPreview(source, format, encoding, encodingConfident, metadata, url, changed.roster,
                paragraphs, rest, redecoder, declined.with(note));
    }

    /**
     * True when {@link #undo} can take this note's guess back: a role inferred, labels
     * merged or accepted as speakers, a line split into turns, a nickname taken for a
     * netizen, a line made narration, a headline chosen, a line dropped.
     */
    public boolean canUndo(ImportNote note) {
        if (!notes.contains(note)) {
            return false;
        }
        return switch (note.kind()) {
            case ROLE_INFERRED -> !note.speakerKey().isEmpty();
            case LABELS_ACCEPTED, LABELS_MERGED, TURNS_SPLIT, NETIZEN_NICKNAME, CAPTION_AS_NARRATION,
                 TIMESTAMP_AS_NARRATION, HEADING_AS_NARRATION, CREDIT_AS_NARRATION, HEADLINE_CHOSEN, LINE_DROPPED ->
                    redecoder != null;
            default -> false;
        };
    }

    /**
     * Takes back one guess of the import: the source is read again with that guess (and every
     * one taken back before) declined, so the text, the roster and the notes are what they
     * would be without it. The encoding stays; roles the editor set stay on speakers of the
     * same label; the metadata stays unless the guess was the headline.
     *
     * @throws IllegalArgumentException when {@link #canUndo} is false for the note
     */
    public ImportPreview undo(ImportNote note, ImportProgress progress) {
        if (!canUndo(note)) {
            throw new IllegalArgumentException("not a guess this import can take back: " + note);
        }
        if (note.kind() == ImportNote.Kind.ROLE_INFERRED) {
            return undoRoleGuess(note);
        }
        ImportPreview again = redecoder.redecode(null, progress == null ? ImportProgress.NONE : progress,
                declined.with(note));
        List<Speaker> kept = new ArrayList<>(again.roster.size());
        for (Speaker s : again.roster) {
            Speaker before = null;
            for (Speaker old : roster) {
                if (old.label().equals(s.label()) && old.key().equals(s.key())) {
                    before = old;
                }
            }
            kept.add(before == null ? s : new Speaker(s.key(), s.label(), before.fullName(), before.title(),
                    before.role()));
        }
        Metadata m = note.kind() == ImportNote.Kind.HEADLINE_CHOSEN ? again.metadata : metadata;
        String address = url.isEmpty() ? again.url : url;
        return new ImportPreview(source, format, again.encoding, again.encodingConfident, m, address, kept,
                again.paragraphs, again.notes, again.redecoder, again.declined);
    }

    /** Creates the story: metadata, roster and paragraphs in one transaction, or nothing. */
    public Story commit(StoryRepository stories) {
        return stories.create(metadata, roster, paragraphs);
    }

    private Speaker speaker(String key) {
        for (Speaker s : roster) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no speaker " + key);
    }
}
