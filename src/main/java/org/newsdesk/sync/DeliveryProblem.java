package org.newsdesk.sync;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import org.newsdesk.credentials.CredentialStoreException;
import org.newsdesk.i18n.Messages;

/**
 * Why a delivery failed or was refused, as a code with its arguments (a folder, a server, an
 * HTTP status, the portal's own words). Targets and the delivery worker return it; the window
 * and the command line turn it into text in the editor's language ({@link #describe}). The
 * outbox keeps it in its stored form ({@link #stored}), so an entry reads in whatever language
 * the editor uses when looking at it later.
 */
public record DeliveryProblem(Code code, List<String> args) {

    /** What went wrong; each has a message in the bundles (DeliveryProblemTextTest checks them all). */
    public enum Code {
        // any target
        BUNDLE_MISSING("delivery.error.bundleMissing"),
        TARGET_UNUSABLE("delivery.error.targetUnusable"),
        TARGET_KIND_UNSUPPORTED("delivery.error.targetKind"),
        TARGET_GONE("delivery.error.targetGone"),
        EMBARGOED("delivery.error.embargoed"),
        UNEXPECTED("delivery.error.unexpected"),
        // the keeper of secrets
        CREDENTIALS_LOCKED("credentials.error.locked"),
        CREDENTIALS_WRONG_PASSWORD("credentials.error.wrongPassword"),
        CREDENTIALS_DAMAGED("credentials.error.damaged"),
        CREDENTIALS_EMPTY_PASSWORD("credentials.error.emptyPassword"),
        CREDENTIALS_ALREADY_EXISTS("credentials.error.exists"),
        CREDENTIALS_FILE_ACCESS("credentials.error.file"),
        CREDENTIALS_KEYRING("credentials.error.keyring"),
        // a shared folder
        FOLDER_IS_FILE("delivery.error.folderIsFile"),
        FOLDER_MISSING("delivery.error.folderMissing"),
        FOLDER_UNSAFE_SLUG("delivery.error.unsafeSlug"),
        FOLDER_NEWER_REVISION("delivery.error.newerRevision"),
        FOLDER_UNSAFE_BUNDLE("delivery.error.unsafeBundle"),
        FOLDER_NO_PERMISSION("delivery.error.noPermission"),
        FOLDER_READ_ONLY("delivery.error.readOnly"),
        FOLDER_WENT_AWAY("delivery.error.folderWentAway"),
        FOLDER_WRITE_FAILED("delivery.error.writeFailed"),
        // the portal's HTTP interface
        HTTP_BAD_TOKEN("delivery.error.badToken"),
        HTTP_STATUS("delivery.error.httpStatus"),
        HTTP_STATUS_SAID("delivery.error.httpStatusSaid"),
        HTTP_NO_FIRST_BYTE("delivery.error.noFirstByte"),
        HTTP_NO_ANSWER("delivery.error.noAnswer"),
        HTTP_CONNECT_TIMEOUT("delivery.error.connectTimeout"),
        HTTP_CANNOT_CONNECT("delivery.error.cannotConnect"),
        HTTP_CONNECTION_LOST("delivery.error.connectionLost"),
        HTTP_FAILED("delivery.error.failed"),
        TLS_CA("tls.error.ca"),
        // WebDAV
        WEBDAV_ADDRESS("webdav.error.address"),
        WEBDAV_PASSWORD_IN_ADDRESS("webdav.error.passwordInAddress"),
        WEBDAV_SLUG("webdav.error.slug"),
        WEBDAV_INSECURE("webdav.error.insecure"),
        WEBDAV_NO_PASSWORD("webdav.error.noPassword"),
        WEBDAV_BUNDLE("webdav.error.bundle"),
        WEBDAV_CREDENTIALS("webdav.error.credentials"),
        WEBDAV_CHANGED("webdav.error.changed"),
        WEBDAV_TOO_LARGE("webdav.error.tooLarge"),
        WEBDAV_LOCKED("webdav.error.locked"),
        WEBDAV_BUSY("webdav.error.busy"),
        WEBDAV_SERVER("webdav.error.server"),
        WEBDAV_REDIRECT("webdav.error.redirect"),
        WEBDAV_REFUSED("webdav.error.refused"),
        WEBDAV_MISSING_FOLDER("webdav.error.missingFolder"),
        WEBDAV_CONNECT("webdav.error.connect"),
        WEBDAV_TIMEOUT("webdav.error.timeout"),
        WEBDAV_UNTRUSTED("webdav.error.untrusted"),
        WEBDAV_TLS("webdav.error.tls"),
        WEBDAV_BROKEN("webdav.error.broken"),
        WEBDAV_OTHER_STORY("webdav.error.otherStory"),
        WEBDAV_NEWER_REVISION("webdav.error.newerRevision"),
        WEBDAV_VERIFY("webdav.error.verify"),
        // the newsroom server, which makes sure one workstation delivers each revision
        NEWSROOM_BUSY("delivery.error.newsroomBusy"),
        NEWSROOM_REFUSED("delivery.error.newsroomRefused"),
        NEWSROOM_UNREACHABLE("delivery.error.newsroomUnreachable"),
        /** Text kept by an older Newsdesk, before problems were stored as codes: shown as it is. */
        TEXT("delivery.error.text");

