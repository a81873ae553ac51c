package org.newsdesk.importer;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Series;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.text.MetadataField;
import org.newsdesk.text.SourceParagraph;

/**
 * The front of a Word document laid out as an interview: a title, then a block of
 * "Label: value" lines (source, authors, editor, date, summary, column, the guests and the
 * host), then the transcript. Newsdesk's own review copy is laid out so (its headline and
 * metadata paragraph styles say which is which), and so are documents others type the same way
 * in either script or in English. The block ends at the first paragraph that is not such a
 * line; a line naming guests or the host counts only when a name in it speaks later in the
 * document (or the document's own style marks it), so a first turn such as
 * "主持人：各位好" stays a turn.
 */
final class DocxFront {

    /** Newsdesk's review copy: the headline's and the metadata lines' paragraph styles. */
    static final String HEADLINE_STYLE = "NewsdeskHeadline";
    static final String META_STYLE = "NewsdeskMeta";

    private static final Pattern FIELD = Pattern.compile("^([^:：]{1,24}?)\\s*[:：]\\s*(.*)$");
    private static final Pattern COLUMN = Pattern.compile("^[【\\[［]([^】\\]］]{1,20})[】\\]］]\\s*(.*)$");
    private static final Pattern BRACKET_LABEL = Pattern.compile("^[\\[［【]([^\\]］】]{1,30})[\\]］】]");
    private static final int MAX_TITLE = 100;
    private static final int MAX_FIELD = 300;
    private static final int MAX_PERSON = 40;
    private static final List<String> HONORIFICS = List.of("先生", "女士", "老师", "老師", "教授", "博士", "同志");

    /**
     * A person a guests or host line names.
     *
     * @param name  the name as written (主持人 when the line names only the part)
     * @param title the title written before a Chinese name or after an English one, else empty
     */
    record Person(String name, String title, SpeakerRole role) {
    }

    /**
     * @param metadata the headline and the fields the block gave
     * @param people   the guests and hosts the block named, in order
     * @param body     the paragraphs after the block: the transcript
     */
    record Front(Metadata metadata, List<Person> people, List<SourceParagraph> body) {
    }

    private DocxFront() {
    }

    /**
     * Reads the front of {@code paragraphs} ({@code styles} holds each one's style id).
     *
     * @param fallbackHeadline the headline when the document has no title (the file's name)
     */
    static Front read(List<SourceParagraph> paragraphs, List<String> styles, String fallbackHeadline) {
        int first = nextNonBlank(paragraphs, 0);
        if (first >= paragraphs.size()) {
            return new Front(Metadata.withHeadline(fallbackHeadline), List.of(), paragraphs);
        }
        Block block = new Block(paragraphs, styles);
        String headline = fallbackHeadline;
        int from = first;
        String firstText = PortalPage.clean(paragraphs.get(first).text());
        String firstStyle = styles.get(first);
        boolean titleStyle = firstStyle.equals(HEADLINE_STYLE) || firstStyle.equals("Title");
        if (titleStyle || readsAsTitle(firstText) && block.isField(nextNonBlank(paragraphs, first + 1), true)) {
            headline = firstText;
            from = first + 1;
        }
        int end = block.absorb(from, from > first);
        if (from == first && end == first) {
            return new Front(Metadata.withHeadline(fallbackHeadline), List.of(), paragraphs);
        }
        HeadlineText parts = HeadlineText.of(headline);
        Series series = parts.part() > 0
                ? new Series(PortalPage.seriesId(parts.text()), parts.text(), parts.part(), null) : null;
        Metadata metadata = new Metadata(parts.text(), block.kicker, block.subtitle, block.summary, block.source,
                block.authors, block.editor, block.time, Metadata.DEFAULT_ZONE, List.of(), block.keywords, series, "",
                null);
        return new Front(metadata, List.copyOf(block.people), List.copyOf(paragraphs.subList(end, paragraphs.size())));
    }

