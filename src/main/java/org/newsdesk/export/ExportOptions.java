package org.newsdesk.export;

import java.util.Objects;

/**
 * What an export target wants.
 *
 * @param script     which script(s) to write
 * @param labels     how speaker labels look
 * @param timestamps whether playback timestamps in the transcript are kept
 * @param neighbours the series' previous and next parts, for navigation
 */
public record ExportOptions(ScriptMode script, LabelStyle labels, boolean timestamps, SeriesNeighbours neighbours) {

    public ExportOptions {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(labels, "labels");
        neighbours = neighbours == null ? SeriesNeighbours.NONE : neighbours;
    }

    /** As written, full-width labels, no timestamps. */
    public static ExportOptions defaults() {
        return new ExportOptions(ScriptMode.AS_IS, LabelStyle.FULLWIDTH, false, SeriesNeighbours.NONE);
    }

    public ExportOptions withScript(ScriptMode value) {
        return new ExportOptions(value, labels, timestamps, neighbours);
    }

    public ExportOptions withLabels(LabelStyle value) {
        return new ExportOptions(script, value, timestamps, neighbours);
    }

    public ExportOptions withTimestamps(boolean value) {
        return new ExportOptions(script, labels, value, neighbours);
    }

    public ExportOptions withNeighbours(SeriesNeighbours value) {
        return new ExportOptions(script, labels, timestamps, value);
    }
}
