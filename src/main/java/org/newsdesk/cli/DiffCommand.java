package org.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Messages;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Story;
import org.newsdesk.store.Publication;
import org.newsdesk.workflow.revisions.RevisionDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "diff", description = {"What changed between two versions of a story: metadata, speakers and "
        + "paragraphs, character by character ([-removed-]{+added+}).",
    "Without revisions: the last published revision (else the last saved one) against the current text; "
        + "with REV1: that revision against the current text; with both: REV1 against REV2."})
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ID", description = "The story's id or a unique prefix of it.")
    String id;
    @Parameters(index = "1", arity = "0..1", paramLabel = "REV1")
    Integer rev1;
    @Parameters(index = "2", arity = "0..1", paramLabel = "REV2")
    Integer rev2;
    @Option(names = "--json", description = "Print the changes as JSON.")
    boolean json;

    private record Pair(Story older, Story newer, int olderNumber, Integer newerNumber) {
    }

    @Override
    public Integer call() {
        Messages messages = root.messages();
        Pair pair = root.withStore(store -> {
            UUID storyId = root.resolve(store, id);
            Story current = store.stories().get(storyId);
            int from;
            if (rev1 != null) {
                from = rev1;
            } else {
                from = store.outbox().publications(storyId).stream().mapToInt(Publication::revision).max()
                        .orElse(current.revision());
            }
            if (from < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), messages.get("cli.diff.noRevision", storyId));
            }
            Story older = store.stories().revision(storyId, from);
            Story newer = rev2 == null ? current : store.stories().revision(storyId, rev2);
            return new Pair(older, newer, from, rev2);
        });
        RevisionDiff.Result diff = RevisionDiff.between(pair.older(), pair.newer());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StoryJson.write(json(pair, diff)));
        } else {
            text(pair, diff, messages, out);
        }
        out.flush();
        return 0;
    }

    private static void text(Pair pair, RevisionDiff.Result diff, Messages messages, PrintWriter out) {
        String newer = pair.newerNumber() == null ? messages.get("cli.diff.current")
                : messages.get("cli.diff.revision", pair.newerNumber());
        out.println(messages.get("cli.diff.header", pair.older().id(), messages.get("cli.diff.revision",
                pair.olderNumber()), newer));
        if (diff.isEmpty()) {
            out.println(messages.get("cli.diff.none"));
            return;
        }
        for (RevisionDiff.FieldChange f : diff.metadata()) {
            out.println(f.field() + ": " + marked(f.pieces()));
        }
        for (RevisionDiff.SpeakerChange s : diff.speakers()) {
            out.println(messages.get("cli.diff.speaker", s.key(), speaker(s.before()), speaker(s.after())));
        }
        for (RevisionDiff.ParagraphChange p : diff.paragraphs()) {
            String who;
            if (p.before() == null) {
                who = "+ " + p.speakerAfter();
            } else if (p.after() == null) {
                who = "- " + p.speakerBefore();
            } else if (p.speakerChanged()) {
                who = p.speakerBefore() + " → " + p.speakerAfter();
            } else {
                who = p.speakerAfter();
            }
            out.println("¶" + p.index() + " (" + who + "): " + marked(p.pieces()));
        }
    }

    private static String speaker(org.newsdesk.model.Speaker s) {
        return s == null ? "—" : s.label() + (s.fullName().isBlank() ? "" : " " + s.fullName())
                + (s.title().isBlank() ? "" : "，" + s.title()) + " [" + s.role().name().toLowerCase(Locale.ROOT) + "]";
    }

    private static String marked(List<RevisionDiff.Piece> pieces) {
        StringBuilder b = new StringBuilder();
        for (RevisionDiff.Piece p : pieces) {
            switch (p.kind()) {
                case SAME -> b.append(p.text());
                case DELETED -> b.append("[-").append(p.text()).append("-]");
                case INSERTED -> b.append("{+").append(p.text()).append("+}");
                default -> throw new IllegalStateException();
            }
        }
        return b.toString();
    }

    private static ObjectNode json(Pair pair, RevisionDiff.Result diff) {
        ObjectNode n = StoryJson.newArray().objectNode();
        n.put("id", pair.older().id().toString());
        n.put("from", pair.olderNumber());
        if (pair.newerNumber() == null) {
            n.putNull("to");
        } else {
            n.put("to", pair.newerNumber());
        }
        ArrayNode metadata = n.putArray("metadata");
        for (RevisionDiff.FieldChange f : diff.metadata()) {
            ObjectNode m = metadata.addObject().put("field", f.field()).put("before", f.before()).put("after", f.after());
            pieces(m, f.pieces());
        }
        ArrayNode speakers = n.putArray("speakers");
        for (RevisionDiff.SpeakerChange s : diff.speakers()) {
            ObjectNode o = speakers.addObject().put("key", s.key());
            o.put("before", s.before() == null ? null : s.before().label());
            o.put("after", s.after() == null ? null : s.after().label());
        }
        ArrayNode paragraphs = n.putArray("paragraphs");
        for (RevisionDiff.ParagraphChange p : diff.paragraphs()) {
            ObjectNode o = paragraphs.addObject().put("index", p.index())
                    .put("change", p.before() == null ? "added" : p.after() == null ? "removed" : "changed")
                    .put("speakerBefore", p.speakerBefore()).put("speakerAfter", p.speakerAfter());
            pieces(o, p.pieces());
        }
        return n;
    }

    private static void pieces(ObjectNode n, List<RevisionDiff.Piece> pieces) {
        ArrayNode a = n.putArray("pieces");
        for (RevisionDiff.Piece p : pieces) {
            a.addObject().put("kind", p.kind().name().toLowerCase(Locale.ROOT)).put("text", p.text());
        }
    }
}
