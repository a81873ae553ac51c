package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article in an HTML page, found the way readability tools find it but tuned for
 * Chinese interview pages: every block of text scores for its length and its commas and
 * full stops, the score goes to the block's container (half to the container's parent),
 * containers full of links (menus, related lists) lose, and class names such as
 * {@code content} or {@code footer} nudge. The best container and its strong siblings are
 * the article; the headline is the {@code h1} (or the heading that the {@code <title>}
 * starts with). What reaches {@link PortalPage} is the headline, the lines between it and
 * the article (metadata line, column) and the article's lines, without those that are
 * mostly links or that {@link PageChrome} calls the page's own.
 */
final class HtmlContent {

    /**
     * @param title    the page's {@code <title>}
     * @param headline the headline found, or empty
     * @param lines    the headline first (when found), then the article's lines
     */
    record Extracted(String title, String headline, List<String> lines) {
    }

    /** One block of text as a browser would lay it out. */
    private record Line(String text, Element owner, int linkChars, int heading) {
    }

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th",
            "table", "tbody", "thead", "tfoot", "section", "article", "header", "footer", "nav", "aside", "main",
            "blockquote", "pre", "center", "form", "hr", "address", "figure", "figcaption", "title", "body");
    private static final String DROPPED =
            "script, style, noscript, template, iframe, frame, object, embed, svg, canvas, input, select, textarea, "
                    + "button, video, audio, map, head";
    private static final Pattern POSITIVE = Pattern.compile(
            "article|content|text|body|main|entry|story|detail|zhengwen|conent|\\bzw\\b|post|news_txt|TRS_Editor",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "nav|menu|footer|foot|comment|share|sidebar|side|related|relate|recommend|crumb|copyright|login|toolbar|"
                    + "banner|header|ad-|ads|advert|hot|rank|list|links|tags|bdshare|jiathis|search",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NEGATIVE_TAGS = Set.of("nav", "footer", "aside", "header", "form");
    private static final Pattern TITLE_SPLIT = Pattern.compile("\\s*(?:[_|｜]|\\s[-—–]+\\s|--)\\s*");
    private static final int MAX_HEADLINE = 200;

    private HtmlContent() {
    }

    static Extracted of(String html) {
        Document doc = Jsoup.parse(html);
        String title = PortalPage.clean(doc.title());
        doc.select(DROPPED).remove();
        List<Line> lines = lines(doc);
        if (lines.isEmpty()) {
            return new Extracted(title, title, List.of());
        }
        Set<Element> article = article(lines);
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (within(lines.get(i).owner(), article)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            first = 0;
            last = lines.size() - 1;
        }
        int h = headline(lines, title, last);
        String headline = h >= 0 ? lines.get(h).text() : titlePiece(title);
        List<String> out = new ArrayList<>();
        out.add(headline);
        int start = h >= 0 && h <= last ? h + 1 : first;
        for (int i = start; i <= last; i++) {
            String text = lines.get(i).text();
            if (keep(lines.get(i)) || PageMetadataLine.parse(text) != null) {
                out.add(text);
            }
        }
        // a part of the article the scores missed: running text right after it, up to the page's own lines
        for (int i = last + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!keep(l) || PageChrome.isFooter(l.text()) || !PageChrome.hasSentencePunctuation(l.text())
                    || l.text().length() < 10) {
                break;
            }
            out.add(l.text());
        }
        return new Extracted(title, headline, out);
    }

    private static boolean keep(Line l) {
        String t = l.text();
        boolean linkHeavy = l.linkChars() * 2 >= t.length() && t.length() <= 200;
        return !linkHeavy && !PageChrome.isChrome(t);
    }

    // ------------------------------------------------------------------ lines

    private static List<Line> lines(Document doc) {
        List<Line> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Element[] owner = {null};
        int[] link = {0, 0}; // [depth inside <a>, link characters in the current line]
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    int before = line.length();
                    appendCollapsed(line, text.getWholeText());
                    if (owner[0] == null && line.length() > 0) {
                        owner[0] = block(text.parent());
                    }
                    if (link[0] > 0) {
                        link[1] += line.length() - before;
                    }
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        link[0]++;
                    }
                    if (e.normalName().equals("br") || BLOCKS.contains(e.normalName())) {
                        flush(lines, line, owner, link);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        link[0]--;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        flush(lines, line, owner, link);
                    }
                }
            }
        }, doc.body());
        flush(lines, line, owner, link);
        return labelCellsJoined(lines);
    }

    /**
     * Online-interview pages often set each turn as a table row, the speaker in the first
     * cell and the words in the second: {@code <tr><td>主持人</td><td>……</td></tr>}. Such a
     * row reads as one labelled line, {@code 主持人：……}.
     */
    private static List<Line> labelCellsJoined(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (i + 1 < lines.size() && isLabelCell(l, lines.get(i + 1))) {
                Line words = lines.get(i + 1);
                String label = l.text();
                boolean colon = label.endsWith("：") || label.endsWith(":");
                out.add(new Line(label + (colon ? "" : "：") + words.text(), words.owner(), words.linkChars(), 0));
                i++;
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean isLabelCell(Line label, Line next) {
        Element cell = label.owner();
        Element row = cell.parent();
        if (row == null || !row.normalName().equals("tr") || row.childrenSize() != 2 || row.child(0) != cell
                || next.owner() != row.child(1) || !cell.normalName().matches("td|th")) {
            return false;
        }
        String t = label.text();
        return t.length() <= 16 && label.linkChars() == 0 && !PageChrome.hasSentencePunctuation(t)
                && !t.endsWith("。") && cell.text().strip().equals(t);
    }

    private static Element block(Node node) {
        Node n = node;
        while (n != null && !(n instanceof Element e && BLOCKS.contains(e.normalName()))) {
            n = n.parentNode();
        }
        return (Element) n;
    }

    private static void flush(List<Line> lines, StringBuilder line, Element[] owner, int[] link) {
        String text = PortalPage.clean(line.toString());
        if (!text.isEmpty() && owner[0] != null) {
            String name = owner[0].normalName();
            int heading = name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))
                    ? name.charAt(1) - '0' : 0;
            lines.add(new Line(text, owner[0], Math.min(link[1], text.length()), heading));
        }
        line.setLength(0);
        owner[0] = null;
        link[1] = 0;
    }

    /** HTML white space (not the full-width space, which pages use on purpose) collapses to one space. */
    private static void appendCollapsed(StringBuilder line, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
            if (space) {
                if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else {
                line.append(c);
            }
        }
    }

    // ------------------------------------------------------------------ scoring

    /** The best-scoring container and its strong siblings. */
    private static Set<Element> article(List<Line> lines) {
        Map<Element, double[]> stats = new IdentityHashMap<>(); // score, characters, link characters
        for (Line l : lines) {
            Element container = l.owner().normalName().equals("body") ? l.owner() : l.owner().parent();
            double score = lineScore(l);
            if (container != null && score > 0) {
                stats.computeIfAbsent(container, k -> new double[3])[0] += score;
                if (container.parent() != null) {
                    stats.computeIfAbsent(container.parent(), k -> new double[3])[0] += score / 2;
                }
            }
            for (Element e = l.owner(); e != null; e = e.parent()) {
                double[] s = stats.computeIfAbsent(e, k -> new double[3]);
                s[1] += l.text().length();
                s[2] += l.linkChars();
            }
        }
        Element top = null;
        double best = 0;
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, double[]> e : stats.entrySet()) {
            double[] s = e.getValue();
            if (s[0] <= 0) {
                continue;
            }
            double score = (s[0] + classWeight(e.getKey())) * (1 - (s[1] == 0 ? 0 : s[2] / s[1]));
            finals.put(e.getKey(), score);
            if (score > best) {
                best = score;
                top = e.getKey();
            }
        }
        Set<Element> article = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (top == null) {
            return article;
        }
        article.add(top);
        if (top.parent() != null) {
            double threshold = Math.max(10, best * 0.2);
            for (Element sibling : top.parent().children()) {
                double[] s = stats.get(sibling);
                if (sibling == top || s == null) {
                    continue;
                }
                double density = s[1] == 0 ? 1 : s[2] / s[1];
                Double score = finals.get(sibling);
                if (density < 0.3 && (score != null && score >= threshold || s[1] > 80 && classWeight(sibling) >= 0)) {
                    article.add(sibling);
                }
            }
        }
        return article;
    }

    /** Longer text with more clause punctuation scores higher; links count for nothing. */
    private static double lineScore(Line l) {
        String t = l.text();
        int own = t.length() - l.linkChars();
        if (own < 4 || l.heading() > 0) {
            return 0;
        }
        int commas = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '，' || c == '。' || c == '、' || c == '；' || c == '？' || c == '！' || c == ',') {
                commas++;
            }
        }
        return 1 + commas + Math.min(own / 50.0, 3);
    }

    private static double classWeight(Element e) {
        if (NEGATIVE_TAGS.contains(e.normalName())) {
            return -25;
        }
        String names = e.className() + " " + e.id();
        if (names.isBlank()) {
            return 0;
        }
        double w = 0;
        if (POSITIVE.matcher(names).find()) {
            w += 25;
        }
        if (NEGATIVE.matcher(names).find()) {
            w -= 25;
        }
        return w;
    }

    private static boolean within(Element e, Set<Element> set) {
        for (Element x = e; x != null; x = x.parent()) {
            if (set.contains(x)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ headline

    /**
     * The headline's line: the {@code h1} that the title holds (a site logo is often an
     * {@code h1} too), else another heading or line that the title starts with. Never a line
     * of chrome, never one after the article.
     */
    private static int headline(List<Line> lines, String title, int last) {
        String piece = titlePiece(title);
        int firstH1 = -1;
        int titled = -1;
        for (int i = 0; i <= last; i++) {
            Line l = lines.get(i);
            String t = l.text();
            if (t.length() < 2 || t.length() > MAX_HEADLINE || PageChrome.isChrome(t) || l.linkChars() * 2 > t.length()
                    && l.heading() != 1) {
                continue;
            }
            boolean matchesTitle = !piece.isEmpty() && (t.equals(piece) || title.startsWith(t) && t.length() >= 4
                    || t.startsWith(piece) && t.length() <= piece.length() + 12
                    || title.contains(t) && t.length() >= 4 && t.length() * 2 >= piece.length());
            if (l.heading() == 1) {
                if (matchesTitle) {
                    return i;
                }
                firstH1 = firstH1 < 0 ? i : firstH1;
            } else if (matchesTitle && (titled < 0 || t.length() > lines.get(titled).text().length())) {
                titled = i; // the longest line the title holds: the headline, not the site's name
            }
        }
        return firstH1 >= 0 ? firstH1 : titled;
    }

    /** The headline part of a {@code <title>}: "標題_頻道_網站" → "標題". */
    static String titlePiece(String title) {
        String[] pieces = TITLE_SPLIT.split(title.strip());
        if (pieces.length == 0) {
            return "";
        }
        String first = pieces[0].strip();
        if (first.length() >= 4) {
            return first;
        }
        String longest = first;
        for (String p : pieces) {
            if (p.strip().length() > longest.length()) {
                longest = p.strip();
            }
        }
        return longest;
    }
}
