package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Workspace;
import org.newsdesk.credentials.MemoryCredentials;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.NewsroomReplica;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;

/**
 * Nothing is published while a newsroom conflict is open: {@code publish} of an approved story
 * whose paragraph a pull left in conflict is refused with the paragraph named, and nothing is
 * queued; once the conflict is resolved the same command publishes.
 */
class PublishWithOpenConflictCliTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataDir;
    @TempDir
    Path share;
    private final MemoryCredentials memory = new MemoryCredentials();

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        var cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("no window"), d -> memory);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void publishIsRefusedWhileAParagraphConflictIsOpenAndGoesThroughOnceResolved() {
        run("targets", "add", "share", "--folder", share.toString());
        String id = run("new", "--headline", "渡輪清晨開出").out().strip();
        assertThat(run("meta", id, "--set", "source=港聞組", "--set", "editor=張令沛",
                "--set", "publishTime=2026-07-31 10:02:54").exit()).isZero();
        for (String status : List.of("ready", "approved")) {
            Run moved = run("status", id, status);
            assertThat(moved.exit()).as(moved.err()).isZero();
        }
        Paragraph contested = Paragraph.narration("碼頭上已經排滿了人，渡輪六點開出。");
        try (Store store = TestStores.fresh(dataDir)) {
            pulledWithConflict(store, UUID.fromString(id), contested);
        }

        Run refused = run("publish", id);

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains(ENGLISH.get("readiness.newsroomConflict", 1));
        assertThat(run("outbox", "--json").out().strip()).isEqualTo("[ ]");

        try (Store store = TestStores.fresh(dataDir)) {
            store.newsroom().dropConflict(UUID.fromString(id), "paragraph:" + contested.id());
        }
        Run published = run("publish", id);
        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(published.out()).contains(id, "share");
    }

    /** What a pull writes when both sides changed the same paragraph: the story, and the conflict kept open. */
    static void pulledWithConflict(Store store, UUID id, Paragraph contested) {
        Story now = store.stories().get(id);
        Story pulled = new Story(now.id(), now.slug(), now.status(), now.metadata(), now.speakers(), List.of(contested),
                now.revision(), now.version(), now.createdAt(), now.updatedAt());
        store.newsroom().writePulled(pulled, now.version(), 2, "{}", false, List.of(new NewsroomReplica.Conflict(
                "paragraph:" + contested.id(), "碼頭上排滿了人。", contested.text(), "碼頭上早已排滿了人，渡輪七點開出。")));
    }
}
