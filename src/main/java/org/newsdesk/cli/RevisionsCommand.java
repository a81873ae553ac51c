package org.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.store.RevisionReplica;
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
        Map<Integer, RevisionReplica.Row> newsroom = new HashMap<>();
        List<RevisionInfo> revisions = root.withStoreReading(store -> {
            List<RevisionInfo> all = store.stories().revisions(root.resolve(store, id));
            if (json) {
                all.forEach(r -> store.newsroomRevisions().get(r.storyId(), r.number())
                        .ifPresent(row -> newsroom.put(r.number(), row)));
            }
            return all;
        });
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = StoryJson.newArray();
            for (RevisionInfo r : revisions) {
                ObjectNode n = array.addObject().put("number", r.number()).put("savedAt", r.savedAt().toString())
                        .put("savedBy", r.savedBy()).put("headline", r.headline());
                RevisionReplica.Row row = newsroom.get(r.number());
                if (row != null && row.serverNumber() != null) {
                    // in a newsroom: the revision's number there, and the account that recorded it elsewhere
                    n.put("newsroomNumber", row.serverNumber());
                    if (!row.origin().isEmpty()) {
                        n.put("account", row.account());
                    }
                }
            }
            out.println(StoryJson.write(array));
        } else {
            revisions.forEach(r -> out.printf("%3d  %s  %s  %s%n", r.number(), r.savedAt(), r.savedBy(), r.headline()));
        }
        out.flush();
        return 0;
    }
}
