package org.newsdesk.proof;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;

/**
 * A story proofread again and again while it is edited (the window's Proofreading panel). What
 * each paragraph's text gives on its own is kept, so a check reads only the paragraphs whose
 * text is new since the last check: typing in one paragraph of a long story reads that one.
 * What depends on the whole story is worked out again at every check from what is kept: the
 * script (from each text's telling characters) and the years' form (from each text's years).
 * When the script, the quote style or the names known change, every paragraph is read again.
 * The metadata fields are small and read every time. The report is the one
 * {@link Proofreader#check} gives for the same story.
 *
 * <p>One check at a time (calls wait for each other); a new wording list needs a new instance.
 */
public final class IncrementalProofreader {

    private final Proofreader reader;
    /** What each paragraph text of the last story checked gave, by text. */
    private Map<String, Read> reads = new HashMap<>();
    private Basis basis;
    private long paragraphsRead;

    public IncrementalProofreader(Proofreader reader) {
        this.reader = reader;
    }

    /** What decides a paragraph's own findings besides its text. */
    private record Basis(boolean traditional, QuoteStyle style, Set<String> storyNames, Set<String> directoryNames) {
    }

    /** One paragraph text: its telling characters, and its own findings and years as last read. */
    private static final class Read {
        final ScriptGuess script;
        Basis readWith;
        /** As read, and as last handed out for paragraph {@link #id}. */
        List<Finding> findings;
        List<NumberRule.Year> years;
        String id;

        Read(String text) {
            this.script = new ScriptGuess().add(text);
        }

        /** The findings and years carrying paragraph id {@code wanted} (the same text may have moved). */
        void moveTo(String wanted) {
            if (java.util.Objects.equals(wanted, id)) {
                return;
            }
            List<Finding> moved = new ArrayList<>(findings.size());
            for (Finding f : findings) {
                moved.add(new Finding(f.category(), f.severity(), wanted, null, f.start(), f.end(), f.messageKey(),
                        f.args(), f.suggestion(), f.ruleId()));
            }
            List<NumberRule.Year> movedYears = new ArrayList<>(years.size());
            Where where = Where.paragraph(wanted);
            for (NumberRule.Year y : years) {
                movedYears.add(y.at(where));
            }
            findings = moved;
            years = movedYears;
            id = wanted;
        }
    }

    public synchronized ProofReport check(Story story, ProofContext context) {
        List<Paragraph> paragraphs = story.paragraphs();
        Map<String, Read> now = new HashMap<>(paragraphs.size() * 2);
        String[] texts = new String[paragraphs.size()];
        Read[] per = new Read[paragraphs.size()];
        ScriptGuess guess = Proofreader.fieldsGuess(story.metadata());
        for (int i = 0; i < texts.length; i++) {
            String text = paragraphs.get(i).text();
            Read read = now.get(text);
            if (read == null) {
                read = reads.get(text);
                if (read == null) {
                    read = new Read(text);
                }
                now.put(text, read);
            }
            texts[i] = text;
            per[i] = read;
            guess.add(read.script);
        }
        boolean traditional = guess.traditional();
        Proofreader.Rules rules = reader.rules(story, context, traditional);
        Basis wanted = new Basis(traditional, rules.style(), Proofreader.storyNames(story), context.directoryNames());
        if (!wanted.equals(basis)) {
            basis = wanted;
        }
        NumberRule numbers = new NumberRule();
        FindingSink sink = new FindingSink();
        reader.checkFields(story.metadata(), context, rules, numbers, sink);
        List<Finding> all = new ArrayList<>(sink.findings());
        for (int i = 0; i < texts.length; i++) {
            Read read = per[i];
            String id = paragraphs.get(i).id();
            if (read.readWith != basis) {
                FindingSink own = new FindingSink();
                NumberRule years = new NumberRule();
                reader.checkParagraph(texts[i], Where.paragraph(id), rules, years, own);
                read.readWith = basis;
                read.findings = own.findings();
                read.years = years.years();
                read.id = id;
                paragraphsRead++;
            } else {
                read.moveTo(id);
            }
            all.addAll(read.findings);
            numbers.addYears(read.years);
        }
        FindingSink years = new FindingSink();
        numbers.finish(years);
        all.addAll(years.findings());
        reads = now;
        return Proofreader.report(story, all, context, traditional);
    }

    /** How many paragraph texts the checks have read so far (tests: typing reads only what changed). */
    public synchronized long paragraphsRead() {
        return paragraphsRead;
    }
}
