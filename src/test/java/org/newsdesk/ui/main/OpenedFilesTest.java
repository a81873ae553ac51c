package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.DocxStamp;
import org.newsdesk.export.review.Review;
import org.newsdesk.export.review.ReviewFixtures;
import org.newsdesk.export.review.ReviewProblem;
import org.newsdesk.model.Story;
import org.newsdesk.ui.main.OpenedFiles.Route;

/** Where a file handed to the window goes: the review pane for a review copy of a kept revision, else the import preview. */
class OpenedFilesTest {

    @TempDir
    Path folder;

    private final Story story = ReviewFixtures.interview();
    /** The library keeps revision 3 of the fixture's story and nothing else. */
    private final Review.Revisions library = (id, number) ->
            id.equals(story.id()) && number == story.revision() ? Optional.of(story) : Optional.empty();

    @Test
    void aReviewCopyOfAKeptRevisionGoesToTheReview() throws Exception {
        Path copy = Files.write(folder.resolve("keji-r3.DOCX"), ReviewFixtures.exported(story));

        assertThat(DocxStamp.origin(copy)).contains(new DocxStamp.Origin(story.id(), 3));
        OpenedFiles.Routed routed = OpenedFiles.route(copy, library);
        assertThat(routed.route()).isEqualTo(Route.REVIEW);
        assertThat(routed.story()).isSameAs(story);
    }

    @Test
    void aReviewCopyEditedInAWordProcessorStillGoesToTheReview() throws Exception {
        byte[] edited = ReviewFixtures.edited(ReviewFixtures.exported(story),
                doc -> ReviewFixtures.plainReplace(ReviewFixtures.paragraph(doc, "请您具体介绍"), "请您再介绍一下人才政策。"));
        Path copy = Files.write(folder.resolve("returned.docx"), edited);

        assertThat(OpenedFiles.route(copy, library).route()).isEqualTo(Route.REVIEW);
    }

    @Test
    void everythingElseGoesToTheImportPreview() throws Exception {
        Story elsewhere = new Story(UUID.randomUUID(), "other", story.status(), story.metadata(), story.speakers(),
                story.paragraphs(), 1, 1, story.createdAt(), story.updatedAt());
        Path otherLibrary = Files.write(folder.resolve("other.docx"), ReviewFixtures.exported(elsewhere));
        Story later = new Story(story.id(), story.slug(), story.status(), story.metadata(), story.speakers(),
                story.paragraphs(), 4, 8, story.createdAt(), story.updatedAt());
        Path revisionGone = Files.write(folder.resolve("gone.docx"), ReviewFixtures.exported(later));
        Path plainWord;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("主持人：一份普通的 Word 文档。");
            doc.write(out);
            plainWord = Files.write(folder.resolve("transcript.docx"), out.toByteArray());
        }
        Path broken = Files.writeString(folder.resolve("broken.docx"), "not a zip");
        Path text = Files.write(folder.resolve("keji-r3.txt"), ReviewFixtures.exported(story));

        for (Path file : new Path[] {otherLibrary, revisionGone, plainWord, broken, text}) {
            OpenedFiles.Routed routed = OpenedFiles.route(file, library);
            assertThat(routed.route()).as(file.getFileName().toString()).isEqualTo(Route.IMPORT);
            assertThat(routed.story()).isNull();
        }
        assertThat(DocxStamp.origin(plainWord)).isEmpty();
        assertThat(DocxStamp.origin(broken)).isEmpty();
    }

    @Test
    void aStoreThatCannotAnswerLeavesTheFileToTheImportPreview() throws Exception {
        Path copy = Files.write(folder.resolve("keji-r3.docx"), ReviewFixtures.exported(story));
        Review.Revisions failing = (id, number) -> {
            throw new ReviewProblem(ReviewProblem.Problem.UNREADABLE, "store closed", null);
        };

        assertThat(OpenedFiles.route(copy, failing).route()).isEqualTo(Route.IMPORT);
    }
}
