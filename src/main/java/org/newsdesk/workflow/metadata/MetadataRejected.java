package org.newsdesk.workflow.metadata;

import java.util.List;

/** Metadata that fails {@link MetadataValidator}: refused before it reaches the store. */
public class MetadataRejected extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public MetadataRejected(List<FieldProblem> problems) {
        super("Invalid metadata: " + problems.stream().map(p -> p.field().id() + " " + p.messageKey()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
