package org.newsdesk.model;

/**
 * The part a speaker plays in an interview. AUDIENCE is a reader or viewer whose question
 * is put to the guest (网友 in an online interview); OTHER is anybody else (a narrator).
 */
public enum SpeakerRole {
    HOST, GUEST, OTHER, AUDIENCE
}
