package org.newsdesk.export.script;

import java.util.Set;

/**
 * The context rules that tell 于 the surname from 于 the preposition where HanLP's name
 * recognition does not know the name (于文华): 于 and a given name of one or two characters
 * is a person when a title or role stands right before it (记者于文华, 副局长于文华) and the
 * name is followed by a title, a verb of speech or a pause, or when it starts a clause and a
 * title or a verb of speech follows (于文华说, 于文华主任). The preposition's objects — times,
 * numbers, places, 是/此 (于是, 于此, 于2024年, 于昨日, 于会上, 于北京) — are never taken for
 * a given name, and 于 right after another word (关于, 由于, 位于, 等于, 将于) is never a surname here.
 */
final class YuNames {

    /** Titles and roles that come right before a name (记者于文华); longest first where one ends another. */
    private static final String[] BEFORE = {"秘书长", "董事长", "理事长", "总经理", "工程师", "研究员", "运动员", "主持人", "通讯员",
        "记者", "编辑", "摄影", "嘉宾", "主任", "局长", "处长", "科长", "部长", "厅长", "市长", "县长", "区长", "镇长", "村长",
        "书记", "主席", "委员", "代表", "院长", "校长", "所长", "经理", "教授", "博士", "老师", "医生", "律师", "警官", "民警",
        "队长", "组长", "站长", "馆长", "社长", "总编", "主编", "会长", "专家", "市民", "村民", "居民", "网友", "选手", "演员",
        "作家", "同学", "员工", "职工", "负责人", "发言人", "讲解员", "志愿者"};
    /** Titles that follow a name (于文华主任, 于先生). */
    private static final String[] TITLE_AFTER = {"先生", "女士", "小姐", "老师", "同志", "主任", "局长", "处长", "科长", "部长",
        "厅长", "市长", "县长", "区长", "书记", "主席", "委员", "代表", "院长", "校长", "所长", "董事长", "经理", "教授", "博士",
        "医生", "律师", "警官", "师傅", "大爷", "阿姨", "老人", "总"};
    /** Verbs of speech and reporting that follow a name (于文华说). */
    private static final String[] SPEECH = {"表示", "介绍", "指出", "认为", "告诉", "强调", "透露", "坦言", "回忆", "说道",
        "报道", "发言", "解释", "提到", "谈到", "补充", "主持", "出席", "致辞", "讲话", "说", "称", "问", "答", "摄", "笑"};
    /** A pause after a name that a title announced (记者于文华，…). */
    private static final String PAUSE = "，,、。：:；;和与及（(";
    /** Characters that start the preposition's object, never a given name. */
    private static final String NOT_GIVEN = "是此今昨明近日年月上下会本该这那其每次各当去前后同全中内外即以而此"
        + "一二三四五六七八九十两百千万零〇0123456789０１２３４５６７８９";
    /** Two-character objects of the preposition that could pass for a given name. */
    private static final Set<String> OBJECTS = Set.of("北京", "上海", "天津", "重庆", "广州", "深圳", "香港", "澳门", "台湾",
        "现场", "当地", "我国", "我市", "我省", "该市", "会议", "大会", "晚间", "凌晨", "傍晚", "周末", "清晨", "深夜", "节前", "节后");

    private YuNames() {
    }

    /**
     * The length of the person's name starting at {@code i} (a 于 in {@code s}): 2 or 3, or 0
     * when the context does not make it a name.
     */
    static int nameAt(String s, int i) {
        boolean titled = endsWithTitle(s, i);
        boolean clauseStart = i == 0 || SurnameYu.boundary(s.charAt(i - 1)) || s.charAt(i - 1) == '、';
        if (!titled && !clauseStart) {
            return 0;
        }
        for (int given = 2; given >= 1; given--) {
            int end = i + 1 + given;
            if (end > s.length() || !givenName(s.substring(i + 1, end))) {
                continue;
            }
            String rest = s.substring(end);
            if (startsWithAny(rest, TITLE_AFTER) || startsWithAny(rest, SPEECH)) {
                return given + 1;
            }
            if (titled && (rest.isEmpty() || PAUSE.indexOf(rest.charAt(0)) >= 0)) {
                return given + 1;
            }
        }
        return 0;
    }

    /**
     * Whether the 于 at {@code i} ends a word with the character before it (关于, 由于, 位于, 将于):
     * the preposition, even when a known name starting with 于 follows (关于文华 is not 关 + 于文华).
     */
    static boolean endsPreposition(String s, int i) {
        return i > 0 && PREPOSITION_BEFORE.indexOf(s.charAt(i - 1)) >= 0;
    }

    /** The first characters of words ending in the preposition 于 (关于, 由于, 对于 …, 将于, 已于). */
    private static final String PREPOSITION_BEFORE = "关由对至属位等处在基鉴终善敢勇乐便易难急归源出用过低高大小多少免始忠将已并曾均拟定"
        + "限甚苦陷忙致适利有助作立着异次优劣";

    private static boolean givenName(String given) {
        if (startsWithAny(given, TITLE_AFTER)) {
            return false;
        }
        for (int k = 0; k < given.length(); k++) {
            char c = given.charAt(k);
            if (!Character.isIdeographic(c) || NOT_GIVEN.indexOf(c) >= 0 || c == '于') {
                return false;
            }
        }
        return !OBJECTS.contains(given);
    }

    private static boolean endsWithTitle(String s, int i) {
        for (String t : BEFORE) {
            if (i >= t.length() && s.startsWith(t, i - t.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, String[] words) {
        for (String w : words) {
            if (s.startsWith(w)) {
                return true;
            }
        }
        return false;
    }
}
