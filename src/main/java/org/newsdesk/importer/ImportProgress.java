package org.newsdesk.importer;

/**
 * What a long import reports to whoever started it, and how it learns that the editor
 * cancelled. Called on the importing thread; a GUI forwards to its task (no JavaFX here).
 */
public interface ImportProgress {

    /** Work done so far out of {@code total}; the figures only make sense as a fraction. */
    void update(long done, long total);

    /** Polled between steps: true stops the import with {@link ImportException.Problem#CANCELLED}. */
    boolean isCancelled();

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
