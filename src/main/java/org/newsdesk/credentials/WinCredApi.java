package org.newsdesk.credentials;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.WString;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;

/**
 * The Windows Credential Manager through JNA: {@code CredReadW}, {@code CredWriteW},
 * {@code CredDeleteW} and {@code CredFree} of {@code Advapi32.dll}, bound here because
 * jna-platform (5.17, 5.18) has no WinCred mapping. This is the only class that touches
 * JNA; it is created only when {@code os.name} starts with "Windows", and
 * {@code Advapi32} is loaded on the first call. Generic credentials, kept per user on this
 * machine ({@code CRED_PERSIST_LOCAL_MACHINE}: they do not roam with a domain profile).
 *
 * <p>Not exercised against a real Credential Manager in this project's tests (they run on
 * Linux); the structure's layout is checked against its size on 64-bit Windows.
 */
final class WinCredApi implements CredentialManager {

    static final int CRED_TYPE_GENERIC = 1;
    static final int CRED_PERSIST_LOCAL_MACHINE = 2;

    /** The wincred.h functions used, in their UTF-16 ("W") form. */
    interface Advapi32 extends StdCallLibrary {

        boolean CredReadW(WString targetName, int type, int flags, PointerByReference credential);

        boolean CredWriteW(Credential credential, int flags);

        boolean CredDeleteW(WString targetName, int type, int flags);

        void CredFree(Pointer buffer);
    }

    /** Loaded on first use, so that creating a {@link WinCredApi} costs nothing. */
    private static final class Library {
        static final Advapi32 ADVAPI32 = Native.load("Advapi32", Advapi32.class);
    }

    /** {@code CREDENTIALW}; {@code FILETIME LastWritten} is two {@code DWORD}s. 80 bytes on 64-bit Windows. */
    @Structure.FieldOrder({"Flags", "Type", "TargetName", "Comment", "LastWrittenLow", "LastWrittenHigh",
        "CredentialBlobSize", "CredentialBlob", "Persist", "AttributeCount", "Attributes", "TargetAlias", "UserName"})
    public static final class Credential extends Structure {
        public int Flags;
        public int Type;
        public WString TargetName;
        public WString Comment;
        public int LastWrittenLow;
        public int LastWrittenHigh;
        public int CredentialBlobSize;
        public Pointer CredentialBlob;
        public int Persist;
        public int AttributeCount;
        public Pointer Attributes;
        public WString TargetAlias;
        public WString UserName;

        public Credential() {
            super();
        }

        Credential(Pointer memory) {
            super(memory);
            read();
        }
    }

    @Override
    public byte[] read(String targetName) {
        Advapi32 api = Library.ADVAPI32;
        PointerByReference found = new PointerByReference();
        if (!api.CredReadW(new WString(targetName), CRED_TYPE_GENERIC, 0, found)) {
            int error = Native.getLastError();
            if (error == ERROR_NOT_FOUND) {
                return null;
            }
            throw new Failure("CredReadW", error);
        }
        Pointer memory = found.getValue();
        try {
            Credential credential = new Credential(memory);
            int size = credential.CredentialBlobSize;
            if (credential.CredentialBlob == null || size <= 0) {
                return new byte[0];
            }
            byte[] blob = credential.CredentialBlob.getByteArray(0, size);
            credential.CredentialBlob.clear(size);
            return blob;
        } finally {
            api.CredFree(memory);
        }
    }

    @Override
    public void write(String targetName, String userName, String comment, byte[] blob) {
        Advapi32 api = Library.ADVAPI32;
        Credential credential = new Credential();
        credential.Type = CRED_TYPE_GENERIC;
        credential.TargetName = new WString(targetName);
        credential.UserName = new WString(userName);
        credential.Comment = new WString(comment);
        credential.Persist = CRED_PERSIST_LOCAL_MACHINE;
        Memory memory = blob.length == 0 ? null : new Memory(blob.length);
        try {
            if (memory != null) {
                memory.write(0, blob, 0, blob.length);
            }
            credential.CredentialBlobSize = blob.length;
            credential.CredentialBlob = memory;
            if (!api.CredWriteW(credential, 0)) {
                throw new Failure("CredWriteW", Native.getLastError());
            }
        } finally {
            if (memory != null) {
                memory.clear();
                memory.close();
            }
        }
    }

    @Override
    public boolean delete(String targetName) {
        if (Library.ADVAPI32.CredDeleteW(new WString(targetName), CRED_TYPE_GENERIC, 0)) {
            return true;
        }
        int error = Native.getLastError();
        if (error == ERROR_NOT_FOUND) {
            return false;
        }
        throw new Failure("CredDeleteW", error);
    }
}
