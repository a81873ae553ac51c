package org.newsdesk.export.script;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * Words by HanLP's Viterbi segmenter over its core dictionary (the portable build, data on
 * the class path, nothing written to disk). Name, place and organisation recognition are
 * off: they only merge words, which cannot move a boundary that matters for picking a
 * character, and they cost time. The dictionaries load once per process (about a second).
 */
public final class HanlpWordSegmenter implements WordSegmenter {

    private static final class Holder {
        static final Segment SEGMENT = HanLP.newSegment()
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false);
    }

    @Override
    public int[] wordLengths(String text) {
        List<Term> terms = Holder.SEGMENT.seg(text);
        int[] lengths = new int[terms.size()];
        int total = 0;
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = terms.get(i).word.length();
            total += lengths[i];
        }
        // HanLP never rewrites text unless told to normalise; if it ever did, do not guess
        return total == text.length() ? lengths : null;
    }
}
