package org.newsdesk.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "delete", description = "Move a story to the trash (restore brings it back).")
final class DeleteCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        UUID moved = root.withStore(store -> {
            UUID storyId = root.resolve(store, id);
            store.stories().moveToTrash(storyId);
            return storyId;
        });
        spec.commandLine().getOut().println(root.messages().get("cli.deleted", moved));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
