package org.newsdesk.ui.media;

/** What a playback key does while the editor types. */
public enum PlaybackAction {
    PLAY_PAUSE,
    BACK,
    FORWARD,
    SLOWER,
    FASTER,
    TIMESTAMP,
    LOOP;

    /** The resource bundle key of the action's name. */
    public String nameKey() {
        return "media.action." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }
}
