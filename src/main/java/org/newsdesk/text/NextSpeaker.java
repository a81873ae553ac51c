package org.newsdesk.text;

import java.util.List;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;

/**
 * Who speaks in a new turn of "the other party" (Ctrl+Enter): after the host or a
 * netizen's question, the guest who spoke last (or the first guest); after a guest or
 * narration, the host. A netizen (audience) or a narrator is never picked.
 */
public final class NextSpeaker {

    private NextSpeaker() {
    }

    /**
     * @param roster        the story's speakers
     * @param speakerKeysUpToHere speaker keys of the paragraphs up to and including the current one
     *                      (null entries for narration)
     * @return the key of the next speaker, or null when the roster has nobody suitable
     */
    public static String after(List<Speaker> roster, List<String> speakerKeysUpToHere) {
        String current = speakerKeysUpToHere.isEmpty() ? null : speakerKeysUpToHere.get(speakerKeysUpToHere.size() - 1);
        Speaker speaker = find(roster, current);
        if (speaker != null && (speaker.role() == SpeakerRole.HOST || speaker.role() == SpeakerRole.AUDIENCE)) {
            for (int i = speakerKeysUpToHere.size() - 1; i >= 0; i--) {
                Speaker earlier = find(roster, speakerKeysUpToHere.get(i));
                if (earlier != null && earlier.role() != SpeakerRole.HOST && earlier.role() != SpeakerRole.AUDIENCE) {
                    return earlier.key();
                }
            }
            return firstWith(roster, SpeakerRole.GUEST, current);
        }
        String host = firstWith(roster, SpeakerRole.HOST, current);
        return host != null ? host : firstWith(roster, SpeakerRole.GUEST, current);
    }

    private static String firstWith(List<Speaker> roster, SpeakerRole role, String notThis) {
        for (Speaker s : roster) {
            if (s.role() == role && !s.key().equals(notThis)) {
                return s.key();
            }
        }
        return null;
    }

    private static Speaker find(List<Speaker> roster, String key) {
        if (key == null) {
            return null;
        }
        for (Speaker s : roster) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
