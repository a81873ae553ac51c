package org.newsdesk.store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.newsdesk.model.Story;
import org.newsdesk.proof.Finding;
import org.newsdesk.proof.IgnoreFiles;
import org.newsdesk.proof.ProofContext;
import org.newsdesk.proof.Proofreader;

/**
 * The readiness check's view of proofreading: the errors of a story that the desk has neither
 * fixed nor chosen to ignore always (the data folder's wording list and ignore lists apply).
 * The proofreader is built on first use and kept.
 */
final class ProofGate implements Function<Story, List<Finding>> {

    private final Path folder;
    private volatile Proofreader reader;

    ProofGate(Path folder) {
        this.folder = folder;
    }

    @Override
    public List<Finding> apply(Story story) {
        Proofreader r = reader;
        if (r == null) {
            r = Proofreader.forDataFolder(folder);
            reader = r;
        }
        ProofContext context = ProofContext.DEFAULT.withIgnores(new IgnoreFiles(folder).load(story.id()));
        return r.check(story, context).errors();
    }
}
