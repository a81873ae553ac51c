package org.newsdesk.store;

import java.nio.file.Path;
import java.util.List;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;

/**
 * Child process for {@link CrashAfterCompactionTest}: opens the store in {@code args[0]}, creates
 * a story and edits it {@code args[1]} times (one committed transaction each, as autosaves are),
 * compacts the file as the window does when idle and prints {@code COMPACTED <bytes before>
 * <bytes after>}, then edits {@code args[2]} more times and prints {@code COMMITTED <n>} after
 * each; then it ends the way a crash or a power cut does: no close, no shutdown hooks.
 */
public final class CompactThenCrashMain {

    private CompactThenCrashMain() {
    }

    public static void main(String[] args) {
        Store store = Store.open(Path.of(args[0]));
        int before = Integer.parseInt(args[1]);
        int after = Integer.parseInt(args[2]);
        StoryRepository stories = store.stories();
        Story story = stories.create(Metadata.withHeadline("Compaction durability"), SampleInterview.speakers(),
                SampleInterview.numbered(StoreWriterMain.PARAGRAPHS));
        System.out.println("CREATED " + story.id());
        List<Paragraph> saved = story.paragraphs();
        long version = story.version();
        for (int n = 1; n <= before + after; n++) {
            if (n == before + 1) {
                Compaction.Outcome outcome = store.compaction().compactIfSparse(5_000);
                System.out.println("COMPACTED " + outcome.before().fileBytes() + " " + outcome.after().fileBytes());
            }
            TranscriptEdit edit = StoreWriterMain.edit(saved, n);
            version = stories.applyEdit(story.id(), version, edit);
            saved = edit.result();
            if (n > before) {
                System.out.println("COMMITTED " + n);
            }
        }
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
