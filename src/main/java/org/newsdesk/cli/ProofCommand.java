package org.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.ProofText;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.proof.Finding;
import org.newsdesk.proof.IgnoreFiles;
import org.newsdesk.proof.ProofFixes;
import org.newsdesk.proof.ProofReport;
import org.newsdesk.proof.Proofreader;
import org.newsdesk.proof.Severity;
import org.newsdesk.proof.StoryProofing;
import org.newsdesk.store.Store;
import org.newsdesk.workflow.names.NameKind;
import org.newsdesk.workflow.names.NameUse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "proof", description = {
    "Proofread a story (校对): conversion errors in Traditional text, look-alike characters, punctuation, "
            + "numbers, names and the newsroom's wording list. Exit 1 while errors remain.",
    "--fix SAFE applies the safe suggestions (conversion errors) and keeps the result as a new saved revision."})
final class ProofCommand implements Callable<Integer> {

    static final String SAFE = "SAFE";

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The story's id or a unique prefix of it.")
    String id;
    @Option(names = "--json", description = "Print the findings as JSON.")
    boolean json;
    @Option(names = "--fix", paramLabel = "SAFE", description = "SAFE: apply the conversion fixes first.")
    String fix;

    private int applied;
    private RevisionInfo saved;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        if (fix != null && !SAFE.equals(fix.strip().toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException(messages.get("proof.cli.badFixMode", fix));
        }
        Proofreader reader = Proofreader.forDataFolder(root.dataFolder());
        IgnoreFiles ignores = new IgnoreFiles(root.dataFolder());
        Checked checked = root.withStore(store -> {
            Story story = store.stories().get(root.resolve(store, id));
            ProofReport report = StoryProofing.check(reader, people(store), ignores, story);
            if (fix != null && !report.safe().isEmpty()) {
                story = applySafe(store, story, report);
                report = StoryProofing.check(reader, people(store), ignores, story);
            }
            return new Checked(story, report);
        });
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StoryJson.write(json(checked, messages)));
        } else {
            print(out, checked, messages);
        }
        out.flush();
        return checked.report().hasErrors() ? CliErrors.FAILED : 0;
    }

    /** The people in the name directory (authors and editors; sources are organisations). */
    static Set<String> people(Store store) {
        Set<String> out = new HashSet<>();
        for (NameUse use : store.names().all()) {
            if (use.kind() != NameKind.SOURCE) {
                out.add(use.name());
            }
        }
        return out;
    }

    private record Checked(Story story, ProofReport report) {
    }

    private Story applySafe(Store store, Story story, ProofReport report) {
        ProofFixes.Result r = ProofFixes.apply(story, report.safe());
        applied = r.applied();
        if (applied == 0) {
            return story;
        }
        long version = store.stories().applyEdit(story.id(), story.version(),
                TranscriptEdit.between(story.paragraphs(), r.story().paragraphs()));
        if (!r.story().metadata().equals(story.metadata())) {
            version = store.stories().updateMetadata(story.id(), version, r.story().metadata());
        }
        saved = store.stories().saveRevision(story.id(), version, "proof --fix SAFE");
        return store.stories().get(story.id());
    }

    private void print(PrintWriter out, Checked checked, Messages messages) {
        if (fix != null) {
            out.println(saved == null ? messages.get("proof.cli.nothingToFix")
                    : messages.get("proof.cli.fixed", applied, saved.number()));
        }
        Map<String, Integer> numbers = ProofText.paragraphNumbers(checked.story());
        int errors = 0;
        for (Finding f : checked.report().findings()) {
            if (f.severity() == Severity.ERROR) {
                errors++;
            }
            out.println("[" + messages.get("proof.severity." + f.severity().name().toLowerCase(Locale.ROOT)) + "] "
                    + ProofText.where(f, numbers, messages) + " " + f.start() + "-" + f.end() + "  "
                    + ProofText.category(f, messages) + ": " + ProofText.message(f, messages) + "  (" + f.ruleId() + ")");
        }
        int total = checked.report().findings().size();
        out.println(total == 0 ? messages.get("proof.cli.none") : messages.get("proof.cli.summary", errors, total - errors));
    }

    private ObjectNode json(Checked checked, Messages messages) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("id", checked.story().id().toString());
        root.put("traditional", checked.report().traditional());
        if (fix != null) {
            root.put("fixed", applied);
            if (saved != null) {
                root.put("revision", saved.number());
            }
        }
        Map<String, Integer> numbers = ProofText.paragraphNumbers(checked.story());
        ArrayNode list = root.putArray("findings");
        for (Finding f : checked.report().findings()) {
            ObjectNode n = list.addObject();
            n.put("category", f.category().name().toLowerCase(Locale.ROOT));
            n.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            if (f.paragraphId() != null) {
                n.put("paragraphId", f.paragraphId());
                n.put("paragraph", numbers.getOrDefault(f.paragraphId(), 0));
            } else {
                n.put("field", f.field().id());
            }
            n.put("start", f.start());
            n.put("end", f.end());
            n.put("found", f.found());
            if (f.suggestion() == null) {
                n.putNull("suggestion");
            } else {
                n.put("suggestion", f.suggestion());
            }
            n.put("rule", f.ruleId());
            n.put("message", ProofText.message(f, messages));
            n.put("safe", f.safe());
        }
        root.put("errors", checked.report().errors().size());
        return root;
    }
}
