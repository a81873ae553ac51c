package org.newsdesk.workflow.readiness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.proof.Finding;
import org.newsdesk.proof.ProofField;
import org.newsdesk.workflow.metadata.FieldProblem;
import org.newsdesk.workflow.metadata.HeadlinePreview;
import org.newsdesk.workflow.metadata.MetadataField;
import org.newsdesk.workflow.metadata.MetadataValidator;
import org.newsdesk.workflow.metadata.PortalTime;
import org.newsdesk.workflow.status.StatusTransitions;

/**
 * Whether a story may go to review (READY) and beyond. An editor can run it at any time; moving
 * to READY, APPROVED or PUBLISHED runs it and refuses on failures ({@link StatusTransitions}).
 */
public final class ReadinessCheck {

    /** The checks, in the order a checklist shows them. */
    public enum Kind {
        /** Headline, source, editor and publish time are filled in. */
        REQUIRED_FIELDS,
        /** Every field passes {@link MetadataValidator}. */
        VALID_FIELDS,
        /** In a Q&A every paragraph has a speaker from the roster or is narration (and does not look like a turn). */
        SPEAKERS,
        /** No inaudible or uncertain passage is left unresolved. */
        UNRESOLVED_MARKS,
        /** No editor's note is left in the text. */
        EDITOR_NOTES,
        /** No paragraph is longer than {@link #PARAGRAPH_MAX} characters. */
        PARAGRAPH_LENGTH,
        /** A part suffix in the headline agrees with the series part. */
        HEADLINE_PART,
        /** Publishing only: the embargo has passed. */
        EMBARGO,
        /** No proofreading error is left unresolved (fixed or ignored always); only when a proofreader is given. */
        PROOFREADING,
        /** No conflict with a colleague's edit is open (only in a newsroom). */
        NEWSROOM_CONFLICTS;

        public String labelKey() {
            return "readiness.kind." + name().toLowerCase(Locale.ROOT);
        }
    }

    public static final int PARAGRAPH_MAX = 2_000;

    /** Written-out marks for a passage that could not be heard, as transcribers type them. */
    private static final Pattern UNRESOLVED_TEXT = Pattern.compile(
            "\\[(?:inaudible|unclear|\\?+)\\]|[（(](?:聽不清|听不清|聽不清楚|听不清楚|不清|音不清|\\?+|？+)[）)]",
            Pattern.CASE_INSENSITIVE);
    private static final int QUOTE_MAX = 20;

    private final MetadataValidator validator;

    private final Function<Story, List<Finding>> proofErrors;
    private Function<java.util.UUID, List<String>> openConflicts;

    public ReadinessCheck(MetadataValidator validator) {
        this(validator, null);
    }

    /** @param proofErrors the story's unresolved proofreading errors (ignored ones left out), or null for no such check */
    public ReadinessCheck(MetadataValidator validator, Function<Story, List<Finding>> proofErrors) {
        this.validator = validator;
        this.proofErrors = proofErrors;
    }

    /**
     * Also checks that no newsroom conflict is open: {@code conflicts} gives a story's open
     * conflicts ("paragraph:ID" or "field:NAME"). Nothing is published while one is open.
     */
    public ReadinessCheck withNewsroomConflicts(Function<java.util.UUID, List<String>> conflicts) {
        ReadinessCheck c = new ReadinessCheck(validator, proofErrors);
        c.openConflicts = conflicts;
        return c;
    }

    /** The checks for moving to READY or APPROVED (everything but the embargo). */
    public ReadinessReport check(Story story) {
        return check(story, Status.READY, null);
    }

    /**
     * The checks that moving to {@code target} needs; for PUBLISHED the embargo too, against {@code now}.
     */
    public ReadinessReport check(Story story, Status target, Instant now) {
        List<Kind> kinds = new ArrayList<>(List.of(Kind.values()));
        List<ReadinessFailure> out = new ArrayList<>();
        Metadata m = story.metadata();
        required(out, m);
        for (FieldProblem p : validator.validate(m, story.slug())) {
            out.add(new ReadinessFailure(Kind.VALID_FIELDS, p.messageKey(), p.args(), new ReadinessTarget.Field(p.field())));
        }
        transcript(out, story);
        headlinePart(out, m);
        if (proofErrors == null) {
            kinds.remove(Kind.PROOFREADING);
        } else {
            proofreading(out, story, proofErrors.apply(story));
        }
        List<String> conflicts = openConflicts == null ? List.of() : openConflicts.apply(story.id());
        if (conflicts.isEmpty()) {
            kinds.remove(Kind.NEWSROOM_CONFLICTS); // listed only while a conflict is open: outside a newsroom, never
        } else {
            newsroomConflicts(out, story, conflicts);
        }
        if (target == Status.PUBLISHED && now != null) {
            if (m.embargoUntil() != null && now.isBefore(m.embargoUntil().toInstant())) {
                out.add(new ReadinessFailure(Kind.EMBARGO, "readiness.embargoed",
                        List.of(PortalTime.format(m.embargoUntil())), new ReadinessTarget.Field(MetadataField.EMBARGO_UNTIL)));
            }
        } else {
            kinds.remove(Kind.EMBARGO);
        }
        return new ReadinessReport(kinds, out);
    }

    private static void newsroomConflicts(List<ReadinessFailure> out, Story story, List<String> items) {
        for (String item : items) {
            String pid = item.startsWith("paragraph:") ? item.substring("paragraph:".length()) : null;
            int index = -1;
            for (int i = 0; pid != null && i < story.paragraphs().size(); i++) {
                if (story.paragraphs().get(i).id().equals(pid)) {
                    index = i;
                }
            }
            if (index >= 0) {
                out.add(new ReadinessFailure(Kind.NEWSROOM_CONFLICTS, "readiness.newsroomConflict", List.of(index + 1),
                        new ReadinessTarget.InParagraph(index, pid, 0, 0)));
            } else {
                out.add(new ReadinessFailure(Kind.NEWSROOM_CONFLICTS, "readiness.newsroomFieldConflict",
                        List.of(item.replaceFirst("^[a-z]+:", "")), new ReadinessTarget.Field(MetadataField.HEADLINE)));
            }
        }
    }

