package org.newsdesk.newsroom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerLibrary;

/**
 * A workstation in a test: its own data folder and store, reaching the server through its own
 * {@link TcpProxy} (or directly when none). Each sync opens a fresh connection, as a workstation
 * coming back online would.
 */
final class Station implements AutoCloseable {

    final String name;
    final Store store;
    final TcpProxy proxy;
    private final String url;

    Station(Path folders, String name, String url, TcpProxy proxy) {
        this.name = name;
        this.store = TestStores.fresh(folders.resolve(name));
        store.newsroom().bodies().keepAll(true); // merging whole stories: every body kept offline (bodies on demand: NewsroomBodiesTest)
        this.url = url;
        this.proxy = proxy;
    }

    SyncReport sync() {
        try (ServerLibrary server = ServerLibrary.connect(proxy == null ? url : proxy.via(url), null, null)) {
            return new NewsroomSync(store, server, name).syncOnce();
        }
    }

    Story story(UUID id) {
        return store.stories().get(id);
    }

    void edit(UUID id, int index, String text) {
        Story s = story(id);
        List<Paragraph> now = new ArrayList<>(s.paragraphs());
        Paragraph p = now.get(index);
        now.set(index, new Paragraph(p.id(), p.speakerKey(), List.of(Span.plain(text)), p.start()));
        store.stories().applyEdit(id, s.version(), TranscriptEdit.between(s.paragraphs(), now));
    }

    void insert(UUID id, int index, Paragraph p) {
        Story s = story(id);
        List<Paragraph> now = new ArrayList<>(s.paragraphs());
        now.add(index, p);
        store.stories().applyEdit(id, s.version(), TranscriptEdit.between(s.paragraphs(), now));
    }

    List<String> texts(UUID id) {
        return story(id).paragraphs().stream().map(Paragraph::text).toList();
    }

    @Override
    public void close() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        store.close();
    }
}
