package org.newsdesk.export.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.newsdesk.export.DocxExporter;
import org.newsdesk.export.LabelStyle;
import org.newsdesk.export.script.ConversionLists;
import org.newsdesk.export.script.ScriptConverter;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

/** A small interview written for these tests, and ways to edit its review document as a guest's office would. */
public final class ReviewFixtures {

    private ReviewFixtures() {
    }

    public static Story interview() {
        Metadata m = new Metadata("科技局长谈创新", "政务访谈", "访谈实录", "", "本网", List.of("张三"), "王编辑",
                null, null, List.of(), List.of(), null, "", null);
        List<Speaker> roster = List.of(new Speaker("host", "主持人", "李主持", "", SpeakerRole.HOST),
                new Speaker("guest", "陈局长", "陈明", "市科技局局长", SpeakerRole.GUEST));
        List<Paragraph> paragraphs = List.of(
                new Paragraph("p1", "host", List.of(Span.plain("各位网友大家好，欢迎来到今天的访谈。"))),
                new Paragraph("p2", "guest", List.of(Span.plain("谢谢主持人，很高兴和大家交流。"))),
                new Paragraph("p3", "guest", List.of(Span.plain("今年我们重点推进三项工作，"),
                        Span.styled("第一项听不清", SpanStyle.UNCERTAIN), Span.plain("，第二是人才引进。"),
                        Span.styled("核对数字", SpanStyle.NOTE))),
                new Paragraph("p4", "host", List.of(Span.plain("请您具体介绍一下人才政策。"))),
                new Paragraph("p5", "guest", List.of(Span.plain("我们每年安排专项资金支持青年科技人才。"))));
        return new Story(UUID.fromString("6f1d2c3b-0000-4000-8000-00000000abcd"), "keji-juzhang", Status.READY, m,
                roster, paragraphs, 3, 7, Instant.EPOCH, Instant.EPOCH);
    }

    public static DocxExporter exporter() {
        return new DocxExporter(new ScriptConverter(ConversionLists.shipped()));
    }

    public static byte[] exported(Story story) {
        return exporter().bytes(story, LabelStyle.FULLWIDTH);
    }

    public interface Edit {
        void apply(XWPFDocument doc);
    }

    public static byte[] edited(byte[] docx, Edit edit) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(doc);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The body paragraph whose text contains {@code text}. */
    public static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().contains(text)).findFirst().orElseThrow();
    }

    /** Replaces the paragraph's text after its label with tracked changes by {@code author}. */
    public static void trackedReplace(XWPFParagraph p, String replacement, String author) {
        String old = p.getText();
        boolean labelled = !p.getRuns().isEmpty() && p.getRuns().get(0).isBold();
        String label = labelled ? p.getRuns().get(0).text() : "";
        for (int i = p.getRuns().size() - 1; i >= 0; i--) {
            p.removeRun(i);
        }
        if (labelled) {
            p.getCTP().addNewR().addNewT().setStringValue(label);
        }
        CTRunTrackChange del = p.getCTP().addNewDel();
        del.setAuthor(author);
        del.setId(BigInteger.valueOf(100 + p.hashCode() % 100));
        del.addNewR().addNewDelText().setStringValue(old.substring(label.length()));
        CTRunTrackChange ins = p.getCTP().addNewIns();
        ins.setAuthor(author);
        ins.setId(BigInteger.valueOf(200 + p.hashCode() % 100));
        ins.addNewR().addNewT().setStringValue(replacement);
    }

    /** Replaces the paragraph's text after its label, without tracking. */
    public static void plainReplace(XWPFParagraph p, String replacement) {
        boolean labelled = p.getRuns().get(0).isBold();
        for (int i = p.getRuns().size() - 1; i >= (labelled ? 1 : 0); i--) {
            p.removeRun(i);
        }
        p.createRun().setText(replacement);
    }

    /**
     * Replaces {@code old} inside the paragraph's text with tracked changes the way LibreOffice writes them:
     * the text run split around a {@code w:del} of the old words and a {@code w:ins} of the new, the label run
     * and the run properties ({@code w:b w:val="false"}) kept.
     */
    public static void trackedReplaceInside(XWPFParagraph p, String old, String replacement, String author) {
        boolean labelled = p.getRuns().get(0).isBold();
        String text = p.getText().substring(labelled ? p.getRuns().get(0).text().length() : 0);
        int at = text.indexOf(old);
        if (at < 0 || p.getRuns().size() != (labelled ? 2 : 1)) {
            throw new IllegalArgumentException("one plain text run holding " + old + " expected");
        }
        p.removeRun(p.getRuns().size() - 1);
        plainRun(p.getCTP().addNewR(), text.substring(0, at));
        CTRunTrackChange del = p.getCTP().addNewDel();
        del.setAuthor(author);
        del.setId(BigInteger.valueOf(300 + p.getCTP().sizeOfDelArray()));
        CTR deleted = del.addNewR();
        deleted.addNewRPr().addNewB().setVal(STOnOff1.OFF);
        deleted.addNewDelText().setStringValue(old);
        CTRunTrackChange ins = p.getCTP().addNewIns();
        ins.setAuthor(author);
        ins.setId(BigInteger.valueOf(400 + p.getCTP().sizeOfInsArray()));
        plainRun(ins.addNewR(), replacement);
        plainRun(p.getCTP().addNewR(), text.substring(at + old.length()));
    }

    private static void plainRun(CTR run, String text) {
        run.addNewRPr().addNewB().setVal(STOnOff1.OFF);
        run.addNewT().setStringValue(text);
    }
}
