package org.newsdesk.export.script;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import com.github.houbb.opencc4j.support.datamap.IDataMap;
import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Simplified ↔ Traditional conversion: opencc4j's OpenCC dictionaries with the
 * project's phrase lists merged in front ({@link ConversionLists}).
 *
 * <p>The override phrases go into the same longest-match segmentation as the library's
 * phrases instead of a separate pass before it: a separate pass would turn 若干事项 into
 * 若幹事項 by matching an override 干事 inside 若干, which the library gets right. Merged,
 * an override wins wherever it is the longest match, and ties go to the override.
 *
 * <p>Segmentation is ours ({@link LongestMatchSegment}): the longest phrase that does not
 * cut through a word ({@link WordSegmenter}, HanLP by default); the library converts each segment.
 * Engines are built on first use (building one indexes ~50,000 phrases) and are then
 * safe to share between threads.
 */
public final class ScriptConverter {

    private final ConversionLists lists;
    private final WordSegmenter words;
    private final Map<Character, Character> variants;
    private volatile ZhConvertBootstrap hantCharacters;
    private volatile ZhConvertBootstrap hantTaiwan;
    private volatile ZhConvertBootstrap hans;

    public ScriptConverter(ConversionLists lists) {
        this(lists, new HanlpWordSegmenter());
    }

    /** With another segmenter ({@link WordSegmenter#NONE} converts as the bare library segments). */
    public ScriptConverter(ConversionLists lists, WordSegmenter words) {
        this.lists = lists;
        this.words = words;
        this.variants = characterMap(lists.variants());
    }

    /** With the shipped lists only. */
    public static ScriptConverter standard() {
        return new ScriptConverter(ConversionLists.shipped());
    }

    public ConversionLists lists() {
        return lists;
    }

    /** Characters only: the conversion a transcript gets. */
    public String convert(String text, Script target) {
        return convert(text, target, Wording.CHARACTERS);
    }

    /** {@link Script#HANT_HK} always gives Hong Kong's forms, characters only, whatever {@code wording} says. */
    public String convert(String text, Script target, Wording wording) {
        return convert(text, target, wording, Set.of());
    }

    /**
     * Characters only, knowing the story's people: a name among {@code people} that starts with
     * the surname 于 keeps its 于 in Traditional text wherever it appears (于文华 → 于文華).
     */
    public String convert(String text, Script target, Set<String> people) {
        return convert(text, target, Wording.CHARACTERS, people);
    }

