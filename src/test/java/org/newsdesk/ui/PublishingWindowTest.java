package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.export.StoryExporter;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.sync.NoCredentials;
import org.newsdesk.sync.Outbox;
import org.newsdesk.sync.OutboxFiles;
import org.newsdesk.sync.PortalServer;
import org.newsdesk.sync.TargetFactory;
import org.newsdesk.sync.TargetKind;
import org.newsdesk.sync.TargetSettings;
import org.newsdesk.sync.Targets;
import org.newsdesk.sync.TestCertificates;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Publishing as the editor meets it in the window: the library's delivery badge following a
 * real loopback portal, Publish… as the one way to Published (its summary, its confirm, the
 * choice of targets), Withdraw… asking first, the status bar without targets, and the Targets
 * dialog's CA certificate field. Real H2 files throughout.
 */
@ExtendWith(ApplicationExtension.class)
class PublishingWindowTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    @TempDir
    Path files;

    private Stage stage;
    private CountDownLatch closed;
    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable s : servers) {
            s.close();
        }
    }

    @Test
    void theLibraryBadgeGoesFromWaitingToDeliveredOrRejectedAsThePortalAnswers(FxRobot robot) throws Exception {
        int port = freePort();
        String refusedKey;
        try (Store store = TestStores.fresh(dataFolder)) {
            targets(store).add(new TargetSettings("portal", TargetKind.HTTP, "http://127.0.0.1:" + port + "/api/", "", null),
                    null);
            Outbox outbox = new Outbox(store, StoryExporter.forDataFolder(dataFolder), new OutboxFiles(dataFolder));
            outbox.publish(publishable(store, "市科委副主任做客政務網", Status.APPROVED).id(), List.of(), "editor");
            refusedKey = outbox.publish(publishable(store, "教育局長談招生", Status.APPROVED).id(), List.of(), "editor")
                    .sha256();
        }
        // the portal is down: both wait
        open(robot);
        FxWait.until(60, () -> badge(robot, "市科委副主任做客政務網").equals(ENGLISH.get("library.delivery.waiting", 1))
                && badge(robot, "教育局長談招生").equals(ENGLISH.get("library.delivery.waiting", 1)));

        PortalServer portal = new PortalServer(port, null)
                .plan((n, key) -> key.equals(refusedKey) ? PortalServer.Fault.UNPROCESSABLE : PortalServer.Fault.NONE);
        servers.add(portal);

        FxWait.until(60, () -> badge(robot, "市科委副主任做客政務網").equals(ENGLISH.get("library.delivery.delivered"))
                && badge(robot, "教育局長談招生").equals(ENGLISH.get("library.delivery.rejected")));
        // asked on the FX thread, again while the table redraws its rows (a badge's cell may be between rows)
        FxWait.until(60, () -> tooltip(robot, "教育局長談招生").contains("portal: " + ENGLISH.get("sync.state.rejected"))
                && tooltip(robot, "教育局長談招生").contains("headline missing")
                && tooltip(robot, "市科委副主任做客政務網").contains("portal: " + ENGLISH.get("sync.state.delivered")));
        assertThat(portal.creations()).hasSize(1).allSatisfy((key, times) -> assertThat(times).isEqualTo(1));
        close(robot);
    }

    @Test
    void withoutTargetsTheStatusBarSaysSoAndOpensTheTargetsDialogWhoseCaFieldIsChecked(FxRobot robot) throws Exception {
        Path broken = Files.writeString(files.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nnot base64!\n");
        TestCertificates certificates = TestCertificates.newsroomCa(files);
        Path serverCertificate = certificates.serverCertificate("server", "ip:127.0.0.1");
        open(robot);
        FxWait.until(60, () -> syncStatus(robot).getText().equals(ENGLISH.get("sync.status.noTargets")));

        robot.clickOn(syncStatus(robot));
        createMasterPassword(robot);
        robot.interact(() -> {
            field(robot, "#targetName").setText("portal");
            field(robot, "#targetLocation").setText("https://127.0.0.1:9/api/");
            field(robot, "#targetCa").setText(broken.toString());
        });
        Button add = robot.lookup("#addTargetButton").queryButton();
        robot.interact(add::fire);
        FxWait.until(60, () -> caProblem(robot).equals(ENGLISH.get("tls.ca.notCertificate", broken.toString())));

        robot.interact(() -> field(robot, "#targetCa").setText(serverCertificate.toString()));
        robot.interact(add::fire);
        FxWait.until(60, () -> caProblem(robot).equals(ENGLISH.get("tls.ca.notCa", serverCertificate.toString())));
        TableView<?> targets = robot.lookup("#targetsTable").queryTableView();
        assertThat(targets.getItems()).isEmpty();

        robot.interact(() -> field(robot, "#targetCa").setText(certificates.caPem().toString()));
        robot.interact(add::fire);
        FxWait.until(60, () -> targets.getItems().size() == 1);
        assertThat(caProblem(robot)).isEmpty();
        FxWait.until(60, () -> syncStatus(robot).getText().equals(ENGLISH.get("sync.status.online")));
        close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(targets(store).list()).containsExactly(new TargetSettings("portal", TargetKind.HTTP,
                    "https://127.0.0.1:9/api/", "", certificates.caPem()));
        }
    }

    @Test
    void publishShowsWhatWillBeSentAndOnlyItsConfirmSendsAndWithdrawAsksFirst(FxRobot robot) throws Exception {
        Path share = Files.createDirectories(files.resolve("share"));
        Story story;
        try (Store store = TestStores.fresh(dataFolder)) {
            targets(store).add(new TargetSettings("share", TargetKind.FOLDER, share.toString(), "", null), null);
            story = publishable(store, "市科委副主任做客政務網", Status.APPROVED);
        }
        open(robot);
        openStory(robot, "市科委副主任做客政務網");
        assertThat(deliveryColumn(robot).isVisible()).as("nothing published yet: no delivery column").isFalse();
        assertThat(menuItem(robot, "menuWithdraw").isDisable()).as("nothing to withdraw yet").isTrue();

        FxWait.until(60, () -> !menuItem(robot, "menuPublish").isDisable());
        fireMenu(robot, "menuPublish");
        FxWait.until(60, () -> robot.lookup("#publishDialog").tryQuery().isPresent());
        assertThat(text(robot, "#publishHeadline")).isEqualTo("市科委副主任做客政務網");
        assertThat(text(robot, "#publishRevision")).isEqualTo("1");
        assertThat(text(robot, "#publishScript")).isEqualTo(ENGLISH.get("script.asis"));
        assertThat(text(robot, "#publishTime")).isEqualTo("2015-07-31 10:02 (Asia/Shanghai)");
        assertThat(robot.lookup("#publishButton").queryButton().isDefaultButton()).as("Enter never publishes").isFalse();
        // while the dialog is open nothing has been sent or moved
        assertThat(text(robot, "#statusBadge")).isEqualTo(ENGLISH.get("status.approved"));
        assertThat(deliveryColumn(robot).isVisible()).isFalse();
        Button publish = robot.lookup("#publishButton").queryButton();
        robot.interact(publish::fire);
        FxWait.until(60, () -> badge(robot, "市科委副主任做客政務網").equals(ENGLISH.get("library.delivery.delivered")));
        assertThat(deliveryColumn(robot).isVisible()).isTrue();

        FxWait.until(60, () -> !menuItem(robot, "menuWithdraw").isDisable());
        fireMenu(robot, "menuWithdraw");
        FxWait.until(60, () -> robot.lookup("#withdrawDialog").tryQuery().isPresent());
        Button withdraw = robot.lookup("#withdrawButton").queryButton();
        robot.interact(withdraw::fire);
        try {
            FxWait.until(60, () -> notice(robot).equals(ENGLISH.get("sync.statusPublish.withdrawn")));
        } catch (TimeoutException e) {
            throw new AssertionError("the notice says \"" + notice(robot) + "\"", e);
        }
        close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(store.stories().get(story.id()).status()).isEqualTo(Status.WITHDRAWN);
            assertThat(store.stories().revisions(story.id())).as("one revision: publishing saved no copy").hasSize(1);
            List<OutboxEntry> rows = store.outbox().list();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).target()).isEqualTo("share");
            assertThat(rows.get(0).state()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(rows.get(0).storyId()).isEqualTo(story.id());
            assertThat(store.workflow().statusHistory(story.id())).extracting(c -> c.to())
                    .containsExactly(Status.READY, Status.APPROVED, Status.PUBLISHED, Status.WITHDRAWN);
        }
        assertThat(share.resolve(story.slug())).isDirectory();
    }

    @Test
    void withSeveralTargetsTheEditorChoosesWhereThePublishedStoryGoes(FxRobot robot) throws Exception {
        int closedPort = freePort();
        Path share = Files.createDirectories(files.resolve("share"));
        Story story;
        try (Store store = TestStores.fresh(dataFolder)) {
            targets(store).add(new TargetSettings("portal", TargetKind.HTTP, "http://127.0.0.1:" + closedPort + "/api/",
                    "", null), null);
            targets(store).add(new TargetSettings("share", TargetKind.FOLDER, share.toString(), "", null), null);
            story = publishable(store, "教育局長談招生", Status.APPROVED);
        }
        open(robot);
        openStory(robot, "教育局長談招生");

        // the metadata pane's status menu offers Published: it opens the same dialog
        robot.interact(() -> robot.lookup("#statusMenu").queryAs(javafx.scene.control.MenuButton.class).getItems()
                .stream().filter(i -> "statusToPublished".equals(i.getId())).findFirst().orElseThrow().fire());
        FxWait.until(60, () -> robot.lookup("#publishTarget-portal").tryQuery().isPresent());
        CheckBox portal = robot.lookup("#publishTarget-portal").queryAs(CheckBox.class);
        assertThat(portal.isSelected()).isTrue();
        assertThat(robot.lookup("#publishTarget-share").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.interact(() -> portal.setSelected(false));
        Button publish = robot.lookup("#publishButton").queryButton();
        robot.interact(publish::fire);
        FxWait.until(60, () -> badge(robot, "教育局長談招生").equals(ENGLISH.get("library.delivery.delivered")));
        close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(store.stories().get(story.id()).status()).isEqualTo(Status.PUBLISHED);
            assertThat(store.outbox().list()).extracting(OutboxEntry::target).containsExactly("share");
        }
    }

    @Test
    void withoutTargetsPublishIsDisabledAndTheStatusMenuOffersTheTargetsDialogWithoutMovingTheStatus(FxRobot robot)
            throws Exception {
        Story story;
        try (Store store = TestStores.fresh(dataFolder)) {
            story = publishable(store, "民生熱線", Status.APPROVED);
        }
        open(robot);
        openStory(robot, "民生熱線");
        assertThat(menuItem(robot, "menuPublish").isDisable()).isTrue();
        assertThat(robot.lookup("#toolPublish").queryButton().isDisable()).isTrue();

        robot.interact(() -> robot.lookup("#statusMenu").queryAs(javafx.scene.control.MenuButton.class).getItems()
                .stream().filter(i -> "statusToPublished".equals(i.getId())).findFirst().orElseThrow().fire());
        FxWait.until(60, () -> robot.lookup("#noTargetsAlert").tryQuery().isPresent());
        Button setUp = robot.lookup("#noTargetsSetUp").queryButton();
        robot.interact(setUp::fire);
        createMasterPassword(robot);
        close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(store.stories().get(story.id()).status()).isEqualTo(Status.APPROVED);
            assertThat(store.outbox().list()).isEmpty();
        }
    }

    // ---- helpers

    static Targets targets(Store store) {
        NoCredentials none = new NoCredentials();
        return new Targets(store.targets(), none, new TargetFactory(none));
    }

    /** A story that passes every readiness check, moved up to {@code status}. */
    static Story publishable(Store store, String headline, Status status) {
        Metadata m = new Metadata(headline, "", "", "", "天津政務網", List.of(), "張令沛",
                ZonedDateTime.parse("2015-07-31T10:02:54+08:00[Asia/Shanghai]"), Metadata.DEFAULT_ZONE,
                List.of("天津"), List.of(), null, "", null);
        Story s = store.stories().create(m, List.of(), List.of(Paragraph.narration("以下是訪談文字實錄。")));
        long version = s.version();
        for (Status to : List.of(Status.READY, Status.APPROVED, Status.PUBLISHED)) {
            if (status.ordinal() < to.ordinal()) {
                break;
            }
            version = store.workflow().setStatus(s.id(), version, to, "test");
        }
        return store.stories().get(s.id());
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void open(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            stage = new Stage();
            closed = new CountDownLatch(1);
            new NewsdeskApp().start(stage, dataFolder, ENGLISH, null, () -> closed.countDown());
        });
        FxWait.until(60, () -> robot.from(stage.getScene().getRoot()).lookup("#storyList").tryQuery().isPresent()
                && !syncStatus(robot).getText().isEmpty());
    }

    private void close(FxRobot robot) throws InterruptedException {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(closed.await(30, TimeUnit.SECONDS)).as("window closed and store shut").isTrue();
    }

    private void openStory(FxRobot robot, String headline) throws TimeoutException {
        TableView<LibraryEntry> table = robot.from(stage.getScene().getRoot()).lookup("#storyList").queryTableView();
        FxWait.until(60, () -> table.getItems().stream().anyMatch(e -> e.summary().headline().equals(headline)));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(e -> e.summary().headline().equals(headline)).findFirst().orElseThrow()));
        FxWait.until(60, () -> headline.equals(robot.from(stage.getScene().getRoot()).lookup("#headlineField")
                .queryTextInputControl().getText()));
    }

    /** Targets keep secrets: before the Targets dialog shows, the editor creates the encrypted file's password. */
    private static void createMasterPassword(FxRobot robot) throws TimeoutException {
        FxWait.until(60, () -> robot.lookup("#masterPasswordDialog").tryQuery().isPresent()
                || robot.lookup("#targetsTable").tryQuery().isPresent());
        if (robot.lookup("#masterPasswordDialog").tryQuery().isPresent()) {
            robot.interact(() -> {
                robot.lookup("#masterPassword").queryAs(TextField.class).setText("編輯部的密碼");
                robot.lookup("#masterPasswordRepeat").queryAs(TextField.class).setText("編輯部的密碼");
            });
            Button ok = robot.lookup("#masterPasswordOk").queryButton();
            robot.interact(ok::fire);
        }
        FxWait.until(60, () -> robot.lookup("#targetsTable").tryQuery().isPresent());
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.from(stage.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Runs a menu command as its menu item would. */
    private void fireMenu(FxRobot robot, String id) {
        MenuBar bar = robot.from(stage.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
        robot.interact(item::fire);
    }

    /** The delivery badge's tooltip in the library row of {@code headline}; empty when it has none. */
    private String tooltip(FxRobot robot, String headline) {
        return badgeCell(robot, headline).map(c -> c.getTooltip() == null ? "" : c.getTooltip().getText()).orElse("");
    }

    /** The delivery badge's text in the library row of {@code headline}; empty when it has none. */
    private String badge(FxRobot robot, String headline) {
        return badgeCell(robot, headline).map(c -> ((Label) c.getGraphic()).getText()).orElse("");
    }

    @SuppressWarnings("unchecked")
    private Optional<TableCell<LibraryEntry, ?>> badgeCell(FxRobot robot, String headline) {
        for (Node n : robot.from(stage.getScene().getRoot()).lookup("#storyList .delivery-badge").queryAll()) {
            Node cell = n.getParent();
            while (cell != null && !(cell instanceof TableCell<?, ?>)) {
                cell = cell.getParent();
            }
            if (cell instanceof TableCell<?, ?> c && c.getGraphic() == n && c.getTableRow() != null
                    && c.getTableRow().getItem() instanceof LibraryEntry e && e.summary().headline().equals(headline)) {
                return Optional.of((TableCell<LibraryEntry, ?>) c);
            }
        }
        return Optional.empty();
    }

    private TableColumn<?, ?> deliveryColumn(FxRobot robot) {
        TableView<?> table = robot.from(stage.getScene().getRoot()).lookup("#storyList").queryAs(TableView.class);
        return table.getColumns().stream().filter(c -> "colDelivery".equals(c.getId())).findFirst().orElseThrow();
    }

    private Label syncStatus(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("#syncStatus").queryAs(Label.class);
    }

    private String notice(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("#notice").queryAs(Label.class).getText();
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private static String caProblem(FxRobot robot) {
        return robot.lookup("#targetCaProblem").queryAs(Label.class).getText();
    }
}
