package org.newsdesk.proof;

import java.util.Set;
import org.newsdesk.model.Story;

/** A stored story proofread with what the data folder knows: the people in the name directory and the ignore lists. */
public final class StoryProofing {

    private StoryProofing() {
    }

    /** @param people names of people from the name directory (authors and editors, not sources) */
    public static ProofReport check(Proofreader reader, Set<String> people, IgnoreFiles ignores, Story story) {
        return reader.check(story, new ProofContext(people, null, ignores.load(story.id())));
    }
}