        private final String messageKey;

        Code(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The bundle key of the message; its arguments are the problem's, in order. */
        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * Starts the stored form, so it cannot be mistaken for text an older Newsdesk kept. Mark and
     * separator are printable: the outbox replaces control characters in what it keeps.
     */
    private static final char STORED_MARK = '\u27ea'; // ⟪
    private static final char SEPARATOR = '\u241f'; // ␟, the symbol for the unit separator

    public DeliveryProblem {
        args = List.copyOf(args);
    }

    /** A problem; arguments are kept as text (numbers as digits: a bundle's choice format reads them back). */
    public static DeliveryProblem of(Code code, Object... args) {
        return new DeliveryProblem(code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** What the keeper of secrets reported, as a delivery problem. */
    public static DeliveryProblem of(CredentialStoreException e) {
        String where = e.path() == null ? "" : e.path().toString();
        return switch (e.problem()) {
            case LOCKED -> of(Code.CREDENTIALS_LOCKED);
            case WRONG_PASSWORD -> of(Code.CREDENTIALS_WRONG_PASSWORD);
            case DAMAGED -> of(Code.CREDENTIALS_DAMAGED, where);
            case EMPTY_PASSWORD -> of(Code.CREDENTIALS_EMPTY_PASSWORD);
            case ALREADY_EXISTS -> of(Code.CREDENTIALS_ALREADY_EXISTS, where);
            case FILE_ACCESS -> of(Code.CREDENTIALS_FILE_ACCESS, where);
            case KEYRING -> of(Code.CREDENTIALS_KEYRING);
        };
    }

    /** The problem in the editor's language. */
    public String describe(Messages messages) {
        return text(messages, code.messageKey(), args);
    }

    /** A message with arguments kept as text; those the message formats as numbers or choices are numbers again. */
    static String text(Messages messages, String messageKey, List<String> args) {
        Format[] formats;
        try {
            formats = new MessageFormat(messages.bundle().getString(messageKey), messages.locale())
                    .getFormatsByArgumentIndex();
        } catch (MissingResourceException e) {
            formats = new Format[0];
        }
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < formats.length && formats[i] != null ? number(args.get(i)) : args.get(i);
        }
        return messages.get(messageKey, values);
    }

    /** As {@link #describe}, for text the outbox kept ({@link #stored}, or plain text from an older Newsdesk). */
    public static String describe(String stored, Messages messages) {
        return stored == null || stored.isEmpty() ? "" : fromStored(stored).describe(messages);
    }

    /** The problem as one line for the outbox's error column. */
    public String stored() {
        StringBuilder out = new StringBuilder().append(STORED_MARK).append(code.name());
        args.forEach(a -> out.append(SEPARATOR).append(a.replace(SEPARATOR, ' ')));
        return out.toString();
    }

    /** Reads what {@link #stored} wrote; anything else (an older Newsdesk's text, an unknown code) is shown as text. */
    public static DeliveryProblem fromStored(String stored) {
        if (stored.isEmpty() || stored.charAt(0) != STORED_MARK) {
            return of(Code.TEXT, stored);
        }
        List<String> parts = new ArrayList<>(Arrays.asList(stored.substring(1).split(String.valueOf(SEPARATOR), -1)));
        Optional<Code> code = Arrays.stream(Code.values()).filter(c -> c.name().equals(parts.get(0))).findFirst();
        if (code.isEmpty()) {
            return of(Code.TEXT, String.join(" ", parts));
        }
        return new DeliveryProblem(code.get(), parts.subList(1, parts.size()));
    }

    /** An argument the message formats as a number or a choice ("1 second", "2 seconds") is one again. */
    private static Object number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** For logs: the code and its arguments, in no one's language. */
    @Override
    public String toString() {
        return code + args.toString();
    }
}
