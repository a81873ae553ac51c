package org.newsdesk.workflow;

/** The kinds of names the store's name directory remembers for autocompletion. */
public enum NameKind {
    SOURCE, AUTHOR, EDITOR
}