    private static void required(List<ReadinessFailure> out, Metadata m) {
        requireText(out, MetadataField.HEADLINE, m.headline());
        requireText(out, MetadataField.SOURCE, m.source());
        requireText(out, MetadataField.EDITOR, m.editor());
        if (m.publishTime() == null) {
            out.add(requiredFailure(MetadataField.PUBLISH_TIME));
        }
    }

    private static void requireText(List<ReadinessFailure> out, MetadataField field, String value) {
        if (value.isBlank()) {
            out.add(requiredFailure(field));
        }
    }

    private static ReadinessFailure requiredFailure(MetadataField field) {
        return new ReadinessFailure(Kind.REQUIRED_FIELDS, "readiness.required", List.of(field),
                new ReadinessTarget.Field(field));
    }

    private static void transcript(List<ReadinessFailure> out, Story story) {
        boolean interview = !story.speakers().isEmpty();
        List<Paragraph> paragraphs = story.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            int number = i + 1;
            if (interview) {
                speaker(out, story, p, i);
            }
            int offset = 0;
            for (Span span : p.spans()) {
                if (span.has(SpanStyle.UNCERTAIN)) {
                    out.add(at(Kind.UNRESOLVED_MARKS, "readiness.unresolvedMark", p, i, offset, span.text().length(),
                            number, quote(span.text())));
                } else if (span.has(SpanStyle.NOTE)) {
                    out.add(at(Kind.EDITOR_NOTES, "readiness.editorNote", p, i, offset, span.text().length(),
                            number, quote(span.text())));
                } else {
                    Matcher mark = UNRESOLVED_TEXT.matcher(span.text());
                    while (mark.find()) {
                        out.add(at(Kind.UNRESOLVED_MARKS, "readiness.unresolvedMark", p, i, offset + mark.start(),
                                mark.end() - mark.start(), number, mark.group()));
                    }
                }
                offset += span.text().length();
            }
            int length = p.text().length();
            if (length > PARAGRAPH_MAX) {
                out.add(at(Kind.PARAGRAPH_LENGTH, "readiness.tooLong", p, i, PARAGRAPH_MAX, length - PARAGRAPH_MAX,
                        number, length, PARAGRAPH_MAX));
            }
        }
    }

    private static void speaker(List<ReadinessFailure> out, Story story, Paragraph p, int index) {
        if (p.speakerKey() != null) {
            if (story.speaker(p.speakerKey()) == null) {
                out.add(at(Kind.SPEAKERS, "readiness.unknownSpeaker", p, index, 0, 0, index + 1, p.speakerKey()));
            }
            return;
        }
        // Narration that opens with a roster label ("主持人：…") is a turn that lost its speaker.
        String text = p.text().stripLeading();
        for (Speaker s : story.speakers()) {
            for (String name : List.of(s.label(), s.fullName())) {
                if (!name.isEmpty() && text.startsWith(name) && text.length() > name.length()
                        && isLabelColon(text.charAt(name.length()))) {
                    out.add(at(Kind.SPEAKERS, "readiness.labelInNarration", p, index, 0, name.length() + 1,
                            index + 1, name));
                    return;
                }
            }
        }
    }

    private static boolean isLabelColon(char c) {
        return c == ':' || c == '：';
    }

    private static void headlinePart(List<ReadinessFailure> out, Metadata m) {
        Integer suffix = HeadlinePreview.partSuffix(m.headline());
        if (suffix == null) {
            return;
        }
        ReadinessTarget target = new ReadinessTarget.Field(MetadataField.HEADLINE);
        if (m.series() == null) {
            out.add(new ReadinessFailure(Kind.HEADLINE_PART, "readiness.partWithoutSeries", List.of(suffix), target));
        } else if (suffix != m.series().part()) {
            out.add(new ReadinessFailure(Kind.HEADLINE_PART, "readiness.partMismatch",
                    List.of(suffix, m.series().part()), target));
        }
    }

    private static ReadinessFailure at(Kind kind, String key, Paragraph p, int index, int offset, int length, Object... args) {
        return new ReadinessFailure(kind, key, List.of(args), new ReadinessTarget.InParagraph(index, p.id(), offset, length));
    }

    private static void proofreading(List<ReadinessFailure> out, Story story, List<Finding> errors) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (Paragraph p : story.paragraphs()) {
            index.put(p.id(), index.size());
        }
        for (Finding f : errors) {
            ReadinessTarget target = f.field() != null ? new ReadinessTarget.Field(field(f.field()))
                    : new ReadinessTarget.InParagraph(index.getOrDefault(f.paragraphId(), 0), f.paragraphId(), f.start(),
                            f.end() - f.start());
            out.add(new ReadinessFailure(Kind.PROOFREADING, f.messageKey(), List.copyOf(f.args()), target));
        }
    }

    private static MetadataField field(ProofField f) {
        return switch (f) {
            case HEADLINE -> MetadataField.HEADLINE;
            case KICKER -> MetadataField.KICKER;
            case SUBTITLE -> MetadataField.SUBTITLE;
            case SUMMARY -> MetadataField.SUMMARY;
            case EDITOR -> MetadataField.EDITOR;
        };
    }

    private static String quote(String text) {
        return text.length() <= QUOTE_MAX ? text : text.substring(0, QUOTE_MAX) + "…";
    }
}
