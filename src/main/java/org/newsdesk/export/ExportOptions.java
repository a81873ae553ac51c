package org.newsdesk.export;

import java.util.Objects;

/**
 * What an export target wants.
 *
 * @param script        which script(s) to write
 * @param labels        how speaker labels look
 * @param timestamps    whether playback timestamps in the transcript are kept
 * @param neighbours    the series' previous and next parts, for navigation
 * @param fixConversion whether the Traditional page of a Traditional source gets its conversion errors
 *                      corrected (乾事創業 → 幹事創業); off exports it as written
 * @param corrections   the published corrections the page carries (of its revision and earlier ones), newest first
 */
public record ExportOptions(ScriptMode script, LabelStyle labels, boolean timestamps, SeriesNeighbours neighbours,
                            boolean fixConversion, java.util.List<org.newsdesk.workflow.signoff.CorrectionNote> corrections) {

    public ExportOptions {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(labels, "labels");
        neighbours = neighbours == null ? SeriesNeighbours.NONE : neighbours;
        corrections = corrections == null ? java.util.List.of() : java.util.List.copyOf(corrections);
    }

    /** No corrections. */
    public ExportOptions(ScriptMode script, LabelStyle labels, boolean timestamps, SeriesNeighbours neighbours,
                         boolean fixConversion) {
        this(script, labels, timestamps, neighbours, fixConversion, java.util.List.of());
    }

    /** Conversion errors corrected (the default). */
    public ExportOptions(ScriptMode script, LabelStyle labels, boolean timestamps, SeriesNeighbours neighbours) {
        this(script, labels, timestamps, neighbours, true);
    }

    /** As written, full-width labels, no timestamps. */
    public static ExportOptions defaults() {
        return new ExportOptions(ScriptMode.AS_IS, LabelStyle.FULLWIDTH, false, SeriesNeighbours.NONE);
    }

    public ExportOptions withScript(ScriptMode value) {
        return new ExportOptions(value, labels, timestamps, neighbours, fixConversion, corrections);
    }

    public ExportOptions withLabels(LabelStyle value) {
        return new ExportOptions(script, value, timestamps, neighbours, fixConversion, corrections);
    }

    public ExportOptions withTimestamps(boolean value) {
        return new ExportOptions(script, labels, value, neighbours, fixConversion, corrections);
    }

    public ExportOptions withNeighbours(SeriesNeighbours value) {
        return new ExportOptions(script, labels, timestamps, value, fixConversion, corrections);
    }

    public ExportOptions withFixConversion(boolean value) {
        return new ExportOptions(script, labels, timestamps, neighbours, value, corrections);
    }

    public ExportOptions withCorrections(java.util.List<org.newsdesk.workflow.signoff.CorrectionNote> value) {
        return new ExportOptions(script, labels, timestamps, neighbours, fixConversion, value);
    }
}
