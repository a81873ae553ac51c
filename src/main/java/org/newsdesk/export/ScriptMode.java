package org.newsdesk.export;

import java.util.List;
import java.util.Locale;
import org.newsdesk.export.script.Script;

/** Which script(s) an export is written in. */
public enum ScriptMode {
    /** As the editor wrote it; the page's language is guessed from its characters. */
    AS_IS("as-is"),
    HANS("hans"),
    HANT("hant"),
    /** Traditional in Hong Kong's standard character forms (説, 户, 衞), corner quotes as for Taiwan. */
    HANT_HK("hant-hk"),
    /** index.html in Simplified and index.zh-Hant.html in Traditional. */
    BOTH("both");

    private final String cliName;

    ScriptMode(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The scripts to convert to, in page order; empty for AS_IS (no conversion). */
    public List<Script> targets() {
        return switch (this) {
            case AS_IS -> List.of();
            case HANS -> List.of(Script.HANS);
            case HANT -> List.of(Script.HANT);
            case HANT_HK -> List.of(Script.HANT_HK);
            case BOTH -> List.of(Script.HANS, Script.HANT);
        };
    }

    public static ScriptMode parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (ScriptMode m : values()) {
            if (m.cliName.equals(v)) {
                return m;
            }
        }
        throw new IllegalArgumentException("expected as-is, hans, hant, hant-hk or both: " + value);
    }
}
