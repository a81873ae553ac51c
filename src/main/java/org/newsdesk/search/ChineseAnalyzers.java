package org.newsdesk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two ways text is indexed. The standard tokenizer cuts Chinese into single characters
 * and Latin text into words; full-width letters and digits are folded to ASCII and all is
 * lower-cased. The bigram analyzer then pairs neighbouring CJK characters (創業 → 創業; 大眾創業 →
 * 大眾, 眾創, 創業), so a phrase of bigrams finds an exact substring quickly; the unigram analyzer
 * keeps single characters, which is what a one-character query (創) needs: a character at the
 * end of a run appears in no bigram of its own. No stop words: "IT" is a channel.
 *
 * <p>Both fold Traditional characters to Simplified before pairing ({@link ScriptFoldingFilter}),
 * at index and at query time alike, so 专员 finds 專員 and 專員 finds 专员.
 */
final class ChineseAnalyzers {

    private ChineseAnalyzers() {
    }

    static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new CJKWidthFilter(source);
                result = new LowerCaseFilter(result);
                result = new ScriptFoldingFilter(result);
                result = new CJKBigramFilter(result, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ScriptFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
            }
        };
    }

    static Analyzer unigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ScriptFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(source)));
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ScriptFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
            }
        };
    }
}
