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
        boolean hostKnown = false;
        for (Speaker s : roster) {
            hostKnown |= s.role() == SpeakerRole.HOST;
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
        if (hostKnown) {
            // a moderator named by name who opens and introduces the guest (新聞發言人 at a press
            // conference where reporters are the hosts of their own questions)
            Speaker first = find(roster, opener);
            if (first != null && opener.equals(welcomer) && first.role() == SpeakerRole.GUEST && !roleFromLabel(first)) {
                return List.of(new Inferred(opener, SpeakerRole.GUEST, SpeakerRole.HOST, true));
            }
            return List.of();
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

    private static Speaker find(List<Speaker> roster, String key) {
        for (Speaker s : roster) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
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

    private static int firstOf(String text, String... words) {
        int best = -1;
        for (String w : words) {
            int i = text.indexOf(w);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
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
        int w = firstOf(text, "欢迎", "歡迎", "请来了", "請來了", "请到了", "請到了", "邀请到", "邀請到", "请到的是", "請到的是");
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
        return after.contains("做客") || after.contains("來到") || after.contains("来到") || text.contains("請來了")
                || text.contains("请来了") || text.contains("請到了") || text.contains("请到了") || text.contains("邀請到")
                || text.contains("邀请到");
    }
}
