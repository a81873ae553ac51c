package org.newsdesk.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;

/**
 * Roles from the conversation when the labels do not say them: a programme's anchor
 * labelled only by name, a press conference without 記者. Who opens, who asks (turns
 * that are questions, short turns between long answers) and who welcomes whom
 * (歡迎某某做客) decide the host; everybody else keeps the role the label gave. Only
 * speakers whose label named no role are touched, and only when nobody is the host yet.
 */
public final class RoleInference {

    private static final String[] QUESTION_ENDS = {"？", "?", "嗎", "吗", "呢", "麼", "么"};
    private static final String[] QUESTION_WORDS = {"請問", "请问", "什麼", "什么", "怎麼", "怎么", "如何", "為什麼",
        "为什么", "哪些", "是否", "能否", "能不能", "有沒有", "有没有", "談談", "谈谈", "介紹一下", "介绍一下", "講講", "讲讲"};

    private RoleInference() {
    }

    /** A roster entry whose role was inferred, and how sure the inference is. */
    public record Inferred(String key, SpeakerRole before, SpeakerRole after, boolean lowConfidence) {
    }

    /**
     * The roles to change in {@code roster}, given the transcript. Speakers whose label
     * itself says the role (主持人, 網友, an outlet, a reporter's title) are never changed.
     */
    public static List<Inferred> infer(List<Speaker> roster, List<Paragraph> paragraphs) {
        for (Speaker s : roster) {
            if (s.role() == SpeakerRole.HOST) {
                return List.of();
            }
        }
        Map<String, int[]> stats = new HashMap<>(); // turns, questions, characters
        String opener = null;
        String welcomer = null;
        String previous = null;
        for (Paragraph p : paragraphs) {
            String key = p.speakerKey();
            if (key == null) {
                previous = null;
                continue;
            }
            int[] st = stats.computeIfAbsent(key, k -> new int[3]);
            st[2] += p.text().length();
            if (!key.equals(previous)) {
                st[0]++;
                if (opener == null) {
                    opener = key;
                }
                if (isQuestion(p.text())) {
                    st[1]++;
                }
                if (welcomer == null && welcomesSomebodyElse(p.text(), key, roster)) {
                    welcomer = key;
                }
            }
            previous = key;
        }
        List<Speaker> open = new ArrayList<>();
        for (Speaker s : roster) {
            if (!roleFromLabel(s) && s.role() == SpeakerRole.GUEST && stats.containsKey(s.key())) {
                open.add(s);
            }
        }
        if (open.size() < 2 && !(open.size() == 1 && roster.size() >= 2)) {
            return List.of();
        }
        String best = null;
        double bestScore = 0;
        for (Speaker s : open) {
            int[] st = stats.get(s.key());
            double questions = st[0] == 0 ? 0 : (double) st[1] / st[0];
            double avg = st[0] == 0 ? 0 : (double) st[2] / st[0];
            double othersAvg = averageOfOthers(stats, s.key());
            double score = questions + (avg < othersAvg * 0.6 ? 0.3 : 0) + (s.key().equals(opener) ? 0.15 : 0)
                    + (s.key().equals(welcomer) ? 0.6 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = s.key();
            }
        }
        if (best == null || bestScore < 0.5) {
            return List.of();
        }
        return List.of(new Inferred(best, SpeakerRole.GUEST, SpeakerRole.HOST, bestScore < 0.8));
    }

    private static boolean roleFromLabel(Speaker s) {
        SpeakerLabelDetector.LabelMatch m = new SpeakerLabelDetector().candidate(s.label() + "：");
        return m == null || m.kind() == SpeakerLabelDetector.Kind.ROLE || m.kind() == SpeakerLabelDetector.Kind.NETIZEN
                || m.kind() == SpeakerLabelDetector.Kind.OUTLET || Titles.isReporterTitle(s.title());
    }

    private static double averageOfOthers(Map<String, int[]> stats, String key) {
        long chars = 0;
        long turns = 0;
        for (Map.Entry<String, int[]> e : stats.entrySet()) {
            if (!e.getKey().equals(key)) {
                turns += e.getValue()[0];
                chars += e.getValue()[2];
            }
        }
        return turns == 0 ? 0 : (double) chars / turns;
    }

    static boolean isQuestion(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        for (String e : QUESTION_ENDS) {
            if (t.endsWith(e)) {
                return true;
            }
        }
        String tail = t.length() > 40 ? t.substring(t.length() - 40) : t;
        if (tail.indexOf('？') >= 0 || tail.indexOf('?') >= 0) {
            return true;
        }
        for (String w : QUESTION_WORDS) {
            if (tail.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** 歡迎某某做客, 歡迎某某: the turn names another speaker after 歡迎. */
    private static boolean welcomesSomebodyElse(String text, String key, List<Speaker> roster) {
        int w = text.indexOf("欢迎");
        if (w < 0) {
            w = text.indexOf("歡迎");
        }
        if (w < 0) {
            return false;
        }
        String after = text.substring(w, Math.min(text.length(), w + 40));
        for (Speaker s : roster) {
            if (s.key().equals(key)) {
                continue;
            }
            String name = s.fullName().isEmpty() ? s.label() : s.fullName();
            if (!name.isEmpty() && (after.contains(name) || name.length() >= 2 && after.contains(name.substring(0, 1)
                    + "部長") || after.contains(name.substring(0, 1) + "部长"))) {
                return true;
            }
        }
        return after.contains("做客") || after.contains("來到") || after.contains("来到");
    }
}
