package org.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", description = "List stories, newest first.")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;
    @Option(names = "--trash", description = "List the stories in the trash.")
    boolean trash;

    @Override
    public Integer call() {
        List<StorySummary> stories = root.withStoreReading(store -> store.stories().list(trash));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = StoryJson.newArray();
            stories.forEach(s -> array.add(StoryJson.summaryNode(s)));
            out.println(StoryJson.write(array));
        } else {
            for (StorySummary s : stories) {
                out.printf("%s  %-9s  r%-3d  %s%n", s.id(), s.status().name().toLowerCase(java.util.Locale.ROOT),
                        s.revision(), s.headline());
            }
        }
        out.flush();
        return 0;
    }
}
