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
import org.newsdesk.workflow.metadata.ChannelList;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
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
 * <p>The set-up scrolls {@value #WARM_UP_PAGES} pages first (JIT and CSS warm even in a
 * {@code -quick} run). Each call then scrolls {@value #PAGES_PER_CALL} pages on the FX thread;
 * the score is per page. The tear-down prints each side's per-page p50/p95/max measured on the
 * FX thread and, from the second side, the p95 ratio ({@code LIBRARYBENCH} lines).
 *
 * <p>One page: scroll down one page (the viewport's height, as a click in the scroll bar's
 * track does) and do what a pulse does before painting, CSS and layout
 * ({@link FxHeadless#cssAndLayout}); at the end it starts at the top again. Under 16.7 ms per page is a page per frame at 60 fps. Each side runs in its
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
    static final int PAGES_PER_CALL = 20;
    /** Pages scrolled in the set-up, so JIT and CSS are warm even in a short (-quick) run. */
    static final int WARM_UP_PAGES = 400;
    static final double FRAME_MILLIS = 1000.0 / 60;
    private static final long SEED = 20_261_124L;

    private Scene scene;
    private TableView<?> table;
    private int page;
    private long pages;
    /** Each measured page's time on the FX thread (warm-up pages of the set-up excluded). */
    private final long[] pageNanos = new long[200_000];
    private int timedPages;
    private boolean ours;
    private FxBackgroundTasks tasks;
    /** Ours: the library's store, empty (the rows are handed to the view model directly). */
    private org.newsdesk.store.Store store;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws java.io.IOException {
        FxHeadless.start();
        ours = params.getBenchmark().endsWith("Ours");
        if (ours) {
            store = org.newsdesk.store.Store.open(java.nio.file.Files.createTempDirectory("newsdesk-librarybench-"));
        }
        List<String> headlines = headlines();
        FxHeadless.run(() -> {
            Parent root;
            if (ours) {
                Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
                tasks = new FxBackgroundTasks();
                Messages messages = new Messages(Messages.TRADITIONAL);
                LibraryViewModel viewModel = new LibraryViewModel(tasks, messages, ChannelList.DEFAULT, store, e -> { });
                LibraryView view = new LibraryView(viewModel, messages, FXCollections.observableHashMap(), id -> { });
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
        scrollPages(WARM_UP_PAGES, false);
        FxHeadless.run(() -> {
            table.scrollTo(0);
            FxHeadless.cssAndLayout(scene);
        });
        System.out.printf(Locale.ROOT, "LIBRARYBENCH %s: %d rows, %d per page, %d warm-up pages%n", side(),
                table.getItems().size(), page, WARM_UP_PAGES);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        FxHeadless.run(() -> {
            VirtualFlow<?> flow = flow();
            System.out.printf(Locale.ROOT, "LIBRARYBENCH %s: after %d pages, %d table rows in the scene, showing %d to %d,"
                    + " fixed row height %.1f%n", side(), pages, table.lookupAll(".table-row-cell").size(),
                    flow.getFirstVisibleCell().getIndex(), flow.getLastVisibleCell().getIndex(), table.getFixedCellSize());
        });
        if (tasks != null) {
            tasks.close();
        }
        if (store != null) {
            store.close();
        }
        if (timedPages == 0) {
            return;
        }
        double p50 = SideBySide.quantile(pageNanos, timedPages, 0.50) / 1e6;
        double p95 = SideBySide.quantile(pageNanos, timedPages, 0.95) / 1e6;
        double max = SideBySide.quantile(pageNanos, timedPages, 1.0) / 1e6;
        long overFrame = java.util.Arrays.stream(pageNanos, 0, timedPages).filter(n -> n / 1e6 > FRAME_MILLIS).count();
        System.out.printf(Locale.ROOT, "LIBRARYBENCH %s page on the FX thread: %d pages, p50 %.2f ms, p95 %.2f ms,"
                + " max %.2f ms, %d over %.1f ms%n", side(), timedPages, p50, p95, max, overFrame, FRAME_MILLIS);
        SideBySide.exchange("libraryPageP95", ours, p95).ifPresent(other -> {
            double o = ours ? p95 : other;
            double b = ours ? other : p95;
            System.out.printf(Locale.ROOT, "LIBRARYBENCH page p95: ours %.2f ms / bare %.2f ms = %.2fx (target <= 2.00x),"
                    + " ours %s one frame (%.1f ms)%n", o, b, o / b, o <= FRAME_MILLIS ? "within" : "OVER", FRAME_MILLIS);
        });
    }

    /** Pages down the library pane, each followed by CSS and layout as a pulse does them; the score is per page. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @OperationsPerInvocation(PAGES_PER_CALL)
    public int scrollPageOurs() {
        return scrollPages(PAGES_PER_CALL, true);
    }

    /** Pages down the bare table of strings, each followed by CSS and layout. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @OperationsPerInvocation(PAGES_PER_CALL)
    public int scrollPageBare() {
        return scrollPages(PAGES_PER_CALL, true);
    }

    /**
     * {@code count} pages in one visit to the FX thread (so the hand-over from the benchmark
     * thread, and a pulse the FX thread may be painting meanwhile, are paid once, not per page).
     */
    private int scrollPages(int count, boolean timed) {
        return FxHeadless.call(() -> {
            int sum = 0;
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                sum += scrollPage();
                if (timed && timedPages < pageNanos.length) {
                    pageNanos[timedPages++] = System.nanoTime() - start;
                }
            }
            return sum;
        });
    }

    /** As a click in the scroll bar's track does: the viewport's height down, or back to the top at the end. FX thread. */
    private int scrollPage() {
        VirtualFlow<?> flow = flow();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (last != null && last.getIndex() >= STORIES - 1) {
            table.scrollTo(0);
        } else {
            flow.scrollPixels(flow.getHeight());
        }
        int passes = FxHeadless.cssAndLayout(scene);
        IndexedCell<?> first = flow.getFirstVisibleCell();
        pages++;
        return passes + (first == null ? 0 : first.getIndex());
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
