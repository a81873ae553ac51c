package org.newsdesk.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells the page's own lines (navigation, breadcrumbs, share and print bars, counters,
 * related-article lists, footers) from the story's, in a page saved as text or in the
 * blocks of an HTML page. Word lists alone miss most of it, so the line's shape decides
 * first: separators between short items ({@code 首页 | 新闻}, {@code 首页 > 新闻中心 > 正文}),
 * rules of one repeated symbol, clusters of bracketed buttons ({@code 【打印】【关闭】}),
 * bullets and dates at the end of a short title (a related list), and no sentence
 * punctuation anywhere. A turn of an interview has sentence punctuation or a label, so
 * the classifier errs on the side of keeping a line.
 */
final class PageChrome {

    /** Longest line a word from the lists below can make chrome: longer lines are text. */
    private static final int MAX_WORD_LINE = 40;
    /** Longest item between separators in a menu or breadcrumb. */
    private static final int MAX_ITEM = 14;
    private static final int MAX_REPEATED = 30;

    /** Page furniture: any line this short that holds one of these is not part of the story. */
    private static final String[] WORDS = {
        "分享到", "分享至", "退出登录", "退出登錄", "登录注册", "登錄註冊", "打印本页", "打印本頁", "列印本頁", "簡體版", "简体版",
        "繁體版", "繁体版", "寄給朋友", "寄给朋友", "推荐给朋友", "推薦給朋友", "字号", "字號", "字体：", "字體：", "点击：", "點擊：",
        "点击数", "點擊數", "点击量", "點擊量", "阅读次数", "閱讀次數", "浏览次数", "瀏覽次數", "阅读量", "閱讀量", "人气：", "人氣：",
        "收藏本文", "收藏本页", "收藏本頁", "纠错", "糾錯", "评论已关闭", "評論已關閉", "扫一扫", "掃一掃", "客户端", "客戶端", "关注我们",
        "關注我們", "微信公众号", "微信公眾號", "查看原文", "阅读全文", "閱讀全文", "返回顶部", "返回頂部", "返回首页", "返回首頁",
        "当前位置", "當前位置", "您的位置", "您现在的位置", "您現在的位置", "现在位置", "現在位置", "上一篇", "下一篇", "上一页", "下一页", "上一頁", "下一頁", "尾页", "尾頁",
        "点击下载", "點擊下載", "发表评论", "發表評論", "我要评论", "我要評論", "关闭窗口", "關閉窗口", "打印", "列印", "关闭", "關閉"};

    /** The page's footer: the story is over when one of these starts a short line. */
    private static final String[] FOOTER = {
        "版权所有", "版權所有", "copyright", "©", "免责声明", "免責聲明", "关于我们", "關於我們", "联系我们", "聯繫我們", "聯絡我們",
        "网站地图", "網站地圖", "广告服务", "廣告服務", "icp备", "icp證", "icp证", "京icp", "公网安备", "公網安備", "增值电信",
        "增值電信", "违法和不良信息", "違法和不良信息", "相关新闻", "相關新聞", "相关阅读", "相關閱讀", "相关链接", "相關鏈接",
        "相关文章", "相關文章", "推荐阅读", "推薦閱讀", "延伸阅读", "延伸閱讀", "热点推荐", "熱點推薦", "网友评论", "網友評論",
        "热门评论", "熱門評論", "最新评论", "最新評論", "打印", "列印", "关闭窗口", "關閉窗口"};

    /** A footer's contact and imprint fields: 地址：…, 电话：…, 主办：…. */
    private static final Pattern FOOTER_FIELD = Pattern.compile(
            "^(?:地址|地點|电话|電話|联系电话|聯繫電話|联系方式|聯絡方式|邮编|郵編|郵遞區號|传真|傳真|邮箱|郵箱|电子邮件|電子郵件|e-?mail|"
                    + "主办|主辦|承办|承辦|协办|協辦|技术支持|技術支持|技術支援|网站备案|網站備案|备案号|備案號)\\s*[:：]",
            Pattern.CASE_INSENSITIVE);

