package org.newsdesk.export;

import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdesk.Version;
import org.newsdesk.export.script.Script;
import org.newsdesk.export.script.ScriptConverter;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Story;
import org.newsdesk.workflow.metadata.PortalTime;

/**
 * A story as the portal's article page: a pure function of the story revision and the
 * options (same input, same bytes). Also what the preview tab loads into its WebView.
 */
public final class PageRenderer {

    private final TemplateSet templates;
    private final ScriptConverter converter;

    public PageRenderer(TemplateSet templates, ScriptConverter converter) {
        this.templates = templates;
        this.converter = converter;
    }

    public ScriptConverter converter() {
        return converter;
    }

    /**
     * The HTML of the bundle's {@code index.html}: for {@link ScriptMode#BOTH} the
     * Simplified page, for {@link ScriptMode#AS_IS} the story as written.
     */
    public String renderPage(Story story, ExportOptions options) {
        List<Script> targets = options.script().targets();
        return targets.isEmpty()
                ? render(story, ScriptedStory.guess(story, converter), options)
                : renderPage(story, options, targets.get(0));
    }

    /** The page in {@code script} (converted, characters only). */
    public String renderPage(Story story, ExportOptions options, Script script) {
        return render(ScriptedStory.convert(story, script, converter), script, options);
    }

    /** Renders a story whose text is already in {@code script}. */
    String render(Story story, Script script, ExportOptions options) {
        PebbleTemplate template = templates.page();
        StringWriter out = new StringWriter(estimateSize(story));
        try {
            template.evaluate(out, Map.of("page", view(story, script, options)));
        } catch (IOException | RuntimeException e) {
            throw new ExportException(ExportException.Problem.TEMPLATE_BROKEN, null,
                    "The page template failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    static String headlineLine(Metadata m) {
        return m.series() == null ? m.headline() : m.headline() + "(" + m.series().part() + ")";
    }

    private PageView.Page view(Story story, Script script, ExportOptions options) {
        Metadata m = story.metadata();
        String headline = headlineLine(m);
        PageView.SeriesNav series = m.series() == null ? null
                : new PageView.SeriesNav(m.series().name(), m.series().part(), m.series().total(),
                        SeriesNeighbours.href(options.neighbours().previousSlug()),
                        SeriesNeighbours.href(options.neighbours().nextSlug()));
        return new PageView.Page(script.languageTag(), script.traditional(), headline, m.kicker(), m.subtitle(),
                m.source(), String.join(" ", m.authors()), m.editor(),
                PortalTime.format(m.publishTime()), m.publishTime() == null ? "" : JsonLd.iso(m),
                paragraphs(story, options, script.traditional()), series, options.labels().cliName(),
                JsonLd.newsArticle(story, m, headline, script.languageTag()),
                "Newsdesk " + Version.current(), m.channels(), corrections(options, script));
    }

    /** The page's correction notes in {@code script} (characters only), newest first. */
    List<PageView.Correction> corrections(ExportOptions options, Script script) {
        List<PageView.Correction> out = new ArrayList<>(options.corrections().size());
        for (org.newsdesk.workflow.signoff.CorrectionNote c : options.corrections()) {
            out.add(new PageView.Correction(converter.convert(c.note(), script), c.revision(),
                    java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(c.at().atOffset(java.time.ZoneOffset.UTC)),
                    c.at().atOffset(java.time.ZoneOffset.UTC).toString()));
        }
        return out;
    }

    /**
     * The transcript as the page shows it: notes left out, timestamps only when asked
     * for, empty paragraphs dropped, and the label only where a speaker's turn starts.
     */
    static List<PageView.Para> paragraphs(Story story, ExportOptions options) {
        return paragraphs(story, options, false);
    }

    static List<PageView.Para> paragraphs(Story story, ExportOptions options, boolean traditional) {
        List<PageView.Para> out = new ArrayList<>(story.paragraphs().size());
        String previous = null;
        for (Paragraph p : story.paragraphs()) {
            List<PageView.Run> runs = runs(p, options.timestamps());
            if (runs.isEmpty()) {
                continue;
            }
            if (p.isNarration()) {
                out.add(new PageView.Para("narration", "", "", "", false, runs));
                previous = null;
                continue;
            }
            boolean turnStart = !p.speakerKey().equals(previous);
            previous = p.speakerKey();
            Speaker speaker = story.speaker(p.speakerKey());
            String role = speaker == null ? "other" : speaker.role().name().toLowerCase(java.util.Locale.ROOT);
            if (turnStart) {
                String name = speaker == null || speaker.label().isBlank() ? p.speakerKey() : speaker.label();
                if (speaker != null && speaker.role() == org.newsdesk.model.SpeakerRole.AUDIENCE) {
                    name = netizenLabel(name, traditional);
                }
                out.add(new PageView.Para("turn", p.speakerKey(), role, options.labels().format(name),
                        options.labels() == LabelStyle.BOLD, runs));
            } else {
                out.add(new PageView.Para("continuation", p.speakerKey(), role, "", false, runs));
            }
        }
        return out;
    }

    /**
     * A netizen as newsrooms print one: 網友某某 (a nickname gets the word in front, in the
     * nickname's script; a label that already says 網友 stays as it is).
     */
    static String netizenLabel(String label, boolean traditional) {
        if (label.startsWith("网友") || label.startsWith("網友")) {
            return label;
        }
        return (traditional || looksTraditional(label) ? "網友" : "网友") + label;
    }

    private static boolean looksTraditional(String s) {
        // characters whose Simplified form differs and that nicknames commonly use
        String traditional = "們個這說話時國長東樂見車風雲貓魚鳥愛華開書學實電語讀網飛龍門";
        for (int i = 0; i < s.length(); i++) {
            if (traditional.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<PageView.Run> runs(Paragraph p, boolean timestamps) {
        List<PageView.Run> runs = new ArrayList<>(p.spans().size());
        boolean visible = false;
        for (Span s : p.spans()) {
            if (s.has(SpanStyle.NOTE) || (s.has(SpanStyle.TIMESTAMP) && !timestamps)) {
                continue;
            }
            runs.add(new PageView.Run(s.text(), s.has(SpanStyle.BOLD), s.has(SpanStyle.ITALIC),
                    s.has(SpanStyle.UNCERTAIN), s.has(SpanStyle.TIMESTAMP)));
            visible |= !s.text().isBlank();
        }
        return visible ? runs : List.of();
    }

    private static int estimateSize(Story story) {
        long chars = 4_096;
        for (Paragraph p : story.paragraphs()) {
            chars += p.text().length() + 64;
        }
        return (int) Math.min(chars, Integer.MAX_VALUE / 2);
    }
}
