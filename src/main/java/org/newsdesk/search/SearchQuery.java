package org.newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query as typed in the search box, made of units that must all occur: each run of Chinese
 * characters is a unit (matched as an exact substring; a single character by itself), each
 * Latin word or number is a unit. No query syntax, so nothing a user types is an error.
 */
final class SearchQuery {

    /** One thing that must occur: a run of CJK characters or a word, folded as the index folds it. */
    record Unit(String text, boolean cjk) {
    }

    private static final String IDEOGRAPHIC = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
    private static final String HIRAGANA = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA];

    private final List<Unit> units;

    private SearchQuery(List<Unit> units) {
        this.units = List.copyOf(units);
    }

    static SearchQuery parse(String typed, Analyzer unigrams) {
        List<Unit> units = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return new SearchQuery(units);
        }
        try (TokenStream ts = unigrams.tokenStream("q", typed)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            StringBuilder run = new StringBuilder();
            int runEnd = -1;
            while (ts.incrementToken()) {
                boolean cjk = IDEOGRAPHIC.equals(type.type()) || HIRAGANA.equals(type.type());
                if (cjk && run.length() > 0 && offset.startOffset() == runEnd) {
                    run.append(term);
                } else {
                    flush(units, run);
                    if (cjk) {
                        run.append(term);
                    } else {
                        units.add(new Unit(term.toString(), false));
                    }
                }
                runEnd = cjk ? offset.endOffset() : -1;
            }
            flush(units, run);
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SearchQuery(units);
    }

    private static void flush(List<Unit> units, StringBuilder run) {
        if (run.length() > 0) {
            units.add(new Unit(run.toString(), true));
            run.setLength(0);
        }
    }

    boolean isEmpty() {
        return units.isEmpty();
    }

    List<Unit> units() {
        return units;
    }

    /**
     * Every unit must match in at least one field; the best field counts (headline highest).
     * Only the best field counts (no tie-breaker): then Lucene can skip documents that cannot
     * reach the first page once it has counted {@link org.apache.lucene.search.IndexSearcher}'s
     * 1,000 hits, instead of scoring every match (a two-character query matching nearly all of
     * 20,000 stories scored each; its total is then "at least 1,000").
     */
    Query toLucene() {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Unit u : units) {
            List<Query> perField = new ArrayList<>(SearchField.values().length);
            for (SearchField f : SearchField.values()) {
                perField.add(new BoostQuery(unitQuery(u, f), f.boost));
            }
            all.add(new DisjunctionMaxQuery(perField, 0f), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    static Query unitQuery(Unit u, SearchField f) {
        String t = u.text();
        if (!u.cjk()) {
            return new TermQuery(new Term(f.bigramField, t));
        }
        int n = t.codePointCount(0, t.length());
        if (n == 1) {
            return new TermQuery(new Term(f.unigramField, t));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int position = 0;
        for (int i = 0; i < t.length(); ) {
            int first = Character.charCount(t.codePointAt(i));
            if (i + first >= t.length()) {
                break;
            }
            int second = Character.charCount(t.codePointAt(i + first));
            phrase.add(new Term(f.bigramField, t.substring(i, i + first + second)), position++);
            i += first;
        }
        return phrase.build();
    }
}
