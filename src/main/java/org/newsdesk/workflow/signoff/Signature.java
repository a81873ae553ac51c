package org.newsdesk.workflow.signoff;

import java.time.Instant;

/**
 * One level of the review chain signed.
 *
 * @param level        1-based level in the chain
 * @param signedBy     the editor who signed
 * @param signedAt     when
 * @param storyVersion the story's version that was signed (its content at that moment)
 * @param revision     the story's newest revision number when it was signed
 */
public record Signature(int level, String signedBy, Instant signedAt, long storyVersion, int revision) {
}
