package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;

/**
 * Importing from a web address against real servers on 127.0.0.1: the JDK's HTTP server for
 * pages, redirects and errors, and a raw socket for what an HTTP server library will not do
 * (answer never, stop half-way, promise more bytes than it sends).
 */
class PageFetcherTest {

    /** For the servers that never answer: the test waits this long, so it is short. */
    private static final PageFetcher.Timeouts SHORT = new PageFetcher.Timeouts(Duration.ofMillis(500),
            Duration.ofMillis(400));
    /** For everything else: long enough that a loaded machine never trips it. */
    private static final PageFetcher.Timeouts GENEROUS = new PageFetcher.Timeouts(Duration.ofSeconds(20),
            Duration.ofSeconds(20));

    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void page(String path, int status, String contentType, byte[] body) {
        server.createContext(path, ex -> {
            hits.incrementAndGet();
            if (contentType != null) {
                ex.getResponseHeaders().set("Content-Type", contentType);
            }
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private void redirect(String path, String to) {
        server.createContext(path, ex -> {
            hits.incrementAndGet();
            ex.getResponseHeaders().set("Location", to);
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
    }

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(WebImportFixturesTest.folder().resolve(name));
    }

    @Test
    void aGbkPageWithoutACharsetHeaderImportsRightThroughTheHtmlPath() throws IOException {
        // declares gbk only in its <meta>, and the server names no charset
        page("/a/8-03.html", 200, "text/html", fixture("web-8-03.html"));
        PageFetcher.Page p = new PageFetcher(GENEROUS, ImportLimits.MAX_TEXT_BYTES).fetch(url("/a/8-03.html"), null);
        assertThat(p.charset()).isNull();
        ImportPreview preview = new StoryImporter().preview(p, ImportOptions.AUTO, ImportProgress.NONE);
        assertThat(preview.metadata().headline()).isEqualTo("县农业农村局局长谈春耕备耕");
        assertThat(preview.paragraphs()).extracting(Paragraph::text).contains("农户可以直接在手机上提交材料。");
        assertThat(preview.url()).isEqualTo(url("/a/8-03.html"));
    }

    @Test
    void aGbkPageWithNoCharsetAnywhereIsDetected() throws IOException {
        page("/b.html", 200, "text/html", fixture("web-9-03.html"));
        ImportPreview preview = new StoryImporter().preview(
                new PageFetcher(GENEROUS, ImportLimits.MAX_TEXT_BYTES).fetch(url("/b.html"), null), ImportOptions.AUTO,
                ImportProgress.NONE);
        assertThat(preview.metadata().headline()).isEqualTo("镇长谈美丽乡村建设");
        assertThat(preview.encoding()).map(Charset::name).hasValue("GB18030");
    }

    @Test
    void theHeaderCharsetWinsOverTheMetaTag() {
        String html = "<html><head><meta charset=\"utf-8\"><title>甲</title></head><body><h1>访谈标题</h1>"
                + "<p>主持人：你好。</p><p>嘉賓：你好，很高興來。</p></body></html>";
        page("/big5", 200, "text/html; charset=Big5", html.getBytes(Charset.forName("Big5")));
        ImportPreview preview = new StoryImporter().preview(
                new PageFetcher(GENEROUS, ImportLimits.MAX_TEXT_BYTES).fetch(url("/big5"), null), ImportOptions.AUTO,
                ImportProgress.NONE);
        assertThat(preview.encoding()).map(Charset::name).hasValue("Big5");
        assertThat(preview.paragraphs()).extracting(Paragraph::text).contains("你好，很高興來。");
    }

    @Test
    void redirectsAreFollowedUpToFive() throws IOException {
        page("/final.html", 200, "text/html; charset=utf-8", fixture("web-9-01.html"));
        for (int i = 1; i <= 5; i++) {
            redirect("/r" + i, i == 5 ? "/final.html" : "/r" + (i + 1));
        }
        PageFetcher.Page p = new PageFetcher(GENEROUS, ImportLimits.MAX_TEXT_BYTES).fetch(url("/r1"), null);
        assertThat(p.address()).isEqualTo(url("/final.html"));
        assertThat(p.requested()).isEqualTo(url("/r1"));
        assertThat(hits.get()).isEqualTo(6);
    }

    @Test
    void aSixthRedirectIsRefused() {
        for (int i = 1; i <= 6; i++) {
            redirect("/s" + i, "/s" + (i + 1));
        }
        page("/s7", 200, "text/html", "<p>never</p>".getBytes(StandardCharsets.UTF_8));
        assertProblem(url("/s1"), ImportException.Problem.REDIRECT_LOOP);
        assertThat(hits.get()).isEqualTo(6);
    }

    @Test
    void aRedirectLoopIsRefusedAtOnce() {
        redirect("/ping", "/pong");
        redirect("/pong", url("/ping"));
        assertProblem(url("/ping"), ImportException.Problem.REDIRECT_LOOP);
        assertThat(hits.get()).isEqualTo(2);
    }

    @Test
    void notFoundAndServerErrors() {
        page("/gone", 404, "text/html", "<p>没有</p>".getBytes(StandardCharsets.UTF_8));
        page("/broken", 500, "text/html", "<p>错误</p>".getBytes(StandardCharsets.UTF_8));
        page("/secret", 403, "text/html", new byte[0]);
        assertProblem(url("/gone"), ImportException.Problem.NOT_FOUND);
        assertProblem(url("/broken"), ImportException.Problem.SERVER_ERROR);
        assertProblem(url("/secret"), ImportException.Problem.SERVER_ERROR);
    }

    @Test
    void anImageIsNotAPage() {
        page("/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        ImportException e = assertProblem(url("/logo.png"), ImportException.Problem.NOT_HTML);
        assertThat(e.detail()).isEqualTo("image/png");
    }

    @Test
    void badAddressesAreRefusedBeforeAnyConnection() {
        assertProblem("ftp://example.org/page.html", ImportException.Problem.BAD_ADDRESS);
        assertProblem("file:///etc/passwd", ImportException.Problem.BAD_ADDRESS);
        assertProblem("http://", ImportException.Problem.BAD_ADDRESS);
        assertProblem("news.example.cn/talk.html", ImportException.Problem.BAD_ADDRESS);
        assertThat(PageFetcher.parse("https://例子.中国/访谈 实录.html").getRawPath()).doesNotContain(" ");
    }

    @Test
    void aPageLargerThanTheLimitIsRefusedByItsContentLength() {
        page("/big", 200, "text/html", new byte[4096]);
        assertThat(assertProblem(new PageFetcher(GENEROUS, 1024), url("/big"), ImportException.Problem.TOO_LARGE))
                .isNotNull();
    }

    @Test
    void aPageWithoutContentLengthIsCutOffAtTheLimitWhileReading() {
        // chunked: the server does not say how much is coming and sends far more than the limit
        server.createContext("/endless", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>主持人：好。</p>\n".repeat(200).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 10_000; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up once it had read past the limit: expected
            }
        });
        assertProblem(new PageFetcher(GENEROUS, 64 * 1024), url("/endless"), ImportException.Problem.TOO_LARGE);
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws IOException {
        try (RawServer raw = new RawServer(socket -> release.await(30, TimeUnit.SECONDS))) {
            assertProblem(new PageFetcher(SHORT, 1024), raw.url(), ImportException.Problem.TIMEOUT);
        }
    }

    @Test
    void aServerThatStopsHalfWayTimesOut() throws IOException {
        try (RawServer raw = new RawServer(socket -> {
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<p>主持人：")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            release.await(30, TimeUnit.SECONDS);
        })) {
            assertProblem(new PageFetcher(SHORT, 1024 * 1024), raw.url(), ImportException.Problem.TIMEOUT);
        }
    }

    @Test
    void aContentLengthThatPromisesMoreThanComesIsABrokenConnection() throws IOException {
        try (RawServer raw = new RawServer(socket -> {
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n"
                    + "<p>主持人：你好。</p>").getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.close();
        })) {
            assertProblem(raw.url(), ImportException.Problem.UNREACHABLE);
        }
    }

    @Test
    void aContentLengthSmallerThanTheBodyGivesOnlyWhatItPromised() throws IOException {
        try (RawServer raw = new RawServer(socket -> {
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 6\r\n"
                    + "Connection: close\r\n\r\n主持人：还有很多很多字").getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.close();
        })) {
            PageFetcher.Page p = new PageFetcher(GENEROUS, 1024).fetch(raw.url(), null);
            assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).isEqualTo("主持");
        }
    }

    @Test
    void nobodyListeningIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertProblem("http://127.0.0.1:" + port + "/x", ImportException.Problem.UNREACHABLE);
    }

