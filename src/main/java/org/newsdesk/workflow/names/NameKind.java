package org.newsdesk.workflow.names;

import org.newsdesk.workflow.metadata.MetadataField;

/** The kinds of names the store's name directory remembers for autocompletion. */
public enum NameKind {
    SOURCE(MetadataField.SOURCE), AUTHOR(MetadataField.AUTHORS), EDITOR(MetadataField.EDITOR);

    private final MetadataField field;

    NameKind(MetadataField field) {
        this.field = field;
    }

    /** The metadata field names of this kind go in. */
    public MetadataField field() {
        return field;
    }
}
