package org.newsdesk.newsroom;

import org.newsdesk.model.Paragraph;

/**
 * One paragraph changed on both sides in overlapping places (or deleted on one side and kept
 * changed on the other is not a conflict: the change is kept). Every version is held until an
 * editor resolves it.
 *
 * @param base   the last common version, {@code null} when both sides created it
 * @param mine   this workstation's version (what the local story shows meanwhile)
 * @param theirs the server's version
 */
public record ParagraphConflict(String paragraphId, Paragraph base, Paragraph mine, Paragraph theirs) {
}
