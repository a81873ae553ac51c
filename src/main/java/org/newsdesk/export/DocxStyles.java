package org.newsdesk.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The review document's styles: Chinese fonts for East Asian text (SimSun, PMingLiU for a
 * Traditional story) with the language set, a headline, the metadata lines and the transcript.
 */
final class DocxStyles {

    static final String HEADLINE = "NewsdeskHeadline";
    static final String META = "NewsdeskMeta";

    private DocxStyles() {
    }

    static void install(XWPFDocument doc, boolean traditional) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setEastAsia(traditional ? "PMingLiU" : "SimSun");
        styles.setDefaultFonts(fonts);
        styles.setEastAsia(traditional ? "zh-TW" : "zh-CN");
        styles.addStyle(style(HEADLINE, 36, true, 240));
        styles.addStyle(style(META, 20, false, 60));
        styles.addStyle(style(DocxStamp.TRANSCRIPT_STYLE, 24, false, 160));
    }

    /** A paragraph style named as its id (LibreOffice keeps the id when the name is the id). */
    private static XWPFStyle style(String id, int halfPoints, boolean bold, int spaceAfterTwips) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(id);
        ct.addNewQFormat();
        ct.addNewPPr().addNewSpacing().setAfter(java.math.BigInteger.valueOf(spaceAfterTwips));
        CTRPr r = ct.addNewRPr();
        r.addNewSz().setVal(java.math.BigInteger.valueOf(halfPoints));
        r.addNewSzCs().setVal(java.math.BigInteger.valueOf(halfPoints));
        if (bold) {
            r.addNewB();
        }
        return new XWPFStyle(ct);
    }
}