    private String convert(String text, Script target, Wording wording, Set<String> people) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (target == Script.HANS) {
            return hans().toSimple(text);
        }
        if (wording == Wording.HONG_KONG || target == Script.HANT_HK) {
            return SurnameYu.keep(text, HongKongForms.apply(hantCharacters().toTraditional(text)), people);
        }
        if (wording == Wording.TAIWAN_PHRASES) {
            return SurnameYu.keep(text, applyVariants(hantTaiwan().toTraditional(text)), people);
        }
        return SurnameYu.keep(text, applyVariants(hantCharacters().toTraditional(text)), people);
    }

    /** The people's names starting with the surname 于 that {@code text} shows by their context (记者于文华). */
    public Set<String> surnameYuNames(String text) {
        return text == null || text.indexOf('于') < 0 ? Set.of() : SurnameYu.names(text);
    }

    private String applyVariants(String text) {
        if (variants.isEmpty()) {
            return text;
        }
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            Character replacement = variants.get(text.charAt(i));
            if (replacement != null) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = replacement;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private ZhConvertBootstrap hantCharacters() {
        ZhConvertBootstrap engine = hantCharacters;
        if (engine == null) {
            synchronized (this) {
                if (hantCharacters == null) {
                    IDataMap base = DataMaps.defaults();
                    Map<String, List<String>> phrases = new HashMap<>(base.stPhrase().size() * 2);
                    base.stPhrase().forEach((k, v) -> {
                        if (!v.isEmpty() && swapsCharactersOnly(k, v.get(0), base.stChar())) {
                            phrases.put(k, v);
                        }
                    });
                    lists.toTraditional().entries().forEach((k, v) -> {
                        if (swapsCharactersOnly(k, v, base.stChar())) {
                            phrases.put(k, List.of(v));
                        }
                    });
                    hantCharacters = engine(new MergedDataMap(base, phrases, base.tsPhrase()),
                            kinds(phrases, base.stChar(), lists.toTraditional()), UnaryOperator.identity());
                }
                engine = hantCharacters;
            }
        }
        return engine;
    }

    private ZhConvertBootstrap hantTaiwan() {
        ZhConvertBootstrap engine = hantTaiwan;
        if (engine == null) {
            synchronized (this) {
                if (hantTaiwan == null) {
                    IDataMap base = DataMaps.taiwan();
                    Map<String, List<String>> phrases = new HashMap<>(base.stPhrase());
                    lists.toTraditional().entries().forEach((k, v) -> phrases.put(k, List.of(v)));
                    hantTaiwan = engine(new MergedDataMap(base, phrases, base.tsPhrase()),
                            kinds(phrases, base.stChar(), lists.toTraditional()), UnaryOperator.identity());
                }
                engine = hantTaiwan;
            }
        }
        return engine;
    }

    private ZhConvertBootstrap hans() {
        ZhConvertBootstrap engine = hans;
        if (engine == null) {
            synchronized (this) {
                if (hans == null) {
                    IDataMap base = DataMaps.defaults();
                    Map<String, List<String>> phrases = new HashMap<>(base.tsPhrase());
                    lists.toSimplified().entries().forEach((k, v) -> phrases.put(k, List.of(v)));
                    // the segmenter reads Simplified: it is shown the clause converted character by character
                    hans = engine(new MergedDataMap(base, base.stPhrase(), phrases),
                            kinds(phrases, base.tsChar(), lists.toSimplified()), t -> byCharacter(t, base.tsChar()));
                }
                engine = hans;
            }
        }
        return engine;
    }

    /** An engine that segments by {@code phrases} (the direction's phrase keys) and converts with {@code data}. */
    private ZhConvertBootstrap engine(IDataMap data, Map<String, LongestMatchSegment.Kind> phrases,
                                      UnaryOperator<String> forSegmenter) {
        return ZhConvertBootstrap.newInstance(new LongestMatchSegment(phrases, words, forSegmenter)).dataMap(data).init();
    }

    /** Each phrase's kind: an override, one that converts unlike its characters, or a plain one. */
    private Map<String, LongestMatchSegment.Kind> kinds(Map<String, List<String>> phrases,
                                                        Map<String, List<String>> characters, PhraseList overrides) {
        Map<String, LongestMatchSegment.Kind> kinds = new HashMap<>(phrases.size() * 2);
        phrases.forEach((k, v) -> {
            LongestMatchSegment.Kind kind;
            if (overrides.entries().containsKey(k)) {
                kind = LongestMatchSegment.Kind.OVERRIDE;
            } else if (v.isEmpty() || applyVariants(v.get(0)).equals(applyVariants(byCharacter(k, characters)))) {
                kind = LongestMatchSegment.Kind.PLAIN;
            } else {
                kind = LongestMatchSegment.Kind.DECIDING;
            }
            kinds.put(k, kind);
        });
        return kinds;
    }

    /** {@code text} with each character replaced by its first form in {@code characters}, as the library does. */
    private static String byCharacter(String text, Map<String, List<String>> characters) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            List<String> forms = characters.get(ch);
            String form = forms == null || forms.isEmpty() ? ch : forms.get(0);
            // keep lengths equal so that word edges found in the result line up with the text
            sb.append(form.length() == ch.length() ? form : ch);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * True when {@code to} is {@code from} with each character replaced by one of its own
     * Traditional forms (or a newsroom variant of one): a phrase that picks characters.
     * Anything else rewords, even at the same length (信息 → 資訊), and is left out of
     * characters-only conversion.
     */
    private boolean swapsCharactersOnly(String from, String to, Map<String, List<String>> characters) {
        if (from.codePointCount(0, from.length()) != to.codePointCount(0, to.length())) {
            return false;
        }
        int i = 0;
        int j = 0;
        while (i < from.length()) {
            int a = from.codePointAt(i);
            int b = to.codePointAt(j);
            i += Character.charCount(a);
            j += Character.charCount(b);
            if (a == b) {
                continue;
            }
            List<String> forms = characters.get(new String(Character.toChars(a)));
            if (forms == null || !isFormOrVariant(forms, b)) {
                return false;
            }
        }
        return true;
    }

    private boolean isFormOrVariant(List<String> forms, int b) {
        for (String form : forms) {
            if (form.codePointAt(0) == b) {
                return true;
            }
            Character variant = form.length() == 1 ? variants.get(form.charAt(0)) : null;
            if (variant != null && variant == b) {
                return true;
            }
        }
        return false;
    }

    private static Map<Character, Character> characterMap(PhraseList list) {
        Map<Character, Character> out = new HashMap<>();
        list.entries().forEach((from, to) -> {
            if (from.length() == 1 && to.length() == 1) {
                out.put(from.charAt(0), to.charAt(0));
            }
        });
        return Map.copyOf(out);
    }

    /** The library's data with our phrase maps in place of its own. */
    private record MergedDataMap(IDataMap base, Map<String, List<String>> stPhrase,
                                 Map<String, List<String>> tsPhrase) implements IDataMap {
        @Override
        public Map<String, List<String>> tsChar() {
            return base.tsChar();
        }

        @Override
        public Map<String, List<String>> stChar() {
            return base.stChar();
        }

        @Override
        public Set<String> tChars() {
            return base.tChars();
        }

        @Override
        public Set<String> sChars() {
            return base.sChars();
        }
    }
}
