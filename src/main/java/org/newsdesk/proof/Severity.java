package org.newsdesk.proof;

/** How much a finding matters: errors hold a story back from Ready, warnings do not. */
public enum Severity {
    ERROR,
    WARNING
}
