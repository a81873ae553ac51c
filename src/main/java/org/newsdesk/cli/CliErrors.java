package org.newsdesk.cli;

import org.newsdesk.i18n.StoreErrorText;
import org.newsdesk.credentials.CredentialErrorText;
import org.newsdesk.credentials.CredentialStoreException;
import org.newsdesk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Turns a failure into one line on stderr and exit code 1; the stack trace goes to the log. */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    static final int FAILED = 1;
    private static final Logger LOG = LoggerFactory.getLogger(CliErrors.class);
    private final NewsdeskCommand root;

    CliErrors(NewsdeskCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        String message = e instanceof StoreException se && se.problem() == StoreException.Problem.CORRUPT
                ? StoreErrorText.describe(se, root.messages()) + " " + root.messages().get("cli.error.corruptNext",
                        se.path() == null ? "" : se.path().getParent())
                : e instanceof StoreException se ? StoreErrorText.describe(se, root.messages())
                : e instanceof CredentialStoreException ce ? credentialProblem(ce)
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        LOG.debug("command failed", e);
        cl.getErr().println("newsdesk: " + message.replace('\n', ' '));
        cl.getErr().flush();
        return FAILED;
    }

    /** A locked credential file cannot be unlocked in a dialog here: say how to give the master password. */
    private String credentialProblem(CredentialStoreException e) {
        return e.problem() == CredentialStoreException.Problem.LOCKED
                ? root.messages().get("cli.credentials.locked", CommandLineCredentials.PASSWORD_VARIABLE)
                : CredentialErrorText.describe(e, root.messages());
    }
}
