package org.newsdesk.ui.metadata;

import org.newsdesk.model.Story;
import org.newsdesk.store.StorySaver;

/** A story's saver, and the story with its metadata and slug as typed but not yet in the store. */
public record UnsavedMetadata(StorySaver saver, Story typed) {
}
