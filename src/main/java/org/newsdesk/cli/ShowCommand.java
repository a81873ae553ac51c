package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.MediaLink;
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
        java.util.List<org.newsdesk.workflow.StatusChange> history = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<MediaLink> media = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.List<org.newsdesk.store.Publication> publications = new java.util.ArrayList<>();
        java.util.List<org.newsdesk.model.RevisionInfo> revisions = new java.util.ArrayList<>();
        var signOff = new java.util.concurrent.atomic.AtomicReference<org.newsdesk.workflow.SignOffState>();
        java.util.List<org.newsdesk.workflow.CorrectionNote> corrections = new java.util.ArrayList<>();
        Story story = root.withStoreReading(store -> {
            Story found = store.stories().get(root.resolve(store, id));
            history.addAll(store.workflow().statusHistory(found.id()));
            store.media().find(found.id()).ifPresent(media::set);
            publications.addAll(store.outbox().publications(found.id()));
            revisions.addAll(store.stories().revisions(found.id()));
            signOff.set(store.workflow().signOff().state(found.id()));
            corrections.addAll(store.workflow().signOff().corrections(found.id(), Integer.MAX_VALUE));
            return found;
        });
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            var shown = WorkflowJson.storyForShow(story, history, media.get(), revisions, publications);
            SignOffJson.addTo(shown, signOff.get(), corrections);
            out.println(StoryJson.write(shown));
        } else {
            printText(story, out);
        }
        out.flush();
        return 0;
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
