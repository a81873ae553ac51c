package org.newsdesk.ui.editor;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Story;

/** The centre of the window: the transcript area with the speaker's label at each turn start. */
public final class EditorView {

    private final TranscriptArea area = new TranscriptArea();
    private final VirtualizedScrollPane<TranscriptArea> root = new VirtualizedScrollPane<>(area);
    private final EditorViewModel viewModel;
    private final Map<String, Speaker> roster = new HashMap<>();
    private boolean loading;

    public EditorView(EditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        area.setId("transcript");
        area.setAccessibleText(messages.get("editor.accessible"));
        area.setParagraphGraphicFactory(gutter());
        area.setDisable(true);
        root.setId("transcriptScroll");

        viewModel.setTranscriptSource(() -> TranscriptDocument.toModel(area.getParagraphs()));
        area.caretPositionProperty().addListener((obs, old, pos) -> viewModel.caretProperty().set(pos));
        area.multiRichChanges().subscribe(changes -> {
            if (!loading) {
                viewModel.edited();
            }
        });
        viewModel.storyProperty().addListener((obs, old, story) -> show(story));
    }

    private void show(Story story) {
        loading = true;
        try {
            roster.clear();
            if (story == null) {
                area.clear();
                area.setDisable(true);
                return;
            }
            story.speakers().forEach(s -> roster.put(s.key(), s));
            area.replace(0, area.getLength(), TranscriptDocument.toDocument(story.paragraphs()));
            area.getUndoManager().forgetHistory();
            area.setDisable(false);
            area.moveTo(Math.min(viewModel.caretToRestore(), area.getLength()));
            area.requestFollowCaret();
            area.requestFocus();
        } finally {
            loading = false;
        }
    }

    /** A label chip at the first paragraph of each turn; the label comes from the roster. */
    private IntFunction<Node> gutter() {
        return line -> {
            Label chip = new Label();
            chip.getStyleClass().add("speaker-chip");
            if (line >= area.getParagraphs().size()) {
                return chip;
            }
            String key = area.getParagraph(line).getParagraphStyle().speakerKey();
            String previous = line == 0 ? null : area.getParagraph(line - 1).getParagraphStyle().speakerKey();
            Speaker speaker = key == null ? null : roster.get(key);
            if (speaker != null && !key.equals(previous)) {
                chip.setText(speaker.label());
                chip.getStyleClass().add("speaker-" + speaker.role().name().toLowerCase(java.util.Locale.ROOT));
            } else {
                chip.getStyleClass().add(key == null ? "speaker-none" : "speaker-continued");
            }
            return chip;
        };
    }

    public Node root() {
        return root;
    }

    public TranscriptArea area() {
        return area;
    }
}
