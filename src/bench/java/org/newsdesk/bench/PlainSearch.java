package org.newsdesk.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor for {@code newsdesk search} as a whole process: plain Lucene on the same index
 * folder, a two-character query analyzed by the index's own analyzer (so 創新 becomes the
 * folded bigram the index holds) as a phrase in the three text fields, the first page's ids and
 * headlines printed.
 *
 * <pre>PlainSearch INDEX_FOLDER TWO_CHARACTERS</pre>
 */
public final class PlainSearch {

    private PlainSearch() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        try (FSDirectory dir = FSDirectory.open(Path.of(args[0])); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = searcher.search(ScaleInProcess.rawQuery(args[1]), 20);
            for (ScoreDoc d : top.scoreDocs) {
                Document doc = searcher.storedFields().document(d.doc, Set.of("id", "headline"));
                out.println(doc.get("id") + "  " + doc.get("headline"));
            }
        }
        out.flush();
    }
}
