package org.newsdesk.proof;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;

/**
 * The proofreading desk (校对): reads a story's headline, kicker, subtitle, summary and
 * paragraphs and reports conversion errors (Traditional text only), look-alike typos, the
 * newsroom's wording, punctuation, numbers and names. Pure and thread-safe: build it once and
 * run it off the FX thread. Every rule is one linear pass over each text.
 */
public final class Proofreader {

    public static final String CONVERSION_RULE = "conversion.hant";
    public static final String TYPO_RULE = "typo.confusable";

    private static final ProofField[] TEXT_FIELDS = {ProofField.HEADLINE, ProofField.KICKER, ProofField.SUBTITLE,
            ProofField.SUMMARY};

    private final WordList conversion;
    private final WordList confusables;
    private final WordingList wording;
    private final NameSounds sounds;

    public Proofreader(WordList conversion, WordList confusables, WordingList wording) {
        this.conversion = conversion;
        this.confusables = confusables;
        this.wording = wording;
        this.sounds = NameSounds.shipped();
    }

    /** The shipped lists only. */
    public static Proofreader shipped() {
        return new Proofreader(shippedConversion(), WordList.resource("confusables.txt"), WordingList.shipped());
    }

    /** The shipped lists with the data folder's wording list on top. */
    public static Proofreader forDataFolder(Path dataFolder) {
        return new Proofreader(shippedConversion(), WordList.resource("confusables.txt"),
                WordingList.forDataFolder(dataFolder));
    }

    /** The shipped lists with {@code wording} as the wording list (a sample tried before saving). */
    public static Proofreader withWording(WordingList wording) {
        return new Proofreader(shippedConversion(), WordList.resource("confusables.txt"), wording);
    }

    public static WordList shippedConversion() {
        return WordList.resource("conversion-hant.txt");
    }

    public WordList conversion() {
        return conversion;
    }

    public ProofReport check(Story story, ProofContext context) {
        boolean traditional = traditional(story);
        Rules rules = rules(story, context, traditional);
        NumberRule numbers = new NumberRule();
        FindingSink sink = new FindingSink();
        checkFields(story.metadata(), context, rules, numbers, sink);
        for (Paragraph p : story.paragraphs()) {
            checkParagraph(p.text(), Where.paragraph(p.id()), rules, numbers, sink);
        }
        numbers.finish(sink);
        return report(story, sink.findings(), context, traditional);
    }

    /** What decides how every text of one story is read besides the text itself. */
    record Rules(boolean traditional, QuoteStyle style, NameRule names) {
    }

    /** The script guess from the headline and subtitle (the paragraphs are added to it). */
    static ScriptGuess fieldsGuess(Metadata m) {
        return new ScriptGuess().add(m.headline()).add(m.subtitle());
    }

    /** True when the story is written in Traditional characters: its headline, subtitle and paragraphs tell. */
    private static boolean traditional(Story story) {
        ScriptGuess guess = fieldsGuess(story.metadata());
        for (Paragraph p : story.paragraphs()) {
            guess.add(p.text());
        }
        return guess.traditional();
    }

    static QuoteStyle style(ProofContext context, boolean traditional) {
        return context.quoteStyle() != null ? context.quoteStyle() : QuoteStyle.forScript(traditional);
    }

    Rules rules(Story story, ProofContext context, boolean traditional) {
        Set<String> storyNames = storyNames(story);
        Set<String> known = new HashSet<>(storyNames);
        known.addAll(context.directoryNames());
        return new Rules(traditional, style(context, traditional), new NameRule(sounds, storyNames, known));
    }

    /** The metadata's text fields and its editor. */
    void checkFields(Metadata m, ProofContext context, Rules rules, NumberRule numbers, FindingSink sink) {
        for (ProofField f : TEXT_FIELDS) {
            String text = f.text(m);
            if (!text.isEmpty()) {
                checkText(text, Where.field(f), rules.traditional(), rules.style(), false, rules.names(), numbers, sink);
            }
        }
        if (!m.editor().isBlank() && !context.directoryNames().isEmpty()) {
            // the editor against the directory alone: the story's own editor is no evidence for itself
            NameRule directory = new NameRule(sounds, Set.of(), context.directoryNames());
            directory.check(m.editor(), Where.field(ProofField.EDITOR), sink);
        }
    }

