package org.newsdesk.model;

/** The part a speaker plays in an interview. */
public enum SpeakerRole {
    HOST, GUEST, OTHER
}
