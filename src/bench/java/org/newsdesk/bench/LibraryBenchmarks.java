package org.newsdesk.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.model.StorySummary;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.ui.library.LibraryView;
import org.newsdesk.ui.library.LibraryViewModel;
import org.newsdesk.workflow.ChannelList;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Scrolling the story library with 100,000 stories, one page per operation, against a bare
 * {@link TableView} of 100,000 plain strings.
 *
 * <p><b>Ours</b> is the library pane as the window builds it: a {@link LibraryView} over a
 * {@link LibraryViewModel} holding 100,000 {@link LibraryEntry} rows (headline, status badge,
 * part "n/total" for every tenth, editor, updated time), under the app's look (AtlantaFX
 * Primer Light and newsdesk.css). <b>Bare</b> is a {@code TableView<String>} with the same
 * number of columns (each showing the row's string in a default cell) under JavaFX's default
 * stylesheet. Both are 420×700 pixels, the library's share of the main window.
 *
 * <p>One operation: scroll down one page (as many rows as are visible) and do what a pulse
 * does before painting, CSS and layout ({@link FxHeadless#cssAndLayout}); at the end it starts
 * at the top again. Under 16.7 ms per page is a page per frame at 60 fps. Each side runs in its
 * own fork; the tear-down prints how many rows the table has built ({@code LIBRARYBENCH}).
 */
@Fork(value = 1, jvmArgsPrepend = {
    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
    "-Djava.awt.headless=true", "-Dtestfx.headless=true"})
@State(Scope.Benchmark)
public class LibraryBenchmarks {

    static final int STORIES = 100_000;
    static final int WIDTH = 420;
    static final int HEIGHT = 700;
    static final int COLUMNS = 5;
    private static final long SEED = 20_261_124L;

    private Scene scene;
    private TableView<?> table;
    private int page;
    private int top;
    private boolean ours;
    private FxBackgroundTasks tasks;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        FxHeadless.start();
        ours = params.getBenchmark().endsWith("Ours");
        List<String> headlines = headlines();
        FxHeadless.run(() -> {
            Parent root;
            if (ours) {
                Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
                tasks = new FxBackgroundTasks();
                Messages messages = new Messages(Messages.TRADITIONAL);
                LibraryViewModel viewModel = new LibraryViewModel(tasks, messages, ChannelList.DEFAULT);
                LibraryView view = new LibraryView(viewModel, messages, id -> { });
                viewModel.entries().setAll(entries(headlines));
                root = (Parent) view.root();
                table = (TableView<?>) root.lookup("#storyList");
            } else {
                TableView<String> bare = new TableView<>(FXCollections.observableArrayList(headlines));
                for (int c = 0; c < COLUMNS; c++) {
                    TableColumn<String, String> column = new TableColumn<>("C" + c);
                    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
                    bare.getColumns().add(column);
                }
                table = bare;
                root = bare;
            }
            scene = new Scene(new StackPane(root), WIDTH, HEIGHT);
            if (ours) {
                scene.getStylesheets().add(LibraryBenchmarks.class.getResource("/org/newsdesk/ui/newsdesk.css")
                        .toExternalForm());
            }
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            FxHeadless.cssAndLayout(scene);
            VirtualFlow<?> flow = flow();
            page = Math.max(1, flow.getLastVisibleCell().getIndex() - flow.getFirstVisibleCell().getIndex());
        });
        System.out.printf(Locale.ROOT, "LIBRARYBENCH %s: %d rows, %d per page%n", side(), table.getItems().size(), page);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        FxHeadless.run(() -> {
            VirtualFlow<?> flow = flow();
            System.out.printf(Locale.ROOT, "LIBRARYBENCH %s: %d table rows in the scene, showing %d to %d%n", side(),
                    table.lookupAll(".table-row-cell").size(), flow.getFirstVisibleCell().getIndex(),
                    flow.getLastVisibleCell().getIndex());
        });
        if (tasks != null) {
            tasks.close();
        }
    }

    /** One page down the library pane, then CSS and layout as a pulse does them. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int scrollPageOurs() {
        return scrollPage();
    }

    /** One page down the bare table of strings, then CSS and layout. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int scrollPageBare() {
        return scrollPage();
    }

    private int scrollPage() {
        return FxHeadless.call(() -> {
            top += page;
            if (top >= STORIES - page) {
                top = 0;
            }
            table.scrollTo(top);
            int passes = FxHeadless.cssAndLayout(scene);
            IndexedCell<?> first = flow().getFirstVisibleCell();
            return passes + (first == null ? 0 : first.getIndex());
        });
    }

    private String side() {
        return ours ? "ours" : "bare";
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) table.lookup(".virtual-flow");
    }

    private static List<String> headlines() {
        InterviewText text = new InterviewText(SEED);
        List<String> out = new ArrayList<>(STORIES);
        for (int i = 0; i < STORIES; i++) {
            out.add(text.sentence(16 + i % 12));
        }
        return out;
    }

    /** Library rows as the store gives them: every tenth a part of a ten-part series, newest first. */
    private static List<LibraryEntry> entries(List<String> headlines) {
        InterviewText names = new InterviewText(SEED + 1);
        List<String> editors = List.of(names.name(), names.name(), names.name(), "");
        Status[] statuses = Status.values();
        Instant newest = Instant.parse("2026-11-24T00:00:00Z");
        Function<Integer, UUID> id = i -> new UUID(SEED, i);
        List<LibraryEntry> out = new ArrayList<>(STORIES);
        for (int i = 0; i < STORIES; i++) {
            boolean inSeries = i % 10 == 0;
            Integer part = inSeries ? (i / 10) % 10 + 1 : null;
            StorySummary s = new StorySummary(id.apply(i), "story-" + i, headlines.get(i), statuses[i % statuses.length],
                    part, editors.get(i % editors.size()), i % 7, newest.minusSeconds(i), null);
            out.add(new LibraryEntry(s, inSeries ? "series-" + i / 100 : null, inSeries ? "系列" + i / 100 : null,
                    inSeries ? 10 : null, List.of("新聞")));
        }
        return out;
    }
}
