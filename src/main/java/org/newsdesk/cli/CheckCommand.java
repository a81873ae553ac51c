package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Messages;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.workflow.readiness.ReadinessCheck;
import org.newsdesk.workflow.readiness.ReadinessFailure;
import org.newsdesk.workflow.readiness.ReadinessReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Run a story's readiness checks; exit 1 when any fails.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID")
    String id;
    @Option(names = "--json", description = "Print the checks as JSON.")
    boolean json;

    private Story story;

    @Override
    public Integer call() {
        ReadinessReport report = root.withStoreReading(store -> {
            story = store.stories().get(root.resolve(store, id));
            // an approved story is checked for what publishing needs, the embargo included
            Status target = story.status() == Status.APPROVED ? Status.PUBLISHED : Status.READY;
            return store.workflow().check(story.id(), target);
        });
        Messages messages = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StoryJson.write(WorkflowJson.report(story, report, messages)));
        } else {
            for (ReadinessCheck.Kind kind : report.checks()) {
                boolean passed = report.passed(kind);
                out.println((passed ? "[ok]   " : "[FAIL] ") + messages.get(kind.labelKey()));
                for (ReadinessFailure f : report.failuresOf(kind)) {
                    out.println("       - " + WorkflowJson.text(f, messages));
                }
            }
        }
        out.flush();
        return report.ready() ? 0 : CliErrors.FAILED;
    }
}
