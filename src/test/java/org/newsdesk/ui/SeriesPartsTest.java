package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Series;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.service.query.NodeQuery;

/** The Placement section lists the other parts of the story's series, in part order, as links. */
@ExtendWith(ApplicationExtension.class)
class SeriesPartsTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final String TALK = "市科委副主任李寶純做客天津政務網";

    @TempDir
    Path dataFolder;
    private final AppWindow window = new AppWindow();

    @Test
    void thePartsOfTheSeriesAreListedLinkedAndKeptCurrent(FxRobot robot) throws Exception {
        UUID part2;
        UUID part3;
        try (Store store = TestStores.fresh(dataFolder)) {
            store.stories().create(part("創業政策(1)", new Series("talk", TALK, 1, 4)), List.of(), List.of());
            part3 = store.stories().create(part("創新平台(3)", new Series("talk", TALK, 3, 4)), List.of(), List.of()).id();
            part2 = store.stories().create(part("科技金融(2)", new Series("talk", TALK, 2, 4)), List.of(), List.of()).id();
            store.stories().create(part("另一個系列(1)", new Series("other", "教育訪談", 1, 2)), List.of(), List.of());
        }
        open(robot);
        TableView<LibraryEntry> library = in(robot, "#storyList").queryTableView();
        waitUntil(() -> library.getItems().size() == 4);
        robot.interact(() -> library.getSelectionModel().select(library.getItems().stream()
                .filter(e -> e.summary().id().equals(part2)).findFirst().orElseThrow()));

        waitUntil(() -> lines(robot).size() == 4);
        assertThat(lines(robot)).containsExactly("(1) 創業政策(1)", "(2) 科技金融(2)", "(3) 創新平台(3)", "(4) — missing");
        assertThat(node(robot, "#seriesPart1")).isInstanceOf(Hyperlink.class);
        assertThat(node(robot, "#seriesPart2")).isNotInstanceOf(Hyperlink.class);
        assertThat(node(robot, "#seriesPart2").getStyleClass()).contains("series-part-current");
        assertThat(node(robot, "#seriesPart4").getStyleClass()).contains("series-part-missing");

        // a link opens that part in the editor
        robot.interact(((Hyperlink) node(robot, "#seriesPart3"))::fire);
        waitUntil(() -> "創新平台(3)".equals(in(robot, "#headlineField").queryTextInputControl().getText())
                && node(robot, "#seriesPart3").getStyleClass().contains("series-part-current"));
        assertThat(node(robot, "#seriesPart2")).isInstanceOf(Hyperlink.class);
        assertThat(library.getSelectionModel().getSelectedItem().summary().id()).isEqualTo(part3);

        // saved as part 4: the list follows
        robot.interact(() -> in(robot, "#partField").queryTextInputControl().setText("4"));
        waitUntil(() -> lines(robot).equals(List.of("(1) 創業政策(1)", "(2) 科技金融(2)", "(3) — missing", "(4) 創新平台(3)")));

        // leaving the series (another series name = a new series): only this story is listed
        robot.interact(() -> in(robot, "#seriesNameField").queryTextInputControl().setText(""));
        robot.interact(() -> in(robot, "#partField").queryTextInputControl().setText(""));
        robot.interact(() -> in(robot, "#totalField").queryTextInputControl().setText(""));
        waitUntil(() -> !in(robot, "#seriesParts").query().isVisible());
        close(robot);
    }

    private static Metadata part(String headline, Series series) {
        Metadata m = Metadata.withHeadline(headline);
        return new Metadata(m.headline(), m.kicker(), m.subtitle(), m.summary(), m.source(), m.authors(), m.editor(),
                m.publishTime(), m.timeZone(), m.channels(), m.keywords(), series, m.internalNote(), m.embargoUntil());
    }

    private List<String> lines(FxRobot robot) {
        return in(robot, "#seriesParts").<javafx.scene.layout.VBox>query().getChildren().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("seriesPart"))
                .map(n -> n instanceof Hyperlink h ? h.getText() : ((Label) n).getText()).toList();
    }

    private Node node(FxRobot robot, String query) {
        return in(robot, "#seriesParts " + query).query();
    }

    private void open(FxRobot robot) throws TimeoutException {
        window.open(robot, (stage, closed) -> new NewsdeskApp().start(stage, dataFolder, ENGLISH, null, closed));
    }

    private void close(FxRobot robot) throws InterruptedException {
        window.close(robot);
    }

    private NodeQuery in(FxRobot robot, String query) {
        return window.in(robot, query);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
