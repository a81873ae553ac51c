package org.newsdesk.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.newsdesk.Version;
import org.newsdesk.export.script.Script;
import org.newsdesk.export.script.ScriptConverter;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.workflow.metadata.PortalTime;

/**
 * A story revision as a Word document for the guest's office to review: the headline, the
 * metadata block as the page shows it, the transcript with the page's speaker labels (bold,
 * then the text), inaudible passages highlighted, editor's notes as comments and page numbers
 * in the footer. The document says which story and revision it is ({@link DocxStamp}).
 */
public final class DocxExporter {

    private final ScriptConverter converter;

    public DocxExporter(ScriptConverter converter) {
        this.converter = converter;
    }

    /** Writes {@code <outDir>/<slug>-r<revision>.docx} and returns it. */
    public Path export(Story revision, LabelStyle labels, Path outDir) {
        Path file = outDir.resolve(revision.slug() + "-r" + revision.revision() + ".docx");
        try {
            Files.createDirectories(outDir);
            Files.write(file, bytes(revision, labels));
        } catch (IOException e) {
            throw new ExportException(ExportException.Problem.FOLDER_NOT_WRITABLE, outDir,
                    "Cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    public byte[] bytes(Story revision, LabelStyle labels) {
        boolean traditional = ScriptedStory.guess(revision, converter) == Script.HANT;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.install(doc, traditional);
            stamp(doc, revision, labels);
            header(doc, revision, traditional);
            transcript(doc, revision, labels);
            footer(doc);
            doc.write(out);
            return DocxEntryOrder.wordPartsFirst(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stamp(XWPFDocument doc, Story story, LabelStyle labels) {
        POIXMLProperties properties = doc.getProperties();
        properties.getCoreProperties().setTitle(PageRenderer.headlineLine(story.metadata()));
        properties.getCoreProperties().setCreator("Newsdesk");
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty(DocxStamp.STORY, story.id().toString());
        custom.addProperty(DocxStamp.REVISION, Integer.toString(story.revision()));
        custom.addProperty(DocxStamp.LABELS, labels.cliName());
        custom.addProperty(DocxStamp.GENERATOR, "Newsdesk " + Version.current());
    }

    private static void header(XWPFDocument doc, Story story, boolean traditional) {
        Metadata m = story.metadata();
        XWPFParagraph title = doc.createParagraph();
        title.setStyle(DocxStyles.HEADLINE);
        title.createRun().setText(PageRenderer.headlineLine(m));
        if (!m.kicker().isEmpty() || !m.subtitle().isEmpty()) {
            XWPFParagraph p = meta(doc);
            if (!m.kicker().isEmpty()) {
                XWPFRun kicker = p.createRun();
                kicker.setBold(true);
                kicker.setText("【" + m.kicker() + "】");
            }
            p.createRun().setText(m.subtitle());
        }
        List<String> line = new ArrayList<>();
        line.add((traditional ? "來源" : "来源") + ": " + m.source());
        line.add("作者: " + String.join(" ", m.authors()));
        if (m.publishTime() != null) {
            line.add(PortalTime.format(m.publishTime()));
        }
        line.add((traditional ? "編輯" : "编辑") + ":" + m.editor());
        meta(doc).createRun().setText(String.join("  ", line));
        for (SpeakerRole role : List.of(SpeakerRole.GUEST, SpeakerRole.HOST)) {
            List<String> people = new ArrayList<>();
            for (Speaker s : story.speakers()) {
                if (s.role() == role) {
                    String name = s.fullName().isBlank() ? s.label() : s.fullName();
                    people.add(s.title().isBlank() ? name : s.title() + " " + name);
                }
            }
            if (!people.isEmpty()) {
                String word = role == SpeakerRole.HOST ? "主持人" : traditional ? "嘉賓" : "嘉宾";
                meta(doc).createRun().setText(word + ": " + String.join("、", people));
            }
        }
        if (!m.summary().isEmpty()) {
            meta(doc).createRun().setText((traditional ? "內容提要" : "内容提要") + ": " + m.summary());
        }
    }

    private static XWPFParagraph meta(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.META);
        return p;
    }

    private static void transcript(XWPFDocument doc, Story story, LabelStyle labels) {
        XWPFComments comments = null;
        int nextComment = 0;
        List<DocxTranscript.Entry> entries = DocxTranscript.of(story, labels);
        for (DocxTranscript.Entry entry : entries) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStamp.TRANSCRIPT_STYLE);
            if (!entry.label().isEmpty()) {
                XWPFRun label = p.createRun();
                label.setBold(true);
                label.setText(entry.label());
            }
            for (Span s : paragraph(story, entry.paragraphId()).spans()) {
                if (s.has(SpanStyle.NOTE) || s.has(SpanStyle.TIMESTAMP) || s.text().isEmpty()) {
                    continue;
                }
                XWPFRun r = p.createRun();
                r.setText(s.text());
                r.setBold(s.has(SpanStyle.BOLD));
                r.setItalic(s.has(SpanStyle.ITALIC));
                if (s.has(SpanStyle.UNCERTAIN)) {
                    r.setTextHighlightColor("yellow");
                }
            }
            for (String note : entry.notes()) {
                if (comments == null) {
                    comments = doc.createComments();
                }
                BigInteger id = BigInteger.valueOf(nextComment++);
                XWPFComment comment = comments.createComment(id);
                comment.setAuthor(story.metadata().editor().isBlank() ? "Newsdesk" : story.metadata().editor());
                comment.createParagraph().createRun().setText(note);
                p.createRun().getCTR().addNewCommentReference().setId(id);
            }
        }
    }

    private static Paragraph paragraph(Story story, String id) {
        for (Paragraph p : story.paragraphs()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        var field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE \\* MERGEFORMAT");
        field.addNewR().addNewT().setStringValue("1");
    }
}
