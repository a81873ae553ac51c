package org.newsdesk.export;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.export.script.Script;
import org.newsdesk.export.script.ScriptConverter;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Series;
import org.newsdesk.model.Span;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Story;

/**
 * A story with every text the page shows converted to one script (characters only: speech is
 * never reworded), its quotation marks in that script's style ({@link QuoteMarks}).
 */
final class ScriptedStory {

    private static final int SAMPLE = 4_000;

    private ScriptedStory() {
    }

    static Story convert(Story story, Script target, ScriptConverter converter) {
        Metadata m = story.metadata();
        Series series = m.series() == null ? null
                : new Series(m.series().id(), c(converter, m.series().name(), target), m.series().part(), m.series().total());
        Metadata converted = new Metadata(c(converter, m.headline(), target), c(converter, m.kicker(), target),
                c(converter, m.subtitle(), target), c(converter, m.summary(), target), c(converter, m.source(), target),
                all(converter, m.authors(), target), c(converter, m.editor(), target), m.publishTime(), m.timeZone(),
                // channels name the portal's sections as the newsroom's list spells them: never converted
                m.channels(), all(converter, m.keywords(), target), series,
                "", m.embargoUntil());
        List<Speaker> speakers = new ArrayList<>(story.speakers().size());
        for (Speaker s : story.speakers()) {
            speakers.add(new Speaker(s.key(), c(converter, s.label(), target), c(converter, s.fullName(), target),
                    c(converter, s.title(), target), s.role()));
        }
        List<Paragraph> paragraphs = new ArrayList<>(story.paragraphs().size());
        for (Paragraph p : story.paragraphs()) {
            List<Span> spans = new ArrayList<>(p.spans().size());
            for (Span s : p.spans()) {
                spans.add(new Span(c(converter, s.text(), target), s.styles(), s.time()));
            }
            paragraphs.add(new Paragraph(p.id(), p.speakerKey(), spans));
        }
        return new Story(story.id(), story.slug(), story.status(), converted, speakers, paragraphs,
                story.revision(), story.version(), story.createdAt(), story.updatedAt());
    }

    /**
     * The script the story is written in, judged from its headline and first paragraphs:
     * whichever conversion changes fewer characters is the script it already is in.
     * Simplified when it cannot tell (no Chinese, or no character that differs).
     */
    static Script guess(Story story, ScriptConverter converter) {
        StringBuilder sample = new StringBuilder(story.metadata().headline());
        for (Paragraph p : story.paragraphs()) {
            if (sample.length() >= SAMPLE) {
                break;
            }
            sample.append(p.text());
        }
        String text = sample.toString();
        int toHant = differences(text, converter.convert(text, Script.HANT));
        int toHans = differences(text, converter.convert(text, Script.HANS));
        return toHans > toHant ? Script.HANT : Script.HANS;
    }

    private static int differences(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int d = Math.abs(a.length() - b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                d++;
            }
        }
        return d;
    }

    private static String c(ScriptConverter converter, String text, Script target) {
        return QuoteMarks.forScript(converter.convert(text, target), target.traditional());
    }

    private static List<String> all(ScriptConverter converter, List<String> texts, Script target) {
        List<String> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(c(converter, t, target)));
        return out;
    }
}
