package org.newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.Bits;

/** What {@link SearchIndex} reads from a searcher it acquired: a page of hits, the indexed versions. */
final class IndexReading {

    private static final Set<String> SHOWN = Set.of(StoryDocuments.ID, SearchField.HEADLINE.bigramField,
            SearchField.METADATA.bigramField, SearchField.TRANSCRIPT.bigramField);

    private IndexReading() {
    }

    /** Page {@code page} (from 0) of the stories matching {@code query}, highlighted. */
    static SearchPage page(IndexSearcher searcher, String typed, SearchQuery query, int page, int pageSize) {
        Highlighter highlighter = new Highlighter(query.units());
        try {
            TopDocs top = searcher.search(query.toLucene(), Math.multiplyExact(page + 1, pageSize));
            List<SearchHit> hits = new ArrayList<>(pageSize);
            StoredFields stored = searcher.storedFields();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = page * pageSize; i < docs.length; i++) {
                Document d = stored.document(docs[i].doc, SHOWN);
                hits.add(hit(d, docs[i].score, highlighter));
            }
            return new SearchPage(typed, page, pageSize, top.totalHits.value,
                    top.totalHits.relation == TotalHits.Relation.EQUAL_TO, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchHit hit(Document d, float score, Highlighter highlighter) {
        String headline = d.get(SearchField.HEADLINE.bigramField);
        List<Highlight> highlights = new ArrayList<>();
        Highlight h = highlighter.whole(SearchField.HEADLINE, headline);
        if (h != null) {
            highlights.add(h);
        }
        highlights.addAll(highlighter.pieces(SearchField.METADATA, d.get(SearchField.METADATA.bigramField), 2));
        highlights.addAll(highlighter.pieces(SearchField.TRANSCRIPT, d.get(SearchField.TRANSCRIPT.bigramField), 3));
        return new SearchHit(UUID.fromString(d.get(StoryDocuments.ID)), headline, score, highlights);
    }

    /** The version of every live story document. */
    static Map<UUID, Long> versions(IndexSearcher searcher) {
        Map<UUID, Long> out = new HashMap<>();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                SortedDocValues ids = reader.getSortedDocValues(StoryDocuments.ID);
                NumericDocValues versions = reader.getNumericDocValues(StoryDocuments.VERSION);
                if (ids == null || versions == null) {
                    continue;
                }
                Bits live = reader.getLiveDocs();
                for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if ((live == null || live.get(doc)) && versions.advanceExact(doc)) {
                        out.put(UUID.fromString(ids.lookupOrd(ids.ordValue()).utf8ToString()), versions.longValue());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
