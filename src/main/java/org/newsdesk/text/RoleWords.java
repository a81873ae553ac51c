package org.newsdesk.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.model.SpeakerRole;

/**
 * Words that name a part in an interview rather than a person, in both scripts and in
 * English. Who asks (主持人, 記者, 問, Q, Host, Interviewer) is the host; who answers
 * (答, A, 嘉賓, Guest) a guest; voices that are neither asking nor answering (網友 for
 * readers' questions, 解說 for a narrator, 觀眾) are "other", so that "the other party"
 * (Ctrl+Enter) never jumps to them.
 */
final class RoleWords {

    private static final Map<String, SpeakerRole> ROLES = new HashMap<>();

    static {
        for (String w : new String[] {"主持人", "主持", "記者", "记者", "問", "问", "提問", "提问", "採訪者", "采访者",
            "q", "host", "interviewer", "moderator", "anchor"}) {
            ROLES.put(w, SpeakerRole.HOST);
        }
        for (String w : new String[] {"答", "嘉賓", "嘉宾", "受訪者", "受访者", "a", "guest", "interviewee"}) {
            ROLES.put(w, SpeakerRole.GUEST);
        }
        for (String w : new String[] {"解說", "解说", "旁白", "narrator"}) {
            ROLES.put(w, SpeakerRole.OTHER);
        }
        for (String w : new String[] {"網友", "网友", "觀眾", "观众", "現場觀眾", "现场观众", "網民", "网民", "讀者", "读者",
            "audience", "caller"}) {
            ROLES.put(w, SpeakerRole.AUDIENCE);
        }
    }

    /** The first characters of all role words (lower case), to rule most labels out at once. */
    private static final String FIRST_CHARS;

    static {
        StringBuilder sb = new StringBuilder();
        for (String w : ROLES.keySet()) {
            char c = Character.toLowerCase(w.charAt(0));
            if (sb.indexOf(String.valueOf(c)) < 0) {
                sb.append(c);
            }
        }
        FIRST_CHARS = sb.toString();
    }

    private RoleWords() {
    }

    /** The role a role word stands for, or null when {@code word} is not one. */
    static SpeakerRole roleOf(String word) {
        SpeakerRole role = ROLES.get(word);
        if (role == null && !word.isEmpty() && word.charAt(0) < 128) {
            role = ROLES.get(word.toLowerCase(Locale.ROOT));
        }
        return role;
    }

    /** 網友 or 网友: the word a netizen's label starts with. */
    static boolean isNetizenWord(String word) {
        return "网友".equals(word) || "網友".equals(word);
    }

    /**
     * The longest role word {@code label} starts with, when what follows could be a name
     * ("主持人 魯健", "記者王明"); null otherwise. A one-letter or one-character role word
     * (Q, 問) needs a space before the name, or 問題 would read as 問 plus a name.
     */
    static String rolePrefix(String label) {
        if (label.isEmpty() || FIRST_CHARS.indexOf(Character.toLowerCase(label.charAt(0))) < 0) {
            return null; // most labels are names: no role word starts like them
        }
        String best = null;
        for (String word : ROLES.keySet()) {
            if (label.length() > word.length() && label.regionMatches(true, 0, word, 0, word.length())
                    && (best == null || word.length() > best.length())) {
                char next = label.charAt(word.length());
                boolean spaced = Character.isWhitespace(next) || next == '\u3000';
                boolean ascii = word.charAt(0) < 128;
                if (spaced || (!ascii && word.length() >= 2 && Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN)) {
                    best = word;
                }
            }
        }
        return best;
    }
}