    @Test
    void cancellingStopsTheRead() throws IOException {
        try (RawServer raw = new RawServer(socket -> release.await(30, TimeUnit.SECONDS))) {
            ImportProgress cancelled = new ImportProgress() {
                @Override
                public void update(long done, long total) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> new PageFetcher(new PageFetcher.Timeouts(Duration.ofSeconds(20),
                    Duration.ofSeconds(20)), 1024).fetch(raw.url(), cancelled))
                    .isInstanceOfSatisfying(ImportException.class,
                            e -> assertThat(e.problem()).isEqualTo(ImportException.Problem.CANCELLED));
        }
    }

    @Test
    void everyProblemIsWordedInEveryLanguageWithTheAddress() {
        for (String lang : new String[] {"en", "zh-CN", "zh-TW"}) {
            Messages messages = Messages.forTag(lang);
            for (ImportException.Problem problem : new ImportException.Problem[] {ImportException.Problem.BAD_ADDRESS,
                ImportException.Problem.NOT_FOUND, ImportException.Problem.SERVER_ERROR, ImportException.Problem.TIMEOUT,
                ImportException.Problem.REDIRECT_LOOP, ImportException.Problem.NOT_HTML,
                ImportException.Problem.UNREACHABLE}) {
                String text = ImportErrorText.describe(
                        ImportException.atAddress(problem, "http://news.example.cn/a.html", "HTTP 500", null), messages);
                assertThat(text).as(lang + " " + problem).startsWith("http://news.example.cn/a.html")
                        .contains("HTTP 500").doesNotContain("{");
            }
        }
    }

