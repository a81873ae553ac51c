package org.newsdesk.export.script;

/**
 * Splits a run of Chinese text into words, so that a phrase conversion is applied only
 * where its phrase begins and ends on word edges (采取/了/如下 never reads as 了如).
 */
public interface WordSegmenter {

    /**
     * The lengths in UTF-16 units of the words of {@code text}, in order. They add up to
     * {@code text.length()}; a segmenter that cannot say returns {@code null}, and every
     * phrase is then taken as the dictionary finds it.
     */
    int[] wordLengths(String text);

    /** No segmentation: phrases are taken as the dictionary finds them (the library's behaviour). */
    WordSegmenter NONE = text -> null;
}
