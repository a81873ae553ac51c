package org.newsdesk.workflow.names;

/**
 * A name as the name directory dialog lists it.
 *
 * @param kind      source, author or editor
 * @param name      the name
 * @param timesUsed how often an editor committed it (0 when only stories have it)
 * @param stories   how many stories (library and trash) use it now; 0 = unused
 */
public record NameUse(NameKind kind, String name, int timesUsed, int stories) {
}
