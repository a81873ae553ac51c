package org.newsdesk.newsroom;

import java.util.Optional;
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.store.Store;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.sync.Publishing;

/**
 * Publishing inside a newsroom: when the data folder belongs to one, a published bundle names
 * its revision by the server's number (taken at publish: the revision is handed over first),
 * and the delivery worker claims each entry on the server first, so the portal gets every story
 * revision once, under one number, however many workstations publish it. Without a newsroom
 * nothing changes.
 */
public final class NewsroomPublishing {

    private NewsroomPublishing() {
    }

    /**
     * Makes {@code publishing}'s worker claim deliveries on the newsroom this data folder joined,
     * with the login and the password in {@code credentials}.
     *
     * @return the claims (close them with the publishing), or empty when there is no newsroom
     */
    public static Optional<NewsroomDeliveryClaims> claimDeliveries(Publishing publishing, Store store,
                                                                   CredentialStore credentials) {
        Optional<NewsroomSettings.Connection> joined = new NewsroomSettings(store.appState(), store.newsroom()).connection();
        if (joined.isEmpty()) {
            return Optional.empty();
        }
        NewsroomSettings.Connection c = joined.get();
        NewsroomDeliveryClaims claims = new NewsroomDeliveryClaims(() -> {
            char[] password = credentials.secret(NewsroomSettings.CREDENTIAL).orElse(null);
            try {
                return ServerLibrary.connect(c.url(), c.user(), password == null ? null : new String(password));
            } finally {
                if (password != null) {
                    java.util.Arrays.fill(password, '\0');
                }
            }
        }, store, NewsroomDeliveryClaims.LEASE);
        publishing.worker().useClaims(claims);
        publishing.useNumbers(claims);
        return Optional.of(claims);
    }
}
