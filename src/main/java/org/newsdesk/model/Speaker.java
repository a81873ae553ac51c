package org.newsdesk.model;

import java.util.Objects;

/**
 * A roster entry. Paragraphs refer to a speaker by {@code key}, so renaming the
 * label relabels the whole transcript at once.
 *
 * @param key      stable identifier inside one story (e.g. "host", "guest1")
 * @param label    what the transcript shows at the start of a turn (主持人, 李寶純)
 * @param fullName the person's full name, may be empty
 * @param title    the person's title (市科委副主任), may be empty
 * @param role     host, guest or other
 */
public record Speaker(String key, String label, String fullName, String title, SpeakerRole role) {
    public Speaker {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("speaker key must not be blank");
        }
        label = label == null ? "" : label;
        fullName = fullName == null ? "" : fullName;
        title = title == null ? "" : title;
        role = role == null ? SpeakerRole.OTHER : role;
    }
}