    private ImportException assertProblem(String address, ImportException.Problem expected) {
        return assertProblem(new PageFetcher(GENEROUS, ImportLimits.MAX_TEXT_BYTES), address, expected);
    }

    private static ImportException assertProblem(PageFetcher fetcher, String address, ImportException.Problem expected) {
        ImportException[] caught = new ImportException[1];
        assertThatThrownBy(() -> fetcher.fetch(address, null)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.problem()).as(e.getMessage()).isEqualTo(expected);
            assertThat(e.address()).isNotNull();
            caught[0] = e;
        });
        return caught[0];
    }

    /** A server on a raw socket that reads the request head and then does what it is told. */
    static final class RawServer implements AutoCloseable {
        interface Behaviour {
            void serve(Socket socket) throws Exception;
        }

        private final ServerSocket socket;
        private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "raw-server");
            t.setDaemon(true);
            return t;
        });

        RawServer(Behaviour behaviour) throws IOException {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            threads.submit(() -> {
                while (!socket.isClosed()) {
                    Socket s;
                    try {
                        s = socket.accept();
                    } catch (IOException e) {
                        return;
                    }
                    threads.submit(() -> {
                        try (s) {
                            readHead(s.getInputStream());
                            behaviour.serve(s);
                        } catch (Exception e) {
                            // the client went away: nothing to do
                        }
                    });
                }
            });
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/page.html";
        }

        private static void readHead(InputStream in) throws IOException {
            int state = 0;
            while (state < 4) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3))
                        ? state + 1 : 0;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            threads.shutdownNow();
        }
    }
}
