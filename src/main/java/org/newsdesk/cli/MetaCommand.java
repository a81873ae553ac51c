package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Story;
import org.newsdesk.workflow.metadata.FieldProblem;
import org.newsdesk.workflow.metadata.HeadlinePreview;
import org.newsdesk.workflow.metadata.MetadataEdit;
import org.newsdesk.workflow.metadata.MetadataField;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "meta", description = {"Show or change a story's metadata.",
    "Fields: headline, kicker, subtitle, summary, keywords, slug, source, authors, editor, publishTime "
            + "(2015-07-31 10:02:54), timeZone, embargoUntil, channels, seriesId, seriesName, part, total, "
            + "internalNote. Lists are separated by commas or 、; an empty value clears a field; part= leaves the series."})
final class MetaCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID")
    String id;
    @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "Set a field (repeatable).")
    List<String> assignments = new ArrayList<>();
    @Option(names = "--json", description = "Print the metadata as JSON.")
    boolean json;

    @Override
    public Integer call() {
        var messages = root.messages();
        List<FieldProblem> problems = new ArrayList<>();
        Story story = root.withStore(store -> {
            Story current = store.stories().get(root.resolve(store, id));
            if (assignments.isEmpty()) {
                return current;
            }
            MetadataEdit.Result edit = new MetadataEdit(store.workflow().validator()).apply(current, assignments);
            if (!edit.valid()) {
                problems.addAll(edit.problems());
                return current;
            }
            store.workflow().saveMetadata(current.id(), current.version(), edit.metadata(), edit.slug());
            store.names().recordUse(edit.metadata());
            return store.stories().get(current.id());
        });
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            for (FieldProblem p : problems) {
                err.println("newsdesk: " + messages.get(p.field().labelKey()) + ": " + WorkflowJson.text(p, messages));
            }
            err.flush();
            return CliErrors.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StoryJson.write(WorkflowJson.meta(story)));
        } else {
            printText(story, out);
        }
        out.flush();
        return 0;
    }

    private void printText(Story story, PrintWriter out) {
        Metadata m = story.metadata();
        var msg = root.messages();
        HeadlinePreview.Script script = msg.locale().toLanguageTag().equals("zh-CN")
                ? HeadlinePreview.Script.SIMPLIFIED : HeadlinePreview.Script.TRADITIONAL;
        out.println(HeadlinePreview.headline(m));
        out.println(HeadlinePreview.metadataLine(m, script));
        String kicker = HeadlinePreview.kickerLine(m);
        if (!kicker.isEmpty()) {
            out.println(kicker);
        }
        out.println();
        for (MetadataField f : MetadataField.values()) {
            out.println(msg.get(f.labelKey()) + ": " + value(story, f));
        }
    }

    private static String value(Story story, MetadataField f) {
        Metadata m = story.metadata();
        return switch (f) {
            case HEADLINE -> m.headline();
            case KICKER -> m.kicker();
            case SUBTITLE -> m.subtitle();
            case SUMMARY -> m.summary();
            case KEYWORDS -> String.join("、", m.keywords());
            case SLUG -> story.slug();
            case SOURCE -> m.source();
            case AUTHORS -> String.join("、", m.authors());
            case EDITOR -> m.editor();
            case PUBLISH_TIME -> org.newsdesk.workflow.metadata.PortalTime.format(m.publishTime());
            case TIME_ZONE -> m.timeZone().getId();
            case EMBARGO_UNTIL -> org.newsdesk.workflow.metadata.PortalTime.format(m.embargoUntil());
            case CHANNELS -> String.join("、", m.channels());
            case SERIES_ID -> m.series() == null ? "" : m.series().id();
            case SERIES_NAME -> m.series() == null ? "" : m.series().name();
            case PART -> m.series() == null ? "" : String.valueOf(m.series().part());
            case TOTAL -> m.series() == null || m.series().total() == null ? "" : String.valueOf(m.series().total());
            case INTERNAL_NOTE -> m.internalNote();
        };
    }
}
