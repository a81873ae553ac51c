package org.newsdesk.text;

/**
 * Titles and outlets in speaker labels: 交通運輸部副部長 王志清 is a title and a name,
 * 李四 中央電視台記者 a name and a title, 中通社 or 本報記者 an outlet asking the
 * questions. Decided from the shape of the label (a space between the parts, a title
 * word at the end of the title part, an outlet word at the end of the label), so that
 * titles never seen before still split.
 */
final class Titles {

    /** What a title ends with, in both scripts. */
    private static final String[] TITLE_ENDINGS = {
        "部長", "部长", "局長", "局长", "廳長", "厅长", "市長", "市长", "省長", "省长", "縣長", "县长", "區長", "区长",
        "院長", "院长", "校長", "校长", "社長", "社长", "台長", "台长", "行長", "行长", "會長", "会长", "處長", "处长",
        "科長", "科长", "所長", "所长", "站長", "站长", "司長", "司长", "署長", "署长", "團長", "团长", "隊長", "队长",
        "主任", "書記", "书记", "主席", "委員", "委员", "院士", "教授", "研究員", "研究员", "專家", "专家", "經理", "经理",
        "總裁", "总裁", "董事長", "董事长", "總監", "总监", "理事長", "理事长", "秘書長", "秘书长", "發言人", "发言人",
        "代表", "記者", "记者", "主持人", "主播", "編輯", "编辑", "律師", "律师", "醫生", "医生", "老師", "老师",
        "工程師", "工程师", "議員", "议员", "作家", "導演", "导演", "演員", "演员", "歌手", "創始人", "创始人", "負責人",
        "负责人", "首席", "顧問", "顾问", "主編", "主编", "總編輯", "总编辑", "博士", "選手", "选手", "教練", "教练",
        "村長", "村长", "鎮長", "镇长", "總經理", "总经理", "廠長", "厂长", "警官", "法官", "檢察官", "检察官", "大使",
        "參贊", "参赞", "部長助理", "部长助理", "巡視員", "巡视员", "副局長", "副局长", "委員長", "委员长", "校董"};

    /** What an outlet's name ends with. */
    private static final String[] OUTLET_ENDINGS = {
        "通訊社", "通讯社", "社", "報", "报", "網", "网", "電視台", "电视台", "電視臺", "電台", "电台", "衛視", "卫视",
        "頻道", "频道", "娛樂", "娱乐", "新聞", "新闻", "週刊", "周刊", "雜誌", "杂志", "會客廳", "会客厅", "記者", "记者"};
    private static final String[] OUTLET_STARTS = {"本報", "本报", "本刊", "本台", "本臺", "本網", "本网"};

    /** Common surnames, both scripts: of two name-shaped parts, the one starting with a surname is the name. */
    private static final String SURNAMES = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許"
            + "韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈"
            + "夏韦韋付方白邹鄒孟熊秦邱江尹薛阎閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫"
            + "康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯"
            + "纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時"
            + "穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧"
            + "闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡鞠惠"
            + "荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓盘盤满滿闻聞位厉厲伊仝区區郜海阚闞花权權强強帅帥"
            + "屠豆朴盖蓋练練廉禹井祖漆巴丰支卿国國狄平计計索宣晋晉相初门門云雲容敬来來扈晁芮都普阙闕浦戈伏鹿薄邸雍辜"
            + "羊阿乌烏母裘亓修邰赫杭况況那宿鲜鮮印逯隆茹诸諸战戰慕危玉银銀亢嵇公哈湛宾賓戎勾茅利於呼居揭干但尉冶斯元束"
            + "檀衣信展阴陰昝智幸奉植衡富尧堯闫閆";

    private static final String TITLE_LAST_CHARS = lastChars(TITLE_ENDINGS);
    private static final String OUTLET_LAST_CHARS = lastChars(OUTLET_ENDINGS);

    private static String lastChars(String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            char c = w.charAt(w.length() - 1);
            if (sb.indexOf(String.valueOf(c)) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private Titles() {
    }

    /** 中通社, 新浪娛樂, 本報記者, 中國記者: an outlet (2–12 characters, no space). */
    static boolean isOutlet(String label) {
        if (label.length() < 2 || label.length() > 12 || hasSpace(label)) {
            return false;
        }
        if (OUTLET_LAST_CHARS.indexOf(label.charAt(label.length() - 1)) < 0 && "本".indexOf(label.charAt(0)) < 0) {
            return false;
        }
        for (String s : OUTLET_STARTS) {
            if (label.startsWith(s)) {
                return true;
            }
        }
        for (String e : OUTLET_ENDINGS) {
            if (label.endsWith(e) && label.length() > e.length()) {
                return true;
            }
        }
        return false;
    }

    /** A reporter asks: 中央電視台記者, 本報記者. */
    static boolean isReporterTitle(String title) {
        return title.endsWith("記者") || title.endsWith("记者") || title.endsWith("主持人") || title.endsWith("主播");
    }

    /**
     * {title, name} when {@code label} is a title and a name in either order, else null.
     * With a space: the part that is a name and the part that is not. Without one: a
     * title ending in a title word, then a two- or three-character name.
     */
    static String[] splitTitleAndName(String label) {
        if (!hasHan(label)) {
            return null; // John Smith
        }
        int space = lastSpace(label);
        if (space > 0) {
            String left = label.substring(0, space).strip();
            String right = label.substring(space + 1).strip();
            if (left.isEmpty() || right.isEmpty()) {
                return null;
            }
            boolean leftName = LabelNames.looksLikeName(left) && !endsWithTitle(left);
            boolean rightName = LabelNames.looksLikeName(right) && !endsWithTitle(right);
            if (leftName && rightName) {
                // 市民 葉小芳 or 李四 記者: the part starting with a surname is the name
                boolean leftSurname = startsWithSurname(left);
                boolean rightSurname = startsWithSurname(right);
                if (rightSurname && !leftSurname) {
                    leftName = false;
                } else if (leftSurname && !rightSurname) {
                    rightName = false;
                }
            }
            if (rightName && (!leftName || endsWithTitle(left) || left.length() > right.length())) {
                return new String[] {left, right};
            }
            if (leftName && right.length() >= 2) {
                return new String[] {right, left};
            }
            return null;
        }
        if (label.length() < 5 || hasSentenceWords(label)) {
            return null;
        }
        for (int nameLength = 3; nameLength >= 2; nameLength--) {
            int cut = label.length() - nameLength;
            String title = label.substring(0, cut);
            String name = label.substring(cut);
            if (title.length() >= 2 && endsWithTitle(title) && LabelNames.looksLikeName(name)
                    && !endsWithTitle(name)) {
                return new String[] {title, name};
            }
        }
        return null;
    }

    static boolean startsWithSurname(String s) {
        return !s.isEmpty() && SURNAMES.indexOf(s.charAt(0)) >= 0;
    }

    static boolean endsWithTitle(String s) {
        if (s.isEmpty() || TITLE_LAST_CHARS.indexOf(s.charAt(s.length() - 1)) < 0) {
            return false;
        }
        for (String e : TITLE_ENDINGS) {
            if (s.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** Words a sentence has and a title does not: 今天我們請到的是… is not a title. */
    private static boolean hasSentenceWords(String s) {
        return s.contains("的是") || s.contains("我們") || s.contains("我们") || s.contains("請到") || s.contains("请到")
                || s.contains("歡迎") || s.contains("欢迎") || s.startsWith("今天") || s.startsWith("下面");
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static int lastSpace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (LabelChars.isSpace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasSpace(String s) {
        return lastSpace(s) >= 0;
    }
}
