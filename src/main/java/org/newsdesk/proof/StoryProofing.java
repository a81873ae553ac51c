package org.newsdesk.proof;

import java.util.HashSet;
import java.util.Set;
import org.newsdesk.model.Story;
import org.newsdesk.store.NameDirectoryRepository;
import org.newsdesk.workflow.NameKind;
import org.newsdesk.workflow.NameUse;

/** A stored story proofread with what the data folder knows: the name directory and the ignore lists. */
public final class StoryProofing {

    private StoryProofing() {
    }

    public static ProofReport check(Proofreader reader, NameDirectoryRepository names, IgnoreFiles ignores, Story story) {
        return reader.check(story, new ProofContext(people(names), null, ignores.load(story.id())));
    }

    /** The people in the directory (authors and editors; sources are organisations). */
    public static Set<String> people(NameDirectoryRepository names) {
        Set<String> out = new HashSet<>();
        for (NameUse use : names.all()) {
            if (use.kind() != NameKind.SOURCE) {
                out.add(use.name());
            }
        }
        return out;
    }
}
