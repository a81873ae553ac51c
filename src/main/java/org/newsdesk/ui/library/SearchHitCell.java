package org.newsdesk.ui.library;

import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.newsdesk.search.Highlight;
import org.newsdesk.search.SearchField;
import org.newsdesk.search.SearchHit;

/** A hit: its headline and the pieces of text that matched, matches highlighted. */
final class SearchHitCell extends ListCell<SearchHit> {
    SearchHitCell() {
        // take the list's width, never more: the snippets wrap instead of scrolling sideways
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
        super.updateItem(hit, empty);
        setText(null);
        if (empty || hit == null) {
            setGraphic(null);
            return;
        }
        VBox box = new VBox(2);
        Highlight headline = hit.highlights().stream()
                .filter(h -> h.field() == SearchField.HEADLINE).findFirst().orElse(null);
        TextFlow title = headline == null ? flow(hit.headline(), List.of()) : flow(headline.text(), headline.matches());
        title.getStyleClass().add("hit-headline");
        box.getChildren().add(title);
        for (Highlight h : hit.highlights()) {
            if (h.field() != SearchField.HEADLINE) {
                TextFlow piece = flow("…" + h.text() + "…", shift(h.matches()));
                piece.getStyleClass().add("hit-snippet");
                box.getChildren().add(piece);
            }
        }
        setGraphic(box);
    }

    private List<Highlight.Range> shift(List<Highlight.Range> ranges) {
        return ranges.stream().map(r -> new Highlight.Range(r.start() + 1, r.end() + 1)).toList();
    }

    private TextFlow flow(String text, List<Highlight.Range> matches) {
        TextFlow flow = new TextFlow();
        int at = 0;
        for (Highlight.Range r : matches) {
            flow.getChildren().add(text(text.substring(at, r.start()), false));
            flow.getChildren().add(text(text.substring(r.start(), r.end()), true));
            at = r.end();
        }
        flow.getChildren().add(text(text.substring(at), false));
        return flow;
    }

    private Text text(String s, boolean match) {
        Text t = new Text(s);
        t.getStyleClass().add(match ? "search-match" : "search-text");
        return t;
    }
}
