package org.newsdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsdesk.i18n.Messages;
import org.newsdesk.importer.ImportErrorText;
import org.newsdesk.importer.ImportException;
import org.newsdesk.sync.DeliveryProblem.Code;

/**
 * Problems travel as codes and become text only where they are shown: every code has its
 * message in each language of the window and the command line, and the outbox's stored
 * form reads back as the same problem.
 */
class DeliveryProblemTextTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final List<Messages> CHINESE = List.of(Messages.forTag("zh-CN"), Messages.forTag("zh-TW"),
            Messages.forTag("zh-HK"));

    @ParameterizedTest
    @EnumSource(Code.class)
    void everyDeliveryProblemHasAMessageInEveryLanguage(Code code) {
        DeliveryProblem problem = DeliveryProblem.of(code, 7, 8, 9);
        String english = problem.describe(ENGLISH);
        assertThat(ENGLISH.bundle().containsKey(code.messageKey())).as(code + " in English").isTrue();
        assertThat(english).doesNotContain("!" + code.messageKey());
        for (Messages chinese : CHINESE) {
            assertThat(chinese.bundle().containsKey(code.messageKey())).as(code + " in " + chinese.locale()).isTrue();
            String text = problem.describe(chinese);
            assertThat(text).as(code + " in " + chinese.locale()).doesNotContain("!" + code.messageKey());
            if (code != Code.TEXT) {
                assertThat(text).as(code + " translated for " + chinese.locale()).isNotEqualTo(english);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DeliveryReceipt.Code.class)
    void everyDeliveryReceiptHasAMessageInEveryLanguage(DeliveryReceipt.Code code) {
        DeliveryReceipt receipt = DeliveryReceipt.of(code, 3, "/srv/稿件");
        String english = receipt.describe(ENGLISH);
        assertThat(ENGLISH.bundle().containsKey(code.messageKey())).as(code + " in English").isTrue();
        for (Messages chinese : CHINESE) {
            assertThat(chinese.bundle().containsKey(code.messageKey())).as(code + " in " + chinese.locale()).isTrue();
            assertThat(receipt.describe(chinese)).as(code + " translated for " + chinese.locale())
                    .doesNotStartWith("!").isNotEqualTo(english);
        }
    }

    @Test
    void aReceiptReadsInTheEditorsLanguageWithItsNumbers() {
        assertThat(DeliveryReceipt.of(DeliveryReceipt.Code.FOLDER_WRITTEN, Path.of("/srv/稿件")).describe(Messages.forTag("zh-CN")))
                .isEqualTo("已写入 /srv/稿件。");
        assertThat(DeliveryReceipt.of(DeliveryReceipt.Code.WEBDAV_DELIVERED, 1, "https://dav/稿件/").describe(ENGLISH))
                .isEqualTo("1 file delivered to https://dav/稿件/ and checked.");
        assertThat(DeliveryReceipt.of(DeliveryReceipt.Code.HTTP_ACCEPTED, 201).describe(Messages.forTag("zh-TW")))
                .isEqualTo("入口網站已接收發布包（HTTP 201）。");
    }

    @Test
    void aRefusingNewsroomIsToldInTheEditorsLanguageWithoutTheServersWords() {
        assertThat(DeliveryProblem.of(Code.NEWSROOM_REFUSED).describe(Messages.forTag("zh-HK")))
                .isEqualTo("編輯部伺服器不允許此帳戶投遞，請聯絡編輯部管理員。");
        assertThat(DeliveryProblem.of(Code.NEWSROOM_UNREACHABLE).describe(ENGLISH)).doesNotContain("{0}");
    }

    @ParameterizedTest
    @EnumSource(ImportException.Problem.class)
    void everyImportProblemHasAMessageInEveryLanguage(ImportException.Problem code) {
        ImportException e = new ImportException(code, Path.of("访谈.txt"), "细节");
        String english = ImportErrorText.describe(e, ENGLISH);
        assertThat(english).doesNotStartWith("!");
        for (Messages chinese : CHINESE) {
            String text = ImportErrorText.describe(e, chinese);
            assertThat(text).as(code + " in " + chinese.locale()).doesNotStartWith("!").isNotEqualTo(english);
        }
    }

    @Test
    void theStoredFormReadsBackAsTheSameProblem() {
        DeliveryProblem problem = DeliveryProblem.of(Code.FOLDER_NEWER_REVISION, Path.of("/srv/稿件"), 5);

        assertThat(DeliveryProblem.fromStored(problem.stored())).isEqualTo(problem);
        assertThat(DeliveryProblem.describe(problem.stored(), Messages.forTag("zh-CN")))
                .isEqualTo("/srv/稿件 中已有第 5 版，比正在发送的版本更新。");
        assertThat(DeliveryProblem.describe(problem.stored(), ENGLISH))
                .isEqualTo("/srv/稿件 already holds revision 5, newer than the one being sent.");
    }

    @Test
    void textAnOlderNewsdeskKeptIsShownAsItIs() {
        assertThat(DeliveryProblem.describe("HTTP 503: busy", Messages.forTag("zh-TW"))).isEqualTo("HTTP 503: busy");
        assertThat(DeliveryProblem.describe(null, ENGLISH)).isEmpty();
        assertThat(DeliveryProblem.fromStored("\u27eaNO_SUCH_CODE\u241fx").code()).isEqualTo(Code.TEXT);
    }

    @Test
    void countsReadBackAsNumbersAndOtherDigitsStayAsWritten() {
        assertThat(DeliveryProblem.of(Code.WEBDAV_TIMEOUT, "https://dav.example/", "PUT a.html", 1).describe(ENGLISH))
                .contains("within 1 second.");
        assertThat(DeliveryProblem.of(Code.FOLDER_UNSAFE_SLUG, "20240101").describe(ENGLISH)).contains("\"20240101\"");
    }
}
