package org.newsdesk.export.script;

/**
 * How far a conversion may go beyond swapping characters.
 */
public enum Wording {
    /**
     * Only the characters change, never the words: every code point maps to one code
     * point, so quoted speech keeps its wording (信息 stays 信息 in Traditional script).
     * Phrases are still used, but only to pick the right character (干事 → 幹事, 干燥 → 乾燥).
     */
    CHARACTERS,
    /**
     * Traditional with Taiwan's vocabulary as well (信息 → 資訊, 软件 → 軟體). Rewords
     * text, so never used for a transcript; offered for plain text conversion only.
     */
    TAIWAN_PHRASES,
    /**
     * Characters only, as {@link #CHARACTERS}, in Hong Kong's standard forms (OpenCC's HK
     * variants: 説, 户, 温, 衞, 着 for the particle, 裏) instead of Taiwan's (說, 戶, 溫, 衛, 著, 裡).
     */
    HONG_KONG
}
