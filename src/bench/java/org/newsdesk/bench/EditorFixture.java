package org.newsdesk.bench;

import static org.newsdesk.bench.EditorBenchmarks.PARAGRAPHS;
import static org.newsdesk.bench.EditorBenchmarks.SEED;
import static org.newsdesk.bench.EditorBenchmarks.SOWN_AFTER;
import static org.newsdesk.bench.EditorBenchmarks.SOWN_BEFORE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.StorySaver;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.ui.common.SaveStatus;
import org.newsdesk.ui.editor.EditorView;
import org.newsdesk.ui.editor.EditorViewModel;
import org.slf4j.LoggerFactory;

/** What {@link EditorBenchmarks}' pairs type into: the generated transcript and our side's app services. */
final class EditorFixture {

    private EditorFixture() {
    }

    /** The transcript and (for our side) the store behind it; one per fork. */
    static final class Transcript {
        final Story story;
        final String text;
        final int characters;

        Transcript(Story story) {
            this.story = story;
            StringBuilder sb = new StringBuilder(320_000);
            for (Paragraph p : story.paragraphs()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(p.text());
            }
            this.text = sb.toString();
            this.characters = text.length() - (story.paragraphs().size() - 1);
        }

        /** A new story object with freshly generated paragraphs, always the same content. */
        static Story generate(java.util.UUID id) {
            InterviewText gen = new InterviewText(SEED);
            String host = gen.name();
            String guest = gen.name();
            Metadata metadata = gen.metadata(guest);
            List<Speaker> speakers = gen.speakers(host, guest);
            List<Paragraph> paragraphs = new ArrayList<>(gen.paragraphs(PARAGRAPHS));
            for (int i = TypingState.FIRST; i < TypingState.FIRST + TypingState.SPAN; i++) {
                Paragraph p = paragraphs.get(i);
                paragraphs.set(i, Paragraph.of(p.speakerKey(), SOWN_BEFORE + p.text() + SOWN_AFTER));
            }
            return new Story(id, "bench", null, metadata, speakers, paragraphs, 0, 1, null, null);
        }

        /** The same text as {@link #text}, built from freshly generated paragraphs. */
        static String generateText() {
            return new Transcript(generate(java.util.UUID.randomUUID())).text;
        }
    }

    /** Our side's app services: a store in a temporary folder, its writer, background tasks. */
    static final class Backend implements AutoCloseable {
        final Path folder;
        final Store store;
        final StoreWriter writer = new StoreWriter();
        final FxBackgroundTasks tasks = new FxBackgroundTasks();
        final Messages messages = new Messages(Messages.TRADITIONAL);
        final Story story;

        Backend() throws IOException {
            quietLogging();
            folder = Files.createTempDirectory("newsdesk-editorbench-");
            store = Store.open(folder);
            Story generated = Transcript.generate(java.util.UUID.randomUUID());
            story = store.stories().create(generated.metadata(), generated.speakers(), generated.paragraphs());
        }

        StorySaver saver(Story s) {
            return new StorySaver(store.stories(), writer, s);
        }

        /** A view model and view as the main window builds them. FX thread. */
        Editor newEditor() {
            EditorViewModel vm = new EditorViewModel(new SaveStatus(tasks, messages), tasks);
            EditorView view = new EditorView(vm, messages);
            return new Editor(vm, view);
        }

        @Override
        public void close() throws IOException {
            writer.drain();
            writer.close();
            tasks.close();
            store.close();
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    record Editor(EditorViewModel viewModel, EditorView view) {
    }

    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
