package org.newsdesk.model;

/** Where a story stands in the newsroom's workflow. */
public enum Status {
    DRAFT, READY, APPROVED, PUBLISHED, WITHDRAWN
}
