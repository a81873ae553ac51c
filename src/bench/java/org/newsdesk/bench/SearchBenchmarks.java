package org.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.search.SearchIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The search index against plain Lucene on the same index, built the same way (by
 * {@link SearchIndex#rebuild}) from {@code stories} synthetic stories of about 100
 * characters each (100,000 stories ≈ 10M characters is the target size).
 *
 * <p>Each benchmark runs in its own fork and the trial setup builds only the side it
 * needs: methods ending in {@code Lucene} are baselines that open the committed index with a
 * plain {@link IndexSearcher} or {@link IndexWriter} (with the index's own analyzer, so the
 * query 創新 finds the folded bigram the index holds, as ours does). Search is measured in sample mode, so JMH's output also
 * lists the p95 of one query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmarks {

    /** 100,000 is the target; a smaller size may be given with -p stories=N for a quick look. */
    @Param({"100000"})
    public int stories;

    private static final String QUERY = "創新";
    private static final long SEED = 20_240_612L;

    private Path folder;
    private SearchIndex index;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private IndexWriter rawWriter;
    private Query rawQuery;

    // the paragraph edit: one long interview whose middle paragraph alternates between two texts
    private Story editA;
    private Story editB;
    private boolean nextIsB;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws IOException {
        folder = Files.createTempDirectory("newsdesk-search-bench");
        InterviewText text = new InterviewText(SEED);
        List<Story> all = new ArrayList<>(stories);
        for (int i = 0; i < stories; i++) {
            all.add(story(new UUID(SEED, i), text.sentence(16), List.of(Paragraph.narration(text.sentence(84)))));
        }
        UUID edited = new UUID(SEED, stories / 2);
        List<Paragraph> interview = text.paragraphs(300);
        editA = story(edited, "科技創新與城市發展", interview);
        List<Paragraph> changed = new ArrayList<>(interview);
        Paragraph middle = interview.get(150);
        changed.set(150, new Paragraph(middle.id(), middle.speakerKey(), List.of(
                org.newsdesk.model.Span.plain(middle.text() + "我們會繼續推動。"))));
        editB = story(edited, "科技創新與城市發展", changed);

        try (SearchIndex building = SearchIndex.open(folder)) {
            building.rebuild(all);
        }
        if (params.getBenchmark().endsWith("Lucene")) {
            FSDirectory dir = FSDirectory.open(folder);
            if (params.getBenchmark().contains("update")) {
                rawWriter = new IndexWriter(dir, new IndexWriterConfig(SearchIndex.analyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false));
            } else {
                reader = DirectoryReader.open(dir);
                searcher = new IndexSearcher(reader);
                rawQuery = ScaleInProcess.rawQuery(QUERY);
            }
        } else {
            index = SearchIndex.open(folder);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (index != null) {
            index.close();
        }
        if (reader != null) {
            reader.close();
        }
        if (rawWriter != null) {
            rawWriter.rollback();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ------------------------------------------------- a two-character query, first page

    /** What the search box does: parse, search, load and highlight the first page of 20. */
    @Benchmark
    public void searchTwoCharactersOurs(Blackhole bh) {
        bh.consume(index.search(QUERY, 0, SearchIndex.DEFAULT_PAGE_SIZE));
    }

    /** The same bigram phrase over the same three fields, top 20 and their stored fields, by plain Lucene. */
    @Benchmark
    public void searchTwoCharactersLucene(Blackhole bh) throws IOException {
        TopDocs top = searcher.search(rawQuery, SearchIndex.DEFAULT_PAGE_SIZE);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc d : top.scoreDocs) {
            bh.consume(stored.document(d.doc, PAGE_FIELDS));
        }
        bh.consume(top);
    }

    private static final Set<String> PAGE_FIELDS = Set.of("id", "headline", "meta", "body");

    // ------------------------------------------------- index a story after a paragraph edit

    /** What the background indexer does after an autosave: re-index the story, no commit. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public void updateAfterEditOurs() {
        index.update(nextIsB ? editB : editA);
        nextIsB = !nextIsB;
    }

    /** The same document built by hand and handed to IndexWriter.updateDocument, no commit. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public void updateAfterEditLucene() throws IOException {
        Story s = nextIsB ? editB : editA;
        nextIsB = !nextIsB;
        rawWriter.updateDocument(new Term("id", s.id().toString()), rawDocument(s));
    }

    // ------------------------------------------------- fixture

    private static Story story(UUID id, String headline, List<Paragraph> paragraphs) {
        return new Story(id, "s", Status.DRAFT, Metadata.withHeadline(headline), List.of(), paragraphs, 0, 1,
                Instant.EPOCH, Instant.EPOCH);
    }

    /** The index's document shape, written out: id, version, and each text field twice. */
    private static Document rawDocument(Story s) {
        Document doc = new Document();
        doc.add(new StringField("id", s.id().toString(), Field.Store.YES));
        doc.add(new SortedDocValuesField("id", new BytesRef(s.id().toString())));
        doc.add(new StoredField("version", s.version()));
        doc.add(new NumericDocValuesField("version", s.version()));
        StringBuilder body = new StringBuilder();
        for (Paragraph p : s.paragraphs()) {
            if (body.length() > 0) {
                body.append('\n');
            }
            body.append(p.text());
        }
        Map<String, String> fields = Map.of("headline", s.metadata().headline(), "meta", "", "body", body.toString());
        fields.forEach((name, value) -> {
            doc.add(new TextField(name, value, Field.Store.YES));
            doc.add(new TextField(name + "1", value, Field.Store.NO));
        });
        return doc;
    }
}
