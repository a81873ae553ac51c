package org.newsdesk.prefs;

/** The window's colours: a calm light theme for the day, a dark one for late shifts. */
public enum Theme {
    LIGHT,
    DARK
}
