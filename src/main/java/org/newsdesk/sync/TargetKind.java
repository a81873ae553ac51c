package org.newsdesk.sync;

/** The kinds of delivery target. */
public enum TargetKind {
    HTTP, WEBDAV, FOLDER
}