    /** One paragraph's own findings (its years go to {@code numbers}, judged once every text is read). */
    void checkParagraph(String text, Where where, Rules rules, NumberRule numbers, FindingSink sink) {
        checkText(text, where, rules.traditional(), rules.style(), true, rules.names(), numbers, sink);
    }

    /** The findings not ignored, metadata fields first, then paragraph by paragraph, each by position. */
    static ProofReport report(Story story, List<Finding> findings, ProofContext context, boolean traditional) {
        Map<String, Integer> order = new HashMap<>();
        for (Paragraph p : story.paragraphs()) {
            order.put(p.id(), order.size());
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (!context.ignores().ignores(f)) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparingInt((Finding f) -> f.field() != null ? f.field().ordinal() - 100
                : order.getOrDefault(f.paragraphId(), Integer.MAX_VALUE)).thenComparingInt(Finding::start));
        return new ProofReport(out, traditional);
    }

    /**
     * The conversion errors alone (fast: one list, no other rule), in page order; none when the
     * story is not Traditional. What an export corrects and "fix all conversion errors" applies.
     */
    public List<Finding> conversionFindings(Story story) {
        if (!traditional(story)) {
            return List.of();
        }
        Metadata m = story.metadata();
        FindingSink sink = new FindingSink();
        for (ProofField f : TEXT_FIELDS) {
            conversion(f.text(m), Where.field(f), sink);
        }
        for (Paragraph p : story.paragraphs()) {
            conversion(p.text(), Where.paragraph(p.id()), sink);
        }
        return sink.findings();
    }

    private void conversion(String text, Where where, FindingSink sink) {
        for (WordList.Match hit : conversion.find(text)) {
            sink.add(ProofCategory.CONVERSION, Severity.ERROR, where, hit.start(), hit.end(), "proof.conversion",
                    hit.entry().right(), CONVERSION_RULE, hit.entry().wrong(), hit.entry().right());
        }
    }

    /** One text on its own (a sample, or a test): as a paragraph, no names known. */
    public List<Finding> checkText(String text, boolean traditional) {
        FindingSink sink = new FindingSink();
        NumberRule numbers = new NumberRule();
        checkText(text, Where.paragraph("sample"), traditional, QuoteStyle.forScript(traditional), true,
                new NameRule(sounds, Set.of(), Set.of()), numbers, sink);
        numbers.finish(sink);
        List<Finding> out = new ArrayList<>(sink.findings());
        out.sort(Comparator.comparingInt(Finding::start));
        return out;
    }

    private void checkText(String text, Where where, boolean traditional, QuoteStyle style, boolean paragraph,
                           NameRule names, NumberRule numbers, FindingSink sink) {
        if (traditional) {
            conversion(text, where, sink);
        }
        for (WordList.Match hit : confusables.find(text)) {
            sink.add(ProofCategory.TYPO, Severity.ERROR, where, hit.start(), hit.end(), "proof.typo",
                    hit.entry().right(), TYPO_RULE, hit.entry().wrong(), hit.entry().right());
        }
        wording.check(text, where, sink);
        PunctuationRule.check(text, where, style, paragraph, sink);
        numbers.scan(text, where, sink);
        if (!names.idle()) {
            names.check(text, where, sink);
        }
    }

    /** The people the story names: speakers (not roles such as 主持人), editor and authors. */
    static Set<String> storyNames(Story story) {
        Set<String> out = new HashSet<>();
        for (Speaker s : story.speakers()) {
            if (!s.fullName().isBlank()) {
                out.add(s.fullName().strip());
            }
            String label = s.label().strip();
            if (s.role() != SpeakerRole.HOST && label.length() >= 2 && label.length() <= 4 && !roleWord(label)) {
                out.add(label);
            }
        }
        if (!story.metadata().editor().isBlank()) {
            out.add(story.metadata().editor().strip());
        }
        for (String a : story.metadata().authors()) {
            if (!a.isBlank()) {
                out.add(a.strip());
            }
        }
        return out;
    }

    private static boolean roleWord(String label) {
        char last = label.charAt(label.length() - 1);
        return "人者宾賓员員".indexOf(last) >= 0 || label.startsWith("记者") || label.startsWith("記者");
    }
}
