package org.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "revisions", description = "List a story's saved revisions, newest first.")
final class RevisionsCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID")
    String id;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<RevisionInfo> revisions = root.withStoreReading(store -> store.stories().revisions(root.resolve(store, id)));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = StoryJson.newArray();
            for (RevisionInfo r : revisions) {
                array.addObject().put("number", r.number()).put("savedAt", r.savedAt().toString())
                        .put("savedBy", r.savedBy()).put("headline", r.headline());
            }
            out.println(StoryJson.write(array));
        } else {
            revisions.forEach(r -> out.printf("%3d  %s  %s  %s%n", r.number(), r.savedAt(), r.savedBy(), r.headline()));
        }
        out.flush();
        return 0;
    }
}
