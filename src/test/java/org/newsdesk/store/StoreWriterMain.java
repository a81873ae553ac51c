package org.newsdesk.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;

/**
 * Child process for {@link StoreFaultsTest}: opens the store in {@code args[0]}, creates a
 * story of {@link #PARAGRAPHS} paragraphs and prints {@code CREATED <id>}; then edits one
 * paragraph per transaction, up to {@code args[1]} times, and prints {@code COMMITTED <n>}
 * after edit n has been committed. Edit n sets paragraph {@code (n - 1) % PARAGRAPHS} to
 * {@link #text(int)}. The store is never closed: the parent kills this process.
 */
public final class StoreWriterMain {

    static final int PARAGRAPHS = 10;

    private StoreWriterMain() {
    }

    static int paragraphOf(int edit) {
        return (edit - 1) % PARAGRAPHS;
    }

    static String text(int edit) {
        return "第" + edit + "次修改 edit " + edit;
    }

    /** Edit n: paragraph {@link #paragraphOf(int)} of {@code saved} set to {@link #text(int)}. */
    static TranscriptEdit edit(List<Paragraph> saved, int n) {
        int index = paragraphOf(n);
        List<Paragraph> current = new ArrayList<>(saved);
        current.set(index, Paragraph.of(saved.get(index).speakerKey(), text(n)));
        return TranscriptEdit.between(saved, current);
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int edits = Integer.parseInt(args[1]);
        Store store = Store.open(dir);
        StoryRepository stories = store.stories();
        Story story = stories.create(Metadata.withHeadline("Durability check"), SampleInterview.speakers(),
                SampleInterview.numbered(PARAGRAPHS));
        System.out.println("CREATED " + story.id());
        System.out.flush();

        List<Paragraph> saved = story.paragraphs();
        long version = story.version();
        for (int n = 1; n <= edits; n++) {
            TranscriptEdit edit = edit(saved, n);
            version = stories.applyEdit(story.id(), version, edit);
            saved = edit.result();
            System.out.println("COMMITTED " + n);
            System.out.flush();
        }
        System.out.println("DONE");
        System.out.flush();
    }
}
