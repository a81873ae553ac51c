package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "new", description = "Create a story and print its id.")
final class NewCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--headline", required = true, paramLabel = "TEXT", description = "The headline.")
    String headline;
    @Option(names = "--json", description = "Print the new story as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Story story = root.withStore(store -> store.stories().create(Metadata.withHeadline(headline), List.of(), List.of()));
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? StoryJson.toJson(story) : story.id().toString());
        out.flush();
        return 0;
    }
}
