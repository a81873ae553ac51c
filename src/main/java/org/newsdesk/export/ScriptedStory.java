package org.newsdesk.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        return new ScriptedStory.Converting(converter, target, people(story, converter)).story(story);
    }

    /**
     * The story's people whose names may start with the surname 于: its roster, authors and
     * editor, and every 于 name its own text shows by context (记者于文华 in one paragraph keeps
     * 于文华 as a name in the next).
     */
    static Set<String> people(Story story, ScriptConverter converter) {
        Set<String> people = new HashSet<>();
        Metadata m = story.metadata();
        for (Speaker s : story.speakers()) {
            people.add(s.fullName());
            people.add(s.label());
        }
        people.addAll(m.authors());
        people.add(m.editor());
        for (String text : List.of(m.headline(), m.subtitle(), m.summary(), m.kicker())) {
            people.addAll(converter.surnameYuNames(text));
        }
        for (Paragraph p : story.paragraphs()) {
            people.addAll(converter.surnameYuNames(p.text()));
        }
        people.removeIf(name -> name == null || name.length() < 2 || name.charAt(0) != '于');
        return people;
    }

    /** One conversion: the converter, the target and the story's people. */
    private record Converting(ScriptConverter converter, Script target, Set<String> people) {

        Story story(Story story) {
            return ScriptedStory.convert(story, this);
        }

        String c(String text) {
            return QuoteMarks.forScript(converter.convert(text, target, people), target.traditional());
        }
    }

    private static Story convert(Story story, Converting k) {
        Metadata m = story.metadata();
        Series series = m.series() == null ? null
                : new Series(m.series().id(), k.c(m.series().name()), m.series().part(), m.series().total());
        Metadata converted = new Metadata(k.c(m.headline()), k.c(m.kicker()),
                k.c(m.subtitle()), k.c(m.summary()), k.c(m.source()),
                all(k, m.authors()), k.c(m.editor()), m.publishTime(), m.timeZone(),
                // channels name the portal's sections as the newsroom's list spells them: never converted
                m.channels(), all(k, m.keywords()), series,
                "", m.embargoUntil());
        List<Speaker> speakers = new ArrayList<>(story.speakers().size());
        for (Speaker s : story.speakers()) {
            speakers.add(new Speaker(s.key(), k.c(s.label()), k.c(s.fullName()),
                    k.c(s.title()), s.role()));
        }
        List<Paragraph> paragraphs = new ArrayList<>(story.paragraphs().size());
        for (Paragraph p : story.paragraphs()) {
            List<Span> spans = new ArrayList<>(p.spans().size());
            for (Span s : p.spans()) {
                spans.add(new Span(k.c(s.text()), s.styles(), s.time()));
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

    private static List<String> all(Converting k, List<String> texts) {
        List<String> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(k.c(t)));
        return out;
    }
}
