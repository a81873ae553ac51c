package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Print a story (its id or a unique prefix of it).")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID")
    String id;
    @Option(names = "--json", description = "Print the whole story as JSON (shape documented in the README).")
    boolean json;

    @Override
    public Integer call() {
        var shown = new java.util.concurrent.atomic.AtomicReference<com.fasterxml.jackson.databind.node.ObjectNode>();
        Story story = root.withStoreReading(store -> {
            Story found = NewsroomBodyCommands.withBody(root, store, root.resolve(store, id));
            if (json) {
                shown.set(asJson(store, found));
            }
            return found;
        });
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StoryJson.write(shown.get()));
        } else {
            printText(story, out);
        }
        out.flush();
        return 0;
    }

    /**
     * What {@code show --json} prints for {@code story}: the story with its status history,
     * recording, revisions, publications and sign-off (store reads; {@code import --json} prints
     * the same).
     */
    static com.fasterxml.jackson.databind.node.ObjectNode asJson(org.newsdesk.store.Store store, Story story) {
        var shown = WorkflowJson.storyForShow(story, store.workflow().statusHistory(story.id()),
                store.media().find(story.id()).orElse(null), store.stories().revisions(story.id()),
                store.outbox().publications(story.id()));
        SignOffJson.addTo(shown, store.workflow().signOff().state(story.id()),
                store.workflow().signOff().corrections(story.id(), Integer.MAX_VALUE));
        return shown;
    }

    private void printText(Story story, PrintWriter out) {
        Metadata m = story.metadata();
        var msg = root.messages();
        out.println(m.headline());
        out.println(msg.get("cli.show.line", story.id(), story.status().name().toLowerCase(java.util.Locale.ROOT),
                story.revision()));
        out.println(msg.get("cli.show.meta", m.source(), String.join(" ", m.authors()), m.editor()));
        out.println();
        String previous = "\u0000";
        for (Paragraph p : story.paragraphs()) {
            Speaker speaker = p.speakerKey() == null ? null : story.speaker(p.speakerKey());
            boolean turnStart = p.speakerKey() != null && !p.speakerKey().equals(previous);
            if (turnStart && speaker != null) {
                out.println(speaker.label() + "：" + p.text());
            } else {
                out.println(p.text());
            }
            previous = p.speakerKey() == null ? "\u0000" : p.speakerKey();
        }
    }
}
