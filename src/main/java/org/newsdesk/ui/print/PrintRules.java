package org.newsdesk.ui.print;

import javafx.scene.web.WebEngine;

/**
 * The page's own print rules ({@code @media print}: no "print" link, no series links, black text,
 * no highlight on uncertain passages) applied to the preview's document for good. The browser
 * engine lays a page out for the screen, and when it prints it switches to the print rules, so
 * without this the preview would show what the paper does not carry. With the rules applied to
 * the document itself, preview and paper are the same whichever rules the engine uses when it
 * prints. Rules of any template are taken as written, so a newsroom's own template needs nothing.
 */
final class PrintRules {

    /**
     * Appends the rules of every {@code @media} block that names {@code print} to the end of the
     * style sheet that holds it, so they come after (and win over) its screen rules. Through the
     * style sheets' object model: the page's content security policy refuses a style element.
     */
    static final String APPLY = """
            (function () {
              if (window.newsdeskPrintRules !== undefined) { return window.newsdeskPrintRules; }
              var copied = 0;
              function forPrint(media) {
                for (var i = 0; i < media.length; i++) {
                  if (media.item(i).trim().toLowerCase() === 'print') { return true; }
                }
                return false;
              }
              function copyFrom(sheet) {
                var rules = null;
                try { rules = sheet.cssRules; } catch (e) { rules = null; }
                if (!rules) { return; }
                var found = [];
                for (var i = 0; i < rules.length; i++) {
                  var rule = rules[i];
                  if (rule.media && rule.cssRules && forPrint(rule.media)) {
                    for (var j = 0; j < rule.cssRules.length; j++) { found.push(rule.cssRules[j].cssText); }
                  } else if (rule.styleSheet) {
                    copyFrom(rule.styleSheet);
                  }
                }
                for (var k = 0; k < found.length; k++) {
                  try { sheet.insertRule(found[k], sheet.cssRules.length); copied++; } catch (e) { }
                }
              }
              for (var s = 0; s < document.styleSheets.length; s++) { copyFrom(document.styleSheets[s]); }
              window.newsdeskPrintRules = copied;
              return copied;
            })()""";

    private PrintRules() {
    }

    /** Applies the loaded page's print rules; a page the engine cannot script keeps its screen look. */
    static void applyTo(WebEngine engine) {
        try {
            engine.executeScript(APPLY);
        } catch (RuntimeException e) {
            // a page without a document or with scripts refused: the preview shows it as laid out
        }
    }
}
