package org.newsdesk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine;
import org.newsdesk.app.Workspace;

/**
 * A child JVM (see {@code ImportMemoryTest}) that writes one generated source file, imports it
 * with the command line into a real data folder, then prints the story with {@code show}.
 * Prints {@code KEY value} lines: times, the heap pools' peak use, the sizes of the file, the
 * text and the store.
 */
public final class ImportMemoryProbe {

    private ImportMemoryProbe() {
    }

    /** Kinds of generated file. */
    public enum Kind {
        /** 1,000,000 very short labelled lines, two speakers alternating. */
        SHORT_LINES,
        /** The whole file is one line: no newline at all. */
        SINGLE_LINE,
        /** A normal transcript: host questions, long guest answers. */
        TRANSCRIPT
    }

    public static void main(String[] args) throws Exception {
        Kind kind = Kind.valueOf(args[0]);
        long bytes = Long.parseLong(args[1]);
        Path dataDir = Path.of(args[2]);
        Path file = Path.of(args[3]);
        write(kind, bytes, file);
        System.out.println("FILE_BYTES " + Files.size(file));

        long t0 = System.nanoTime();
        String id = run("--data-dir", dataDir.toString(), "--lang", "en", "import", file.toString()).trim();
        long t1 = System.nanoTime();
        System.out.println("IMPORT_MS " + (t1 - t0) / 1_000_000);
        System.out.println("IMPORT_PEAK_MB " + peakHeapMb());
        System.out.println("STORY " + id);
        resetPeaks();
        System.gc();

        CountingWriter shown = new CountingWriter();
        long t2 = System.nanoTime();
        int exit = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, f) -> {
            throw new IllegalStateException("no window");
        }).setOut(new PrintWriter(shown)).execute("--data-dir", dataDir.toString(), "--lang", "en", "show", id);
        long t3 = System.nanoTime();
        System.out.println("SHOW_EXIT " + exit);
        System.out.println("SHOW_MS " + (t3 - t2) / 1_000_000);
        System.out.println("SHOW_PEAK_MB " + peakHeapMb());
        System.out.println("SHOWN_CHARS " + shown.chars);
        System.out.println("SHOWN_LINES " + shown.lines);
        System.out.println("STORE_BYTES " + folderSize(dataDir));
        System.out.println("DONE");
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, f) -> {
            throw new IllegalStateException("no window");
        });
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        if (exit != 0) {
            System.out.println("IMPORT_EXIT " + exit + " " + err.toString().replace('\n', ' '));
            System.exit(3);
        }
        return out.toString();
    }

    /** Writes about {@code bytes} bytes of UTF-8 of the given kind. */
    static void write(Kind kind, long bytes, Path file) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(raw, StandardCharsets.UTF_8),
                     1 << 16)) {
            long written = 0;
            int n = 0;
            switch (kind) {
                case SHORT_LINES -> {
                    String[] lines = {"甲：嗯\n", "乙：好\n", "甲：对\n", "乙：是\n"};
                    while (written < bytes) {
                        String line = lines[n++ % lines.length];
                        out.write(line);
                        written += line.getBytes(StandardCharsets.UTF_8).length;
                    }
                }
                case SINGLE_LINE -> {
                    String[] parts = {"主持人：今天我们谈一谈城市里的公园和绿地。", "嘉宾：好的，这些年新建了许多口袋公园，",
                        "居民下楼走几步就能散步，", "老人和孩子都很喜欢。"};
                    while (written < bytes) {
                        String part = parts[n++ % parts.length];
                        out.write(part);
                        written += part.getBytes(StandardCharsets.UTF_8).length;
                    }
                }
                case TRANSCRIPT -> {
                    out.write("绿地访谈实录\n\n");
                    while (written < bytes) {
                        String q = "主持人：请您谈谈第" + n + "个街区的绿地是怎样规划的？\n";
                        StringBuilder a = new StringBuilder("嘉宾：");
                        for (int s = 0; s < 6; s++) {
                            a.append("我们先听取居民的意见，再请设计师画出几种方案，大家投票选出最合适的一种，第")
                                    .append(n).append("个街区也是这样做的。");
                        }
                        a.append('\n');
                        out.write(q);
                        out.write(a.toString());
                        written += q.getBytes(StandardCharsets.UTF_8).length
                                + a.toString().getBytes(StandardCharsets.UTF_8).length;
                        n++;
                    }
                }
                default -> throw new IllegalArgumentException(kind.name());
            }
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long folderSize(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    /** Counts what {@code show} prints without keeping it. */
    private static final class CountingWriter extends Writer {
        long chars;
        long lines;

        @Override
        public void write(char[] buf, int off, int len) {
            chars += len;
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