    /** Short, not a sentence, not itself a labelled line. */
    private static boolean readsAsTitle(String text) {
        if (text.isEmpty() || text.length() > MAX_TITLE) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return "。！？!?；;，,…：:".indexOf(last) < 0 && !FIELD.matcher(text).matches();
    }

    private static int nextNonBlank(List<SourceParagraph> paragraphs, int from) {
        int i = from;
        while (i < paragraphs.size() && PortalPage.clean(paragraphs.get(i).text()).isEmpty()) {
            i++;
        }
        return i;
    }

    /** The block of labelled lines, read one paragraph at a time. */
    private static final class Block {
        private final List<SourceParagraph> paragraphs;
        private final List<String> styles;
        private Set<String> speakingLabels;
        String kicker = "";
        String subtitle = "";
        String summary = "";
        String source = "";
        List<String> authors = List.of();
        String editor = "";
        ZonedDateTime time;
        List<String> keywords = List.of();
        final List<Person> people = new ArrayList<>();

        Block(List<SourceParagraph> paragraphs, List<String> styles) {
            this.paragraphs = paragraphs;
            this.styles = styles;
        }

        /** Takes the labelled lines from {@code from} on; returns where the transcript starts. */
        int absorb(int from, boolean afterTitle) {
            int i = nextNonBlank(paragraphs, from);
            boolean firstLine = true;
            while (i < paragraphs.size()) {
                String text = PortalPage.clean(paragraphs.get(i).text());
                boolean ours = styles.get(i).equals(META_STYLE);
                if (!take(text, ours, firstLine && afterTitle, i)) {
                    break;
                }
                firstLine = false;
                i = nextNonBlank(paragraphs, i + 1);
            }
            return i;
        }

        /** Whether paragraph {@code i} is a line of the block (read without keeping it). */
        boolean isField(int i, boolean afterTitle) {
            if (i >= paragraphs.size()) {
                return false;
            }
            Block probe = new Block(paragraphs, styles);
            return probe.take(PortalPage.clean(paragraphs.get(i).text()), styles.get(i).equals(META_STYLE), afterTitle, i);
        }

        private boolean take(String text, boolean ours, boolean rightAfterTitle, int index) {
            if (text.length() > MAX_FIELD) {
                return false;
            }
            PageMetadataLine line = PageMetadataLine.parse(text);
            if (line != null) {
                source = source.isEmpty() ? line.source() : source;
                authors = authors.isEmpty() ? line.authors() : authors;
                editor = editor.isEmpty() ? line.editor() : editor;
                time = time == null ? line.time() : time;
                return true;
            }
            Matcher field = FIELD.matcher(text);
            MetadataField kind = field.matches() ? MetadataField.named(field.group(1)) : null;
            if (kind == null) {
                if (rightAfterTitle) {
                    Matcher column = COLUMN.matcher(text);
                    if (column.matches()) {
                        kicker = column.group(1).strip();
                        subtitle = column.group(2).strip();
                        return true;
                    }
                    if (ours) {
                        subtitle = text; // the review copy's subtitle line, without a column
                        return true;
                    }
                }
                return false;
            }
            String value = field.group(2).strip();
            switch (kind) {
                case SOURCE -> source = value;
                case AUTHORS -> authors = names(value);
                case EDITOR -> editor = value;
                case TIME -> time = PageMetadataLine.timeIn(value);
                case SUMMARY -> summary = value;
                case KICKER -> kicker = value;
                case SUBTITLE -> subtitle = value;
                case KEYWORDS -> keywords = names(value);
                case GUESTS, HOSTS -> {
                    List<Person> named = people(value, kind == MetadataField.HOSTS ? SpeakerRole.HOST : SpeakerRole.GUEST);
                    if (named.isEmpty() || !ours && !speaksLater(named, field.group(1).strip(), index)) {
                        return false; // a turn: 主持人：各位好
                    }
                    people.addAll(named);
                }
                default -> { }
            }
            return true;
        }

