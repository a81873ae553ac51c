package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerAccounts;
import org.newsdesk.store.server.ServerClaims;
import org.newsdesk.store.server.ServerException;
import org.newsdesk.store.server.ServerLibrary;

/**
 * Roles enforced by the server: a reporter who skips the client's checks and sends SQL of their
 * own is refused approving, publishing, claiming a delivery and adding accounts; an editor's
 * approval is recorded under the account they logged in with, whatever the client claims.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomRolesTest {

    private static final AtomicInteger NEWSROOMS = new AtomicInteger();
    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;
    private String url;
    private String bare;
    private String chief;
    private String reporter;
    private String editor;

    /** A newsroom set up by the administrator with a chief, who adds a reporter and an editor. */
    @BeforeEach
    void newsroomWithThreeAccounts() {
        url = postgres.newNewsroomDatabase();
        bare = url.replace("?user=postgres", "");
        int n = NEWSROOMS.incrementAndGet();
        chief = "chief_" + n;
        reporter = "reporter_" + n;
        editor = "editor_" + n;
        try (ServerLibrary admin = ServerLibrary.connect(url, null, null)) {
            admin.addEditor(chief, "周敏", "chief");
        }
        try (ServerLibrary asChief = ServerLibrary.connect(bare, chief, null)) {
            ServerAccounts accounts = new ServerAccounts(asChief);
            assertThat(accounts.myRole()).contains("chief");
            accounts.addEditor(reporter, "李记者", "reporter", "Reporter-Pass-1");
            accounts.addEditor(editor, "王编辑", "editor", null);
        }
    }

    private Connection as(String login) throws SQLException {
        return DriverManager.getConnection(bare, login, "");
    }

    private static void insertDraft(Connection c, UUID id, String by) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into story (id, slug, status, metadata, roster, version, "
                + "change_seq, updated_by) values (?, 'du-kou', 'draft', '{}', '[]', 1, nextval('change_seq'), ?)")) {
            p.setObject(1, id);
            p.setString(2, by);
            p.executeUpdate();
        }
    }

    private static void assertRefused(Connection c, String sql) {
        assertThatThrownBy(() -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }).as(sql).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
    }

    /** Sets a story's status with no local check at all, as a client that skips its own would. */
    private static void tamperStatus(Store store, UUID id, Status status) {
        Story s = store.stories().get(id);
        var base = store.newsroom().base(id).orElseThrow();
        store.newsroom().writePulled(new Story(s.id(), s.slug(), status, s.metadata(), s.speakers(), s.paragraphs(),
                s.revision(), s.version(), s.createdAt(), s.updatedAt()), s.version(), base.serverVersion(), base.snapshot(),
                false, List.of());
    }

    @Test
    void aReporterSendingSqlOfTheirOwnIsRefusedApprovingPublishingAndPromotingThemselves() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = as(reporter)) {
            insertDraft(c, id, "someone-else");
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("update story set slug = 'du-kou-2' where id = '" + id + "'")).isEqualTo(1);
            }
            assertRefused(c, "update story set status = 'approved' where id = '" + id + "'");
            assertRefused(c, "update story set status = 'published' where id = '" + id + "'");
            assertRefused(c, "insert into story (id, slug, status, metadata, roster, version, change_seq, updated_by) "
                    + "values ('" + UUID.randomUUID() + "', 'x', 'published', '{}', '[]', 1, 1, 'x')");
            assertRefused(c, "insert into signoff (story_id, story_version, action, login) values ('" + id
                    + "', 1, 'approved', '" + editor + "')");
            assertRefused(c, "update editor set role = 'chief' where login = '" + reporter + "'");
            assertRefused(c, "delete from story where id = '" + id + "'");
            assertRefused(c, "select newsroom_add_editor('" + reporter + "_2', 'x', 'chief', null)");
            assertRefused(c, "select claim_delivery('" + id + "', 1, 'portal', 'w', interval '1 minute')");
            assertRefused(c, "update outbox_claim set delivered_at = now()");
        }
        try (Connection c = as(editor); Statement s = c.createStatement()) {
            s.executeUpdate("update story set status = 'approved', updated_by = 'the-chief-said-so' where id = '" + id + "'");
        }
        try (ServerLibrary asChief = ServerLibrary.connect(bare, chief, null)) {
            ServerAccounts accounts = new ServerAccounts(asChief);
            assertThat(accounts.signOffs(id)).extracting(ServerAccounts.SignOff::action, ServerAccounts.SignOff::login)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("approved", editor));
            assertThat(asChief.story(id)).hasValueSatisfying(s -> {
                assertThat(s.status()).isEqualTo("approved");
                assertThat(s.updatedBy()).as("recorded under the account, not the client's word").isEqualTo(editor);
            });
        }
    }

    @Test
    void onlyAChiefAddsAccountsAndOnlyEditorsClaimDeliveries() {
        try (ServerLibrary asReporter = ServerLibrary.connect(bare, reporter, null);
             ServerLibrary asEditor = ServerLibrary.connect(bare, editor, null)) {
            assertThat(new ServerAccounts(asReporter).myRole()).contains("reporter");
            assertThatThrownBy(() -> new ServerAccounts(asEditor).addEditor("intruder", "x", "chief", null))
                    .isInstanceOfSatisfying(ServerException.class,
                            e -> assertThat(e.problem()).isEqualTo(ServerException.Problem.REFUSED));
            UUID id = UUID.randomUUID();
            assertThatThrownBy(() -> new ServerClaims(asReporter, "w1", java.time.Duration.ofMinutes(1))
                    .claim(id, 1, "portal")).isInstanceOfSatisfying(ServerException.class,
                            e -> assertThat(e.problem()).isEqualTo(ServerException.Problem.REFUSED));
            assertThat(new ServerClaims(asEditor, "w1", java.time.Duration.ofMinutes(1)).claim(id, 1, "portal"))
                    .isEqualTo(ServerClaims.Claim.CLAIMED);
            assertThat(asEditor.editors()).extracting(ServerLibrary.Editor::login)
                    .containsExactlyInAnyOrder(chief, reporter, editor);
        }
    }

    @Test
    void aReporterWorkstationSyncsItsWritingButItsApprovalStaysHomeWhileAnEditorsGoesThrough() {
        try (Store mine = TestStores.fresh(folders.resolve("reporter"));
             Store desk = TestStores.fresh(folders.resolve("editor"));
             ServerLibrary asReporter = ServerLibrary.connect(bare, reporter, null);
             ServerLibrary asEditor = ServerLibrary.connect(bare, editor, null)) {
            Story story = mine.stories().create(Metadata.withHeadline("老街口的修鞋摊"), List.of(),
                    List.of(Paragraph.narration("修鞋摊在这里摆了二十年。")));
            NewsroomSync reporterSync = new NewsroomSync(mine, asReporter, reporter);
            assertThat(reporterSync.syncOnce().pushed()).isEqualTo(1);
            // the reporter's Newsdesk is tampered with: it approves locally and pushes
            tamperStatus(mine, story.id(), Status.APPROVED);
            SyncReport refused = reporterSync.syncOnce();
            assertThat(refused.pushed()).isZero();
            assertThat(refused.postponed()).containsExactly(story.id());
            assertThat(asEditor.story(story.id())).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo("draft"));

            NewsroomSync deskSync = new NewsroomSync(desk, asEditor, editor);
            deskSync.syncOnce();
            tamperStatus(desk, story.id(), Status.APPROVED);
            assertThat(deskSync.syncOnce().pushed()).isEqualTo(1);
            assertThat(asEditor.story(story.id())).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo("approved"));
            assertThat(new ServerAccounts(asEditor).signOffs(story.id())).extracting(ServerAccounts.SignOff::login)
                    .containsExactly(editor);
        }
    }
}
