package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Span;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;

/**
 * A published story edited becomes a correction: the next revision's page and article.json carry
 * the note (in the page's script), and the earlier revision's bundle stays byte for byte as it was.
 */
class CorrectionPageTest {

    private static final Instant NOW = Instant.parse("2015-08-01T02:00:00Z");

    @TempDir
    Path dir;

    private static String text(ExportBundle bundle, String path) {
        return new String(bundle.file(path).orElseThrow().bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theCorrectedRevisionCarriesTheNoteAndTheOldBundleIsUntouched() throws Exception {
        try (Store store = TestStores.fresh(dir, Clock.fixed(NOW, ZoneOffset.UTC))) {
            store.workflow().signOff().setEditor(() -> "王編輯");
            StoryPages pages = StoryPages.forStore(store);
            store.workflow().setChannels(new org.newsdesk.workflow.metadata.ChannelList(List.of("政务", "科技", "要闻")));
            List<Paragraph> clean = SampleInterview.paragraphs().stream()
                    .map(p -> new Paragraph(p.id(), p.speakerKey(), p.spans().stream()
                            .filter(x -> x.styles().isEmpty()).map(x -> Span.plain(x.text())).toList()))
                    .toList();
            Story s = store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(), clean);
            UUID id = s.id();
            // published as revision 1 (the status as the outbox sets it, without the checks' fixture needs)
            int first = store.stories().saveRevision(id, s.version(), "王編輯").number();
            Story r1 = store.stories().revision(id, first).withStatus(Status.PUBLISHED);
            byte[] before = BundleWriter.zipBytes(pages.bundle(r1, ExportOptions.defaults()));
            assertThat(text(pages.bundle(r1, ExportOptions.defaults()), "index.html")).doesNotContain("corrections");

            // the story is corrected: a note written in Traditional script, the figure fixed
            store.workflow().signOff().setCorrectionNote(id, "原稿把戶數寫錯了，已更正為三百二十戶。");
            forcePending(store, id);
            Story now = store.stories().get(id);
            List<Paragraph> changed = new java.util.ArrayList<>(now.paragraphs());
            Paragraph answer = changed.get(1);
            changed.set(1, new Paragraph(answer.id(), answer.speakerKey(), List.of(Span.plain(answer.text() + "共三百二十戶。"))));
            store.stories().applyEdit(id, now.version(), org.newsdesk.model.TranscriptEdit.between(now.paragraphs(), changed));
            int second = store.stories().saveRevision(id, store.stories().version(id), "李主編").number();
            var note = store.workflow().signOff().publishCorrection(id, second, "李主編").orElseThrow();
            assertThat(note.revision()).isEqualTo(second);

            Story r2 = store.stories().revision(id, second).withStatus(Status.PUBLISHED);
            ExportBundle corrected = pages.bundle(r2, ExportOptions.defaults().withScript(ScriptMode.BOTH));
            String simplified = text(corrected, BundleBuilder.PAGE);
            assertThat(simplified).contains("<aside class=\"corrections\">")
                    .contains("<strong>更正说明</strong>")
                    .contains("原稿把户数写错了，已更正为三百二十户。")
                    .contains("datetime=\"2015-08-01T02:00Z\">2015-08-01</time>");
            assertThat(text(corrected, BundleBuilder.TRADITIONAL_PAGE)).contains("<strong>更正說明</strong>")
                    .contains("原稿把戶數寫錯了，已更正為三百二十戶。");
            JsonNode manifest = new ObjectMapper().readTree(text(corrected, ManifestWriter.FILE_NAME));
            assertThat(manifest.path("ednote").asText()).isEqualTo("原稿把户数写错了，已更正为三百二十户。");
            assertThat(manifest.path("descriptions")).anySatisfy(d -> {
                assertThat(d.path("role").asText()).isEqualTo("correction");
                assertThat(d.path("value").asText()).isEqualTo("原稿把户数写错了，已更正为三百二十户。");
            });
            assertThat(manifest.path("version").asText()).isEqualTo(Integer.toString(second));

            // revision 1 exported again: the same bytes, no correction on it
            assertThat(BundleWriter.zipBytes(pages.bundle(r1, ExportOptions.defaults()))).isEqualTo(before);
        }
    }

    /** What sending back a Published story does to it (tested in the store); here only the pending flag matters. */
    private static void forcePending(Store store, UUID id) {
        Story s = store.stories().get(id);
        long v = store.workflow().setStatus(id, s.version(), Status.READY, "王編輯");
        v = store.workflow().setStatus(id, v, Status.APPROVED, "李主編");
        v = store.workflow().setStatus(id, v, Status.PUBLISHED, "李主編");
        store.workflow().signOff().sendBack(id, v, "王編輯", "原稿把戶數寫錯了，已更正為三百二十戶。");
    }
}
