package org.newsdesk.model;

/** Why a delivery target refused a bundle for good. */
public enum Rejection {
    /** The portal holds a newer revision. */
    CONFLICT,
    /** The credentials are missing or were refused. */
    CREDENTIALS,
    /** The bundle itself was refused. */
    REFUSED
}
