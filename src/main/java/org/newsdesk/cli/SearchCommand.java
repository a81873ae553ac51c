package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.newsdesk.json.StoryJson;
import org.newsdesk.search.Highlight;
import org.newsdesk.search.IndexSync;
import org.newsdesk.search.LibrarySearch;
import org.newsdesk.search.SearchHit;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.SearchPage;
import org.newsdesk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "search", description = {"Full-text search over headlines, metadata and transcripts (Chinese too).",
    "Every Chinese run must occur as typed (創業), a single character anywhere (創), words as words."})
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "QUERY", arity = "1..*")
    List<String> query;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;
    @Option(names = "--page", paramLabel = "N", description = "Page of results, from 1 (default 1).")
    int page = 1;
    @Option(names = "--rebuild", description = "Rebuild the index from the store first.")
    boolean rebuild;
    @Option(names = "--wait", paramLabel = "SECONDS", description = "While the index is being built, answer after "
            + "at most this long from the part built so far, marked incomplete (default: wait until it is built).")
    Integer waitSeconds;
    /** The JVM this search runs in instead when it has to build the index and this one's heap is not bounded. */
    private CommandServices.OtherJvm buildingElsewhere;

    /** What the search found, and how much of the library the index held when it searched. */
    record Answer(SearchPage page, boolean complete, int indexed, int total) {
    }

    @Override
    public Integer call() {
        if (page < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--page must be 1 or more");
        }
        if (waitSeconds != null && waitSeconds < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--wait must be 0 or more");
        }
        Answer result = root.withStoreReading(this::answerOrBuildElsewhere);
        if (result == null) {
            OptionalInt status = buildingElsewhere.run();
            if (status.isPresent()) {
                return status.getAsInt();
            }
            result = root.withStoreReading(this::answerHere);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StoryJson.write(WorkflowJson.search(result)));
        } else {
            for (SearchHit h : result.page().hits()) {
                out.println(h.storyId() + "  " + h.headline());
                for (Highlight x : h.highlights()) {
                    if (x.field() != org.newsdesk.search.SearchField.HEADLINE) {
                        out.println("    " + x.marked("【", "】"));
                    }
                }
            }
            if (!result.complete()) {
                out.println(root.messages().get("cli.search.incomplete", result.indexed(), result.total()));
            }
        }
        out.flush();
        return 0;
    }

    /**
     * The answer, or null when the index has to be built first and this JVM's heap is not bounded
     * ({@code java -jar}, whose default heap let a build at 100,000 stories grow to 693 MiB): the
     * same command then runs in a JVM that is ({@link #buildingElsewhere}), once this one has let go
     * of the data folder.
     */
    private Answer answerOrBuildElsewhere(Store store) {
        try (LibrarySearch search = root.services().search(store)) {
            if (rebuild || search.needsBuilding()) {
                Optional<CommandServices.OtherJvm> bounded = root.services().boundedJvm(root.originalArgs());
                if (bounded.isPresent()) {
                    buildingElsewhere = bounded.get();
                    return null;
                }
            }
            return answer(search);
        }
    }

    private Answer answerHere(Store store) {
        try (LibrarySearch search = root.services().search(store)) {
            return answer(search);
        }
    }

    private Answer answer(LibrarySearch search) {
        IndexSync.Progress progress = progressOnStderr();
        if (search.temporary()) {
            // a read-only data folder cannot hold the index: one is built for this search alone
            spec.commandLine().getErr().println(root.messages().get("cli.search.readOnlyIndex"));
            await(search.rebuild(progress));
        } else if (rebuild) {
            await(search.rebuild(progress));
        } else {
            await(search.refresh(progress, stopAfterWaiting()));
        }
        LibrarySearch.Coverage coverage = search.coverage();
        return new Answer(search.search(String.join(" ", query), page - 1, SearchIndex.DEFAULT_PAGE_SIZE),
                coverage.complete(), coverage.indexed(), coverage.total());
    }

    /** True once {@code --wait} has passed since the command began; never without it. */
    private java.util.function.BooleanSupplier stopAfterWaiting() {
        if (waitSeconds == null) {
            return () -> false;
        }
        long until = System.nanoTime() + waitSeconds * 1_000_000_000L;
        return () -> System.nanoTime() - until >= 0;
    }

    /** Waits for the index's own thread; its failure is reported as itself, not wrapped. */
    private static void await(CompletableFuture<?> work) {
        try {
            work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** "building the index, n of N" on stderr, at most about once a second and once at the end. */
    private IndexSync.Progress progressOnStderr() {
        PrintWriter err = spec.commandLine().getErr();
        long[] last = {System.nanoTime() - 1_000_000_000L};
        return (done, total) -> {
            long now = System.nanoTime();
            if (total > 0 && (done == total || now - last[0] >= 1_000_000_000L)) {
                last[0] = now;
                err.println(root.messages().get("search.building", done, total));
                err.flush();
            }
        };
    }
}
