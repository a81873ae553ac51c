package org.newsdesk.bench;

import java.nio.file.Path;
import org.newsdesk.search.IndexSync;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.StoreStories;
import org.newsdesk.store.Store;

/**
 * Rebuilds a library's search index and exits: the scale profile runs it as a whole process with
 * the window's JVM options ({@code WindowJvm.OPTIONS}) to report the rebuild's peak resident
 * memory as the window's JVM would have it, without the window's own part (JavaFX, its toolkit
 * and fonts: about 150 MB more at rest with 100,000 stories).
 *
 * <pre>RebuildProcess DATA_DIR</pre>
 */
public final class RebuildProcess {

    private RebuildProcess() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        try (Store store = Store.openForReading(data);
             SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            IndexSync.rebuild(index, new StoreStories(store));
        }
    }
}