    /** The credits an article ends with: 编辑：…, 来源：…, 摄影：… (never a speaker's label). */
    private static final Pattern CLOSING_FIELD = Pattern.compile(
            "^[(（\\[【]?\\s*(?:责任编辑|責任編輯|编辑|編輯|责编|責編|校对|校對|审核|審核|审校|審校|监制|監製|摄影|攝影|来源|來源|稿源|出处|出處)"
                    + "\\s*[:：][^。！？，,]{0,30}[)）\\]】]?$");
    /** Page numbers: [1] [2] 3 下一页, 共3页. */
    private static final Pattern PAGINATION = Pattern.compile(
            "^(?:[\\[【(（]?\\s*\\d{1,3}\\s*[\\]】)）]?|共\\s*\\d+\\s*[页頁]|第\\s*\\d+\\s*[页頁]|上一[页頁]|下一[页頁]|首[页頁]|尾[页頁]"
                    + "|\\s)+$");

    /** Footer words that may sit anywhere in a footer line, not only at its start. */
    private static final String[] FOOTER_ANYWHERE = {
        "版权所有", "版權所有", "copyright", "©", "icp备", "icp證", "icp证", "公网安备", "公網安備", "all rights reserved"};

    private PageChrome() {
    }

    /** Whether {@code line} (trimmed, not blank) is the page's, judged on the line alone. */
    static boolean isChrome(String line) {
        if (line.isEmpty()) {
            return false;
        }
        if (isRule(line) || isFooter(line)) {
            return true;
        }
        boolean punctuated = hasSentencePunctuation(line);
        if (!punctuated && (isMenu(line) || isBreadcrumb(line) || isButtonCluster(line) || isListItem(line)
                || line.length() <= 60 && PAGINATION.matcher(line).matches() && !line.chars().allMatch(Character::isDigit))) {
            return true;
        }
        return line.length() <= MAX_WORD_LINE && !hasSentenceEnd(line) && !startsWithLabel(line)
                && containsAny(line, WORDS);
    }

    /** A footer line: the story ends at the first one. */
    static boolean isFooter(String line) {
        String bare = bare(line);
        if (bare.isEmpty()) {
            return false;
        }
        if (line.length() <= 60 && !hasSentenceEnd(line)) {
            for (String f : FOOTER) {
                if (bare.startsWith(f) && (f.length() > 2 || bare.length() <= 8)) {
                    return true;
                }
            }
        }
        if (line.length() <= 120 && !hasSentenceEnd(line) && FOOTER_FIELD.matcher(line).find()) {
            return true;
        }
        return line.length() <= 200 && !hasSentenceEnd(line) && containsAny(bare, FOOTER_ANYWHERE);
    }

    /** An article's closing credit line (编辑：李华, 来源：人民网): the story is over when one follows it. */
    static boolean isClosingField(String line) {
        return line.length() <= 40 && CLOSING_FIELD.matcher(line).matches();
    }

