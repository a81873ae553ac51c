package org.newsdesk.credentials;

/**
 * The three calls {@link WindowsCredentialStore} needs from the Windows Credential Manager,
 * on generic credentials ({@code CRED_TYPE_GENERIC}). Target names are compared without
 * regard to case, as Windows does. {@link WinCredApi} is the real one.
 */
interface CredentialManager {

    /** Win32 {@code ERROR_NOT_FOUND}. */
    int ERROR_NOT_FOUND = 1168;
    /** Win32 {@code ERROR_NO_SUCH_LOGON_SESSION}: the logon session has no credential set (a network logon). */
    int ERROR_NO_SUCH_LOGON_SESSION = 1312;

    /** The credential blob kept under {@code targetName}, or {@code null} if there is none; the caller wipes it. */
    byte[] read(String targetName);

    /** Creates or replaces the credential; the blob is not kept by the call. */
    void write(String targetName, String userName, String comment, byte[] blob);

    /** Deletes the credential; {@code false} if there was none. */
    boolean delete(String targetName);

    /** A call failed with a Win32 error code (never carries a secret). */
    final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final int code;

        Failure(String call, int code) {
            super(call + " failed with Win32 error " + code);
            this.code = code;
        }

        int code() {
            return code;
        }
    }
}
