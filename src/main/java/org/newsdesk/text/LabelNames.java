package org.newsdesk.text;

import java.util.Set;

/** Whether a label's words can name a speaker: a person's name, or a page or credit field that never does. */
final class LabelNames {

    private static final String FIELD_LAST_CHARS = "間间期源點点址劃划像影理編编品作製制擊击號号介示讀读按接";
    /** Labels ending like this are fields of a page or a credit line. */
    private static final String[] FIELD_ENDINGS = {"時間", "时间", "日期", "來源", "来源", "地點", "地点", "網址", "网址",
        "策劃", "策划", "攝像", "摄像", "攝影", "摄影", "整理", "責編", "责编", "出品", "製作", "制作", "監製", "监制",
        "點擊", "点击", "字號", "字号", "簡介", "简介", "提示", "導讀", "导读", "編者按", "编者按", "鏈接", "链接"};

    /** Field names that are followed by a colon in running text or page headers, never speakers. */
    private static final Set<String> NOT_NAMES = Set.of(
            "時間", "时间", "日期", "地點", "地点", "來源", "来源", "作者", "編輯", "编辑", "責任編輯", "责任编辑",
            "電話", "电话", "地址", "網址", "网址", "郵箱", "邮箱", "注", "註", "備註", "备注", "附", "附件", "標題", "标题",
            "題目", "题目", "主題", "主题", "關鍵詞", "关键词", "摘要", "提要", "內容提要", "内容提要", "原標題", "原标题",
            "導語", "导语", "鏈接", "链接", "例如", "比如", "其中", "結果", "结果", "目標", "目标", "總之", "总之", "但是",
            "所以", "因此", "問題", "问题", "答案", "說明", "说明", "第一", "第二", "第三", "首先", "其次", "最後", "最后",
            "特別是", "特别是", "也就是說", "也就是说", "一是", "二是", "三是", "四是", "五是", "通知", "公告", "口號", "口号",
            "Note", "Notes", "Time", "Date", "Source", "Editor", "Author", "Update", "Updated", "Photo", "Tel", "Email",
            "Address", "Subject", "Re", "PS", "Title", "Summary", "Keywords", "Http", "Https", "Www",
            "圖", "图", "圖片", "图片", "視頻", "视频", "文", "文字", "錄入", "录入", "審核", "审核", "背景", "按",
            "電", "电", "訊", "讯", "報道", "报道", "分享到", "分享", "標籤", "标签", "相關", "相关", "上一篇", "下一篇");

    private LabelNames() {
    }

    /** Page and credit fields (發布時間, 對話時間, 攝影, 責編): never a speaker. */
    static boolean isField(String label) {
        if (NOT_NAMES.contains(label)) {
            return true;
        }
        if (FIELD_LAST_CHARS.indexOf(label.charAt(label.length() - 1)) < 0) {
            return false;
        }
        for (String f : FIELD_ENDINGS) {
            if (label.endsWith(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person's name (or a name with a form of address such as 李主任): two to five Han
     * characters, or one to three capitalised Latin words; never a field name.
     */
    static boolean looksLikeName(String label) {
        if (label.isEmpty() || NOT_NAMES.contains(label) || "他她我你它您咱這这那".indexOf(label.charAt(0)) >= 0) {
            return false; // 他說, 我們 — pronouns, never a name
        }
        int han = 0;
        int latin = 0;
        boolean wordStart = true;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if (c == '·' || c == '•') {
                continue; // 阿不都·熱合曼
            } else if (c == ' ' || c == '.' || c == '-') {
                wordStart = true;
                continue;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                if (wordStart && !(c >= 'A' && c <= 'Z')) {
                    return false;
                }
                latin++;
            } else {
                return false;
            }
            wordStart = false;
        }
        if (han > 0) {
            return latin == 0 && han >= 2 && han <= 5 || label.indexOf('·') > 0 && han <= 10 && latin == 0;
        }
        return latin > 0 && label.split("[ .\\-]+").length <= 3;
    }
}
