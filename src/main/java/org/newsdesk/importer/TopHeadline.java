package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Series;
import org.newsdesk.text.SourceParagraph;

/**
 * The headline of a saved transcript without a portal's metadata line: its first line
 * when that line reads as a title — {@code 人名：標題} (某某：我是第一次和網友交流), a short
 * line without a sentence's end, or a line printed twice. That line then leaves the
 * text, so nothing above the first turn is put in a speaker's mouth.
 */
final class TopHeadline {

    private static final int MAX_HEADLINE = 60;

    private TopHeadline() {
    }

    static PortalPage apply(List<SourceParagraph> lines, String fallback, List<ImportNote> notes) {
        return apply(lines, fallback, notes, DeclinedGuesses.NONE);
    }

    /** As above; a headline guess the editor declined leaves the first line in the text. */
    static PortalPage apply(List<SourceParagraph> lines, String fallback, List<ImportNote> notes,
                            DeclinedGuesses declined) {
        int first = nextNonBlank(lines, 0);
        if (first < 0) {
            return new PortalPage(Metadata.withHeadline(fallback), "", lines);
        }
        String line = PortalPage.clean(lines.get(first).text());
        int second = nextNonBlank(lines, first + 1);
        if (second < 0 || !readsAsHeadline(line)) {
            return new PortalPage(Metadata.withHeadline(fallback), "", lines);
        }
        boolean twice = PortalPage.clean(lines.get(second).text()).equals(line);
        HeadlineText h = HeadlineText.of(line);
        ImportNote chosen = ImportNote.at(ImportNote.Kind.HEADLINE_CHOSEN, lines.get(first).line(), h.text(), !twice);
        if (declined.declines(chosen)) {
            return new PortalPage(Metadata.withHeadline(fallback), "", lines);
        }
        List<SourceParagraph> body = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            boolean repeat = i > first && i <= second + 2 && PortalPage.clean(lines.get(i).text()).equals(line);
            ImportNote dropped = repeat ? ImportNote.at(ImportNote.Kind.LINE_DROPPED, lines.get(i).line(), line, false)
                    : null;
            if (i != first && (!repeat || declined.declines(dropped))) {
                body.add(lines.get(i));
            } else if (repeat) {
                notes.add(dropped);
            }
        }
        Series series = h.part() > 0 ? new Series(PortalPage.seriesId(h.text()), h.text(), h.part(), null) : null;
        Metadata m = Metadata.withHeadline(h.text());
        if (series != null) {
            m = new Metadata(m.headline(), m.kicker(), m.subtitle(), m.summary(), m.source(), m.authors(), m.editor(),
                    m.publishTime(), m.timeZone(), m.channels(), m.keywords(), series, m.internalNote(), m.embargoUntil());
        }
        notes.add(chosen);
        return new PortalPage(m, "", body);
    }

    /** A title rather than a turn or a sentence. */
    static boolean readsAsHeadline(String line) {
        if (line.isEmpty() || line.length() > MAX_HEADLINE) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '。' || last == '，' || last == '；' || last == '：' || last == ':' || last == ',' || last == '.'
                || last == '？' || last == '?' || last == '！' || last == '!') {
            return false;
        }
        char first = line.charAt(0);
        if (first == '(' || first == '（' || first == '[' || first == '【' || first == '［') {
            return false; // a stage note or a column tag
        }
        int colon = Math.max(line.indexOf('：'), line.indexOf(':'));
        if (colon < 0) {
            return !line.startsWith("以下") && !line.endsWith("实录") && !line.endsWith("實錄") && line.length() >= 6;
        }
        // 人名：標題 or 專訪：標題 — never a role word's turn (主持人：…, 網友：…)
        String label = line.substring(0, colon).strip();
        int rest = line.length() - colon - 1;
        return !isRoleLabel(label) && rest >= 4 && rest <= 40;
    }

    private static boolean isRoleLabel(String label) {
        org.newsdesk.text.SpeakerLabelDetector.LabelMatch m = new org.newsdesk.text.SpeakerLabelDetector()
                .candidate(label + "：");
        return m != null && (m.kind() == org.newsdesk.text.SpeakerLabelDetector.Kind.ROLE
                || m.kind() == org.newsdesk.text.SpeakerLabelDetector.Kind.NETIZEN);
    }

    private static int nextNonBlank(List<SourceParagraph> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).text().isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