    /**
     * Short unpunctuated lines that occur twice or more in the page: menus printed at the
     * top and the bottom, a column name repeated in every block. Labels on a line of their
     * own ({@code 主持人：}) and notes in brackets repeat in transcripts and are left alone.
     */
    static Map<String, Integer> repeats(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String l : lines) {
            if (mayRepeatAsChrome(l)) {
                counts.merge(l, 1, Integer::sum);
            }
        }
        counts.values().removeIf(c -> c < 2);
        return counts;
    }

    static boolean mayRepeatAsChrome(String l) {
        if (l.length() < 2 || l.length() > MAX_REPEATED || hasSentencePunctuation(l)) {
            return false;
        }
        char first = l.charAt(0);
        char last = l.charAt(l.length() - 1);
        return last != '：' && last != ':' && "(（[［【〔".indexOf(first) < 0;
    }

    /** A line of one repeated symbol: ****, ----, ====, ———. */
    static boolean isRule(String line) {
        String s = line.replace(" ", "").replace("\u3000", "");
        if (s.length() < 3) {
            return false;
        }
        char c = s.charAt(0);
        if ("*-=_—－＝～~#·.…<>※☆★＊─━═".indexOf(c) < 0) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    /** Short items between vertical bars or tabs: a menu, a blog's meta line. */
    static boolean isMenu(String line) {
        String[] items = line.split("\\s*[|｜\\t]\\s*|\\s{3,}|\u3000{2,}");
        int nonEmpty = 0;
        int longest = 0;
        for (String item : items) {
            String s = item.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.length() > MAX_ITEM || s.indexOf('：') >= 0 || s.indexOf(':') >= 0) {
                return false;
            }
            nonEmpty++;
            longest = Math.max(longest, s.length());
        }
        long bars = line.chars().filter(c -> c == '|' || c == '｜' || c == '\t').count();
        if (nonEmpty >= 3 || bars >= 2 && nonEmpty >= 1) {
            return true;
        }
        // "首页 | 新闻" is a menu, "访谈 | 城市更新怎么做" a headline with its column
        return bars == 1 && nonEmpty == 2 && longest <= 6;
    }

    /** 首页 > 新闻中心 > 正文, 首頁 -> 頭條, 当前位置：首页 » 访谈. */
    static boolean isBreadcrumb(String line) {
        String s = line.replaceFirst("^(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置|现在位置|現在位置|位置)\\s*[:：]?", "");
        String[] items = s.split("\\s*(?:->|=>|>>|[>＞»›→]|－>|—>)\\s*");
        if (items.length < 2) {
            return false;
        }
        for (String item : items) {
            String t = item.strip();
            if (t.length() > MAX_ITEM * 2 || t.isEmpty() && item != items[0]) {
                return false;
            }
        }
        String first = items[0].strip().toLowerCase(Locale.ROOT);
        return items.length >= 3 || first.startsWith("首页") || first.startsWith("首頁") || first.startsWith("home")
                || first.startsWith("网站首页") || first.startsWith("網站首頁") || s.length() != line.length();
    }

    /** Only bracketed buttons: 【打印】【关闭】, [收藏] [纠错]. */
    static boolean isButtonCluster(String line) {
        String rest = line.replaceAll("[【\\[［][^】\\]］]{1,8}[】\\]］]", "").strip();
        int groups = (line.length() - line.replaceAll("[【\\[［]", "").length());
        return groups >= 2 && rest.replaceAll("[\\s|｜/·]", "").isEmpty();
    }

    /** A related-article list item: a bullet, or a short title that ends with its date. */
    static boolean isListItem(String line) {
        if (line.length() > 60) {
            return false;
        }
        char first = line.charAt(0);
        if ("·•●■□◆◇▪►▶○".indexOf(first) >= 0) {
            return true;
        }
        return line.matches(".{4,}?\\s*[\\[(（]?\\s*(?:\\d{4}[-/.年])?\\d{1,2}[-/.月]\\d{1,2}日?\\s*[\\])）]?")
                && !line.contains("：") && !line.contains(":");
    }

    /** 。！？，；: one of these in a line makes it the story's (or a label's). */
    static boolean hasSentencePunctuation(String line) {
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case '。', '！', '？', '，', '；', '!', '?', '“', '”', '「', '」' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private static boolean hasSentenceEnd(String line) {
        return line.indexOf('。') >= 0 || line.indexOf('？') >= 0 || line.indexOf('！') >= 0;
    }

    /** A turn starts with a short label and a colon; such a line is never chrome by its words. */
    private static boolean startsWithLabel(String line) {
        int colon = -1;
        for (int i = 0; i < Math.min(line.length(), 17); i++) {
            char c = line.charAt(i);
            if (c == '：' || c == ':') {
                colon = i;
                break;
            }
        }
        if (colon <= 0 || colon + 1 >= line.length()) {
            return false;
        }
        String label = line.substring(0, colon);
        return !containsAny(label, WORDS) && hasSentencePunctuation(line.substring(colon + 1));
    }

    private static boolean containsAny(String line, String[] words) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String bare(String line) {
        return line.replaceAll("[\\s\\[\\]【】()（）|｜]+", "").toLowerCase(Locale.ROOT);
    }
}
