package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Series;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.search.SearchHit;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.service.query.NodeQuery;

/** The library as an editor uses it: status badges, series together, a filter, a Chinese search with highlights. */
@ExtendWith(ApplicationExtension.class)
class LibraryPaneTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    private final AppWindow window = new AppWindow();

    @Test
    void showsBadgesFiltersAndFindsChineseTextWithHighlights(FxRobot robot) throws Exception {
        try (Store store = TestStores.fresh(dataFolder)) {
            story(store, "教育局長談招生", null, "黨的教育方針", Status.PUBLISHED);
            story(store, "科技訪談(2)", new Series("s-1", "科技訪談", 2, 3), "第二部分", Status.DRAFT);
            story(store, "民生熱線", null, "夏季用電高峰", Status.DRAFT);
            story(store, "科技訪談(1)", new Series("s-1", "科技訪談", 1, 3), "眾創空間建設發展", Status.DRAFT);
        }
        open(robot);
        waitUntil(() -> table(robot).getItems().size() == 4);
        // unsorted, a series stays together in part order
        List<String> headlines = table(robot).getItems().stream().map(e -> e.summary().headline()).toList();
        assertThat(headlines.indexOf("科技訪談(2)")).isEqualTo(headlines.indexOf("科技訪談(1)") + 1);
        // rows are built on the next layout pass: wait for the badge rather than assert at once
        waitUntil(() -> !in(robot, "#storyList .status-published").queryAll().isEmpty());

        ComboBox<?> status = in(robot, "#statusFilter").queryComboBox();
        robot.interact(() -> status.getSelectionModel().select(1 + Status.PUBLISHED.ordinal()));
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(FxWait.read(() -> table(robot).getItems().get(0).summary().headline())).isEqualTo("教育局長談招生");
        robot.interact(() -> status.getSelectionModel().select(0));
        waitUntil(() -> table(robot).getItems().size() == 4);

        robot.clickOn("#librarySearch").write("創空間");
        waitUntil(() -> hits(robot).getItems().size() == 1);
        SearchHit hit = FxWait.read(() -> hits(robot).getItems().get(0));
        assertThat(hit.headline()).isEqualTo("科技訪談(1)");
        // typed one character at a time: the search for 創 alone may answer first, so wait for the whole word's marks
        waitUntil(() -> in(robot, "#searchResults .search-match").queryAll().stream()
                .anyMatch(n -> "創空間".equals(((Text) n).getText())));
        assertThat(FxWait.read(() -> in(robot, "#searchInfo").queryAs(Label.class).getText())).startsWith("1 ");

        robot.interact(() -> hits(robot).getSelectionModel().select(0));
        waitUntil(() -> "科技訪談(1)".equals(in(robot, "#headlineField").queryTextInputControl().getText()));
        close(robot);
    }

    private static void story(Store store, String headline, Series series, String text, Status status) {
        Metadata m = new Metadata(headline, "", "", "", "北方網", List.of(), "張令沛",
                ZonedDateTime.parse("2015-07-31T10:02:54+08:00[Asia/Shanghai]"), Metadata.DEFAULT_ZONE,
                List.of("天津"), List.of(), series, "", null);
        Story s = store.stories().create(m, List.of(), List.of(Paragraph.narration(text)));
        long version = s.version();
        for (Status to : List.of(Status.READY, Status.APPROVED, Status.PUBLISHED)) {
            if (status.ordinal() < to.ordinal()) {
                break;
            }
            version = store.workflow().setStatus(s.id(), version, to, "test");
        }
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

    private TableView<LibraryEntry> table(FxRobot robot) {
        return in(robot, "#storyList").queryTableView();
    }

    private ListView<SearchHit> hits(FxRobot robot) {
        return in(robot, "#searchResults").queryListView();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
