package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML page as lines, one per block (paragraph, heading, table
 * cell, line break), so a page reads like the text a browser would save. Scripts,
 * styles, forms, frames and embedded objects are dropped first; jsoup repairs broken
 * markup the way browsers do.
 */
final class HtmlLines {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th",
            "table", "tbody", "thead", "tfoot", "section", "article", "header", "footer", "nav", "aside", "main",
            "blockquote", "pre", "center", "form", "hr", "address", "figure", "figcaption", "title", "body");
    private static final String DROPPED =
            "script, style, noscript, template, iframe, frame, object, embed, svg, canvas, input, select, textarea, "
                    + "button, video, audio, map";

    private HtmlLines() {
    }

    /** @param title receives the page's {@code <title>}, or stays empty */
    static List<String> of(String html, StringBuilder title) {
        Document doc = Jsoup.parse(html);
        title.append(doc.title());
        doc.select(DROPPED).remove();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendCollapsed(line, text.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br") || BLOCKS.contains(e.normalName())) {
                        flush(lines, line);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(lines, line);
                }
            }
        }, doc.body());
        flush(lines, line);
        return lines;
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

    private static void flush(List<String> lines, StringBuilder line) {
        String text = PortalPage.clean(line.toString());
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
