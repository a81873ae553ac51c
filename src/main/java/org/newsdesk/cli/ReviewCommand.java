package org.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsdesk.export.review.Review;
import org.newsdesk.export.review.ReviewErrorText;
import org.newsdesk.export.review.ReviewProblem;
import org.newsdesk.export.review.Suggestion;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Story;
import org.newsdesk.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "review", description = "List the suggestions in a .docx the guest's office sent back (exported with "
        + "export --format docx): every changed, added or removed paragraph against the revision it was exported "
        + "from, with who made it. Nothing is applied; accept them in the window (File → Import review…).")
final class ReviewCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ID", description = "The story's id or a unique prefix of it.")
    String id;
    @Parameters(index = "1", paramLabel = "FILE", description = "The returned .docx.")
    Path file;
    @Option(names = "--json", description = "Print the suggestions as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        Review review;
        try {
            review = root.withStoreReading(store -> {
                UUID storyId = root.resolve(store, id);
                return Review.read(file, storyId, (story, number) -> {
                    try {
                        return Optional.of(store.stories().revision(story, number));
                    } catch (StoreException e) {
                        if (e.problem() == StoreException.Problem.NOT_FOUND) {
                            return Optional.<Story>empty();
                        }
                        throw e;
                    }
                });
            });
        } catch (ReviewProblem e) {
            throw new IllegalStateException(ReviewErrorText.describe(e, messages), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(org.newsdesk.json.StoryJson.write(toJson(review)));
        } else {
            out.println(messages.get("review.cli.header", review.suggestions().size(), review.revision().revision(),
                    review.revision().metadata().headline()));
            for (Suggestion s : review.suggestions()) {
                String who = s.authors().isEmpty() ? messages.get("review.author.unknown") : String.join(", ", s.authors());
                out.println(messages.get("review.cli.line", s.number(),
                        messages.get("review.kind." + s.kind().name().toLowerCase(Locale.ROOT)), who,
                        s.before(), s.after()));
            }
        }
        out.flush();
        return 0;
    }

    private static ObjectNode toJson(Review review) {
        ObjectNode n = ResultJson.object();
        n.put("id", review.revision().id().toString());
        n.put("revision", review.revision().revision());
        ArrayNode list = n.putArray("suggestions");
        for (Suggestion s : review.suggestions()) {
            ObjectNode o = list.addObject();
            o.put("number", s.number());
            o.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
            o.put("paragraph", s.paragraphId());
            o.put("speaker", s.speakerKey());
            o.put("before", s.before());
            o.put("after", s.after());
            o.put("tracked", s.tracked());
            s.authors().forEach(o.putArray("authors")::add);
        }
        return n;
    }
}
