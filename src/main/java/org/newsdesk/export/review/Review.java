package org.newsdesk.export.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Story;

/**
 * A returned review document read against the revision it was exported from.
 *
 * @param file        the document
 * @param revision    the story revision the document was exported from
 * @param suggestions every difference, in document order
 */
public record Review(Path file, Story revision, List<Suggestion> suggestions) {

    public Review {
        suggestions = List.copyOf(suggestions);
    }

    /** Finds a kept revision of a story: empty when the story or the revision is gone. */
    public interface Revisions {
        Optional<Story> find(UUID story, int revision) throws ReviewProblem;
    }

    /**
     * Reads {@code file}; {@code expectedStory}, when not null, is the story the document must belong to.
     *
     * @throws ReviewProblem when the file is not a review document of ours, or its revision is gone
     */
    public static Review read(Path file, UUID expectedStory, Revisions revisions) {
        ReviewedDocument doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = ReviewedDocument.read(in);
        } catch (IOException e) {
            throw new ReviewProblem(ReviewProblem.Problem.UNREADABLE, e.getMessage(), e);
        }
        if (expectedStory != null && !expectedStory.equals(doc.storyId())) {
            throw new ReviewProblem(ReviewProblem.Problem.OTHER_STORY,
                    "The document belongs to story " + doc.storyId(), null);
        }
        Story revision = revisions.find(doc.storyId(), doc.revision()).orElseThrow(() -> new ReviewProblem(
                ReviewProblem.Problem.REVISION_GONE, "Revision " + doc.revision() + " of " + doc.storyId() + " is gone", null));
        return new Review(file, revision, ReviewMatcher.suggestions(revision, doc));
    }
}
