package org.newsdesk.ui.editor;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Speaker;

/**
 * The transcript's gutter, as the area's paragraph graphic factory: a {@link SpeakerChip} at
 * each paragraph, with the speaker's label (always from the roster) at a turn start.
 *
 * <p>RichTextFX makes a paragraph's cell again at every keystroke (its paragraphs are
 * immutable), and the new cell asks for its graphic again. The chip last given for that line
 * is handed to it and updated in place (adding a node to a new parent takes it from the old
 * one, the cell being dropped), so typing does not make and style a new region and text
 * each time. Chips are kept for the {@value #KEPT} lines asked for most recently, more than a
 * window shows; a line asked for again after that gets a new chip.
 */
final class SpeakerGutter implements IntFunction<Node> {

    static final int KEPT = 256;

    private final TranscriptArea area;
    private final Function<String, Speaker> roster;
    private final IntSupplier playing;
    private final Messages messages;
    private final Map<Integer, SpeakerChip> chips = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, SpeakerChip> eldest) {
            return size() > KEPT;
        }
    };
    private Tooltip tooLong;
    private int made;

    /**
     * @param roster  a speaker by key (null: not in the roster)
     * @param playing the paragraph being heard, -1 for none
     */
    SpeakerGutter(TranscriptArea area, Function<String, Speaker> roster, IntSupplier playing, Messages messages) {
        this.area = area;
        this.roster = roster;
        this.playing = playing;
        this.messages = messages;
    }

    @Override
    public Node apply(int line) {
        SpeakerChip chip = chips.computeIfAbsent(line, l -> {
            made++;
            return new SpeakerChip();
        });
        var paragraphs = area.getParagraphs();
        if (line >= paragraphs.size()) {
            chip.show("", "speaker-none", false, null);
            return chip;
        }
        String key = paragraphs.get(line).getParagraphStyle().speakerKey();
        Speaker speaker = key == null ? null : roster.apply(key);
        String label;
        String textClass;
        if (key == null) {
            label = "";
            textClass = "speaker-none";
        } else if (TranscriptCommands.isTurnStart(paragraphs, line)) {
            label = speaker == null ? "?" : speaker.label();
            textClass = speaker == null ? "speaker-unknown" : "speaker-" + speaker.role().name().toLowerCase(Locale.ROOT);
        } else {
            label = "┆";
            textClass = "speaker-continued";
        }
        boolean overLong = paragraphs.get(line).length() > EditorView.LONG_PARAGRAPH;
        chip.show(label, textClass, line == playing.getAsInt(), overLong ? tooLong() : null);
        return chip;
    }

    private Tooltip tooLong() {
        if (tooLong == null) {
            tooLong = new Tooltip(messages.get("editor.tooLong", EditorView.LONG_PARAGRAPH));
        }
        return tooLong;
    }

    /** How many chips were made so far (tests: typing makes none). */
    int chipsMade() {
        return made;
    }
}
