package org.newsdesk.text;

import org.newsdesk.model.SpeakerRole;

/**
 * Label forms beside the plain {@code 標籤：}: netizens (網友“某某”：, [網友]某某：, 網友某某問：),
 * labels ending in 說/問, names spaced out to line up (高 岩), link markers after a name
 * ((blog)). Split out of {@link SpeakerLabelDetector} to keep each class readable.
 */
final class LabelForms {

    static final int MAX_NICKNAME = 24;
    /** What a label may end with before its colon: 主持人說：, 網友小魚問： */
    private static final String[] ASK_WORDS = {"提問", "提问", "說", "说", "問", "问"};

    private LabelForms() {
    }

    /** 網友“某某”： or 網友「某某」問： — the nickname in quotes. */
    static SpeakerLabelDetector.LabelMatch quotedNetizen(String p, int from) {
        if (from >= p.length()) {
            return null;
        }
        char open = p.charAt(from);
        char close = switch (open) {
            case '“' -> '”';
            case '「' -> '」';
            case '『' -> '』';
            case '"' -> '"';
            default -> 0;
        };
        if (close == 0) {
            return null;
        }
        int end = p.indexOf(close, from + 1);
        if (end < 0 || end - from > MAX_NICKNAME) {
            return null;
        }
        String nick = p.substring(from + 1, end).strip();
        int i = skipAskWord(p, end + 1);
        i = LabelChars.skipSpace(p, i);
        if (nick.isEmpty() || i >= p.length() || (p.charAt(i) != ':' && p.charAt(i) != '：')) {
            return null;
        }
        return netizen(nick, false, LabelChars.skipSpace(p, i + 1));
    }

    /** The nickname after [網友], up to its colon. */
    static SpeakerLabelDetector.LabelMatch nickThenColon(String p, int from) {
        int limit = Math.min(p.length(), from + MAX_NICKNAME);
        for (int i = from; i < limit; i++) {
            char c = p.charAt(i);
            if (c == ':' || c == '：') {
                String nick = p.substring(from, i).strip();
                nick = stripAskWord(nick);
                return nick.isEmpty() ? null : netizen(nick, true, LabelChars.skipSpace(p, i + 1));
            }
            if (LabelChars.isSentencePunctuation(c)) {
                return null;
            }
        }
        return null;
    }

    static SpeakerLabelDetector.LabelMatch netizen(String nick, boolean bracketed, int textStart) {
        return new SpeakerLabelDetector.LabelMatch(nick, nick, "", SpeakerRole.AUDIENCE, "网友", bracketed, textStart, SpeakerLabelDetector.Kind.NETIZEN);
    }

    static int skipAskWord(String p, int i) {
        for (String w : ASK_WORDS) {
            if (p.startsWith(w, i)) {
                return i + w.length();
            }
        }
        return i;
    }

    static String stripAskWord(String label) {
        for (String w : ASK_WORDS) {
            if (label.length() > w.length() + 1 && label.endsWith(w)) {
                return label.substring(0, label.length() - w.length()).strip();
            }
        }
        return label;
    }

    static boolean startsWithNetizen(String label) {
        return label.startsWith("网友") || label.startsWith("網友");
    }

    /** 高 岩 — a two- or three-character name spaced out to line up with longer ones. */
    static String collapseSpacedName(String label) {
        if (label.length() < 3 || label.length() > 7) {
            return null;
        }
        StringBuilder sb = new StringBuilder(3);
        boolean spaced = false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (LabelChars.isSpace(c)) {
                spaced = true;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                sb.append(c);
            } else {
                return null;
            }
        }
        if (!spaced || sb.length() < 2 || sb.length() > 3) {
            return null;
        }
        // every Han character stands alone: 高 岩, 馬 斌, 王 小 明
        for (String part : label.split("[ \t\u3000\u00a0]+")) {
            if (part.length() > 1) {
                return null;
            }
        }
        return sb.toString();
    }

    static boolean isLinkMarker(String title) {
        String t = title.toLowerCase(java.util.Locale.ROOT);
        return t.equals("blog") || t.equals("微博") || t.equals("博客") || t.equals("视频") || t.equals("視頻")
                || t.equals("图") || t.equals("圖");
    }
}
