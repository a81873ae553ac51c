package org.newsdesk.cli;

import java.util.concurrent.Callable;
import org.newsdesk.model.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code approve ID}: signs the next open level of the review chain (as {@code status ID approved}). */
@Command(name = "approve", description = {"Sign the next open level of the review chain for a Ready story; the story "
        + "becomes Approved when that was the last level. Each level needs a different editor, and with two or three "
        + "levels the editor who changed the story last may not sign the last one."})
final class ApproveCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The story's id or a unique prefix of it.")
    String id;
    @Option(names = "--by", paramLabel = "NAME", description = "Who signs (default: --editor or the name in Preferences).")
    String by;
    @Option(names = "--json", description = "Print the story's status and the level signed as JSON.")
    boolean json;

    @Override
    public Integer call() {
        return StatusCommand.move(root, spec, id, Status.APPROVED, by != null ? by : root.editorName(), json);
    }
}
