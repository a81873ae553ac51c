package org.newsdesk.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;

/**
 * Child process for {@link JournalCrashTest}: opens the store in {@code args[0]}, creates a
 * story (prints {@code CREATED <id>}), then types as the editor does: each state is kept in the
 * typing journal (prints {@code KEPT <n>} once it is on the disk) and handed to a store whose
 * every transcript save hangs and then fails, as on a disk that has just filled up (prints
 * {@code SAVING <n>} when a save starts). The parent kills it with -9 in the middle of a save.
 */
public final class JournalCrashMain {

    private JournalCrashMain() {
    }

    static String text(int n) {
        return "第" + n + "次输入 typed " + n;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Store store = Store.open(dir);
        Story story = store.stories().create(Metadata.withHeadline("Journal check"), SampleInterview.speakers(),
                SampleInterview.numbered(3));
        System.out.println("CREATED " + story.id());
        System.out.flush();
        CountDownLatch never = new CountDownLatch(1);
        StoreWriter failing = new StoreWriter(new StoreWriter.Around() {
            @Override
            public <T> T run(Callable<T> write) throws Exception {
                System.out.println("SAVING");
                System.out.flush();
                never.await();
                throw new StoreException(StoreException.Problem.DISK_FULL, dir, "No space left on device", null);
            }
        });
        StorySaver saver = new StorySaver(store, failing, story);
        TypingJournal journal = new TypingJournal(dir);
        List<Paragraph> typed = new ArrayList<>(story.paragraphs());
        for (int n = 1; ; n++) {
            typed.add(Paragraph.of(SampleInterview.HOST, text(n)));
            List<Paragraph> snapshot = List.copyOf(typed);
            journal.keep(story, journal.nextToken(), () -> snapshot).join();
            System.out.println("KEPT " + n);
            System.out.flush();
            saver.saveTranscript(snapshot);
        }
    }
}
