package org.newsdesk.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** What an H2 error on opening the store means for the editor: locked, damaged, or failed. */
final class OpenFailures {

    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_FILE_VERSION_ERROR = 90048;
    private static final int H2_GENERAL_ERROR = 50000;
    private static final int H2_IO_EXCEPTION = 90028;

    private OpenFailures() {
    }

    static StoreException classify(SQLException e, Path folder) {
        Path db = folder.resolve(Store.DATABASE_FILE);
        int code = e.getErrorCode();
        if (code == H2_DATABASE_ALREADY_OPEN) {
            return locked(folder, e);
        }
        if (code == H2_FILE_CORRUPTED || code == H2_FILE_VERSION_ERROR || code == H2_GENERAL_ERROR
                || (code == H2_IO_EXCEPTION && causedByEof(e))) {
            return new StoreException(StoreException.Problem.CORRUPT, db,
                    "The database " + db + " is damaged and cannot be opened", e);
        }
        return new StoreException(StoreException.Problem.FAILED, db,
                "The database " + db + " cannot be opened: " + e.getMessage(), e);
    }

    private static boolean causedByEof(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    static StoreException locked(Path folder, Exception cause) {
        return new StoreException(StoreException.Problem.LOCKED, folder,
                "Another Newsdesk is using the data folder " + folder, cause);
    }
}
