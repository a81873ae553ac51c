package org.newsdesk.store;

import org.newsdesk.model.Status;

/**
 * What a status move did: the story's new version and the status it is in now. Asking for
 * Approved in a chain of more than one level signs the next level and leaves the story Ready
 * until the last level is signed ({@code signedLevel} says which level was signed, 0 when none).
 */
public record StatusMoved(long version, Status status, int signedLevel) {
}
