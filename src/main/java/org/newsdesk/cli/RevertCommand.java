package org.newsdesk.cli;

import java.util.concurrent.Callable;
import org.newsdesk.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "revert", description = "Make a saved revision the story's current content.")
final class RevertCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID")
    String id;
    @Option(names = "--to", required = true, paramLabel = "N", description = "The revision number.")
    int number;

    @Override
    public Integer call() {
        Story story = root.withStore(store -> {
            var stories = store.stories();
            Story current = stories.get(root.resolve(store, id));
            return stories.restoreRevision(current.id(), current.version(), number);
        });
        spec.commandLine().getOut().println(root.messages().get("cli.reverted", story.id(), number));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
