package org.newsdesk.sync;

import java.util.Arrays;
import java.util.List;
import org.newsdesk.i18n.Messages;

/**
 * What a target confirmed when it took a bundle, as a code with its arguments (the folder or
 * address, the HTTP status, the number of files). The command line turns it into text in the
 * editor's language ({@link #describe}), as {@link DeliveryProblem} does for failures.
 */
public record DeliveryReceipt(Code code, List<String> args) {

    /** What the target confirmed; each has a message in the bundles (DeliveryProblemTextTest checks them all). */
    public enum Code {
        FOLDER_WRITTEN("delivery.receipt.folderWritten"),
        FOLDER_ALREADY_THERE("delivery.receipt.folderAlreadyThere"),
        HTTP_ACCEPTED("delivery.receipt.httpAccepted"),
        WEBDAV_DELIVERED("webdav.delivered"),
        WEBDAV_ALREADY_THERE("webdav.alreadyThere"),
        /** The newsroom server says another of its workstations has delivered this revision. */
        NEWSROOM_ELSEWHERE("delivery.receipt.newsroomElsewhere");

        private final String messageKey;

        Code(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The bundle key of the message; its arguments are the receipt's, in order. */
        public String messageKey() {
            return messageKey;
        }
    }

    public DeliveryReceipt {
        args = List.copyOf(args);
    }

    /** A receipt; arguments are kept as text (numbers as digits: a bundle's choice format reads them back). */
    public static DeliveryReceipt of(Code code, Object... args) {
        return new DeliveryReceipt(code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The receipt in the editor's language. */
    public String describe(Messages messages) {
        return DeliveryProblem.text(messages, code.messageKey(), args);
    }

    /** For logs: the code and its arguments, in no one's language. */
    @Override
    public String toString() {
        return code + args.toString();
    }
}