        /** Whether someone the line names (or the part itself: 主持人：主持人) starts a paragraph after it. */
        private boolean speaksLater(List<Person> named, String part, int index) {
            Set<String> labels = speakingLabels(index);
            for (Person p : named) {
                if (p.name().equals(part) && labels.contains(part)) {
                    return true;
                }
                for (String label : labels) {
                    if (calls(label, p, named)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The labels paragraphs after {@code index} start with: text before a colon, or in brackets. */
        private Set<String> speakingLabels(int index) {
            if (speakingLabels == null) {
                speakingLabels = new HashSet<>();
                for (int i = index + 1; i < paragraphs.size(); i++) {
                    String text = PortalPage.clean(paragraphs.get(i).text());
                    Matcher bracket = BRACKET_LABEL.matcher(text);
                    if (bracket.find()) {
                        speakingLabels.add(bracket.group(1).strip());
                    }
                    int colon = firstColon(text);
                    if (colon > 0 && colon <= 30) {
                        speakingLabels.add(text.substring(0, colon).strip());
                    }
                }
            }
            return speakingLabels;
        }
    }

    /**
     * Whether a turn labelled {@code label} is {@code person}'s: the name itself; a label ending
     * in it (主持人 王明); the surname with the end of the title or a courtesy word (陈局长 for
     * 市科技局局长 陈明, 陈先生); one word of an English name (Berg for Anna Berg); or the part's
     * own word when the lines name one person for that part (主持人 for 主持人：李明).
     */
    static boolean calls(String label, Person person, List<Person> named) {
        String name = person.name();
        if (label.equals(name) || name.length() >= 2 && label.endsWith(name)) {
            return true;
        }
        if (isHan(name) && name.length() >= 2 && label.length() >= 2 && label.charAt(0) == name.charAt(0)) {
            String rest = label.substring(1);
            if (HONORIFICS.contains(rest) || rest.length() >= 2 && person.title().endsWith(rest)) {
                return true;
            }
        }
        if (!isHan(name) && label.length() >= 2 && List.of(name.split("\\s+")).contains(label)) {
            return true;
        }
        MetadataField part = MetadataField.named(label);
        SpeakerRole role = part == MetadataField.HOSTS ? SpeakerRole.HOST
                : part == MetadataField.GUESTS ? SpeakerRole.GUEST : null;
        return role == person.role() && named.stream().filter(p -> p.role() == role).count() == 1;
    }

    private static boolean isHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static int firstColon(String text) {
        int full = text.indexOf('：');
        int half = text.indexOf(':');
        return full < 0 ? half : half < 0 ? full : Math.min(full, half);
    }

    /** 嘉宾：市科技局局长 张三、李四 or Guests: Li Wei, director of the bureau; Anna Berg. */
    static List<Person> people(String value, SpeakerRole role) {
        List<Person> out = new ArrayList<>();
        for (String part : value.split("[、，,;；/]")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.length() > MAX_PERSON || "。！？!?".indexOf(entry.charAt(entry.length() - 1)) >= 0) {
                return List.of(); // a sentence, not a list of names
            }
            boolean chinese = entry.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (!chinese && Character.isLowerCase(entry.charAt(0)) && !out.isEmpty()) {
                // Li Wei, director of the bureau: a title after the name
                Person previous = out.remove(out.size() - 1);
                String title = previous.title().isEmpty() ? entry : previous.title() + ", " + entry;
                out.add(new Person(previous.name(), title, role));
                continue;
            }
            int space = entry.lastIndexOf(' ') >= 0 ? entry.lastIndexOf(' ') : entry.lastIndexOf('\u3000');
            if (chinese && space > 0) {
                out.add(new Person(entry.substring(space + 1).strip(), entry.substring(0, space).strip(), role));
            } else {
                out.add(new Person(entry, "", role));
            }
        }
        return out;
    }

    private static List<String> names(String value) {
        List<String> out = new ArrayList<>();
        boolean chinese = value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        // Chinese names are parted by spaces too; English names have spaces inside them
        for (String part : value.split(chinese ? "[\\s\u3000,，、;；/]+" : "\\s*(?:[,;/]|\\band\\b)\\s*")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
