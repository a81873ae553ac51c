package org.newsdesk.sync;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.credentials.CredentialStoreException;
import org.newsdesk.sync.DeliveryProblem.Code;
import org.newsdesk.sync.DeliveryOutcome.Delivered;
import org.newsdesk.sync.DeliveryOutcome.Reason;
import org.newsdesk.sync.DeliveryOutcome.Rejected;
import org.newsdesk.sync.DeliveryOutcome.Retry;
import org.newsdesk.text.Slugs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A portal's WebDAV upload folder. A bundle goes to {@code <base>/<slug>/}: its folders
 * are made (MKCOL), every file is streamed from the zip (PUT), the manifest
 * {@code article.json} last, as the mark that the folder is complete; then every file
 * is read back and compared by SHA-256.
 *
 * <p>Sending the same bundle again is safe: when the server already holds the same
 * manifest and every file checks out, nothing is written. Before a different bundle
 * replaces a folder, its old manifest is removed (only if unchanged since it was read),
 * so a half-replaced folder never carries a commit mark, and the new manifest is only
 * written if no other one appeared meanwhile. A folder holding a newer revision or
 * another story is a {@link Reason#CONFLICT}. How answers map to outcomes:
 * {@link DavRequests}.
 *
 * <p>Basic authentication with the user name from the settings and the password from
 * the {@link CredentialStore}; never over plain http except to this machine.
 */
public final class WebDavTarget implements DeliveryTarget {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(WebDavTarget.class);

    private final TargetSettings settings;
    private final CredentialStore credentials;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final Clock clock;

    /** With the client from {@link TlsContexts#httpClient(TargetSettings)} and the default time-out. */
    public WebDavTarget(TargetSettings settings, CredentialStore credentials, HttpClient client) {
        this(settings, credentials, client, DEFAULT_REQUEST_TIMEOUT, Clock.systemUTC());
    }

    /**
     * @param requestTimeout how long one request may wait for the server's answer (the upload of one file
     *                       included) before the attempt is given up as a {@link Retry}
     */
    public WebDavTarget(TargetSettings settings, CredentialStore credentials, HttpClient client,
            Duration requestTimeout, Clock clock) {
        this.settings = settings;
        this.credentials = credentials;
        this.client = client;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public DeliveryOutcome deliver(Delivery delivery) throws InterruptedException {
        try {
            URI base = baseAddress();
            if (!Slugs.isSafe(delivery.slug())) {
                return new Rejected(Reason.REFUSED, DeliveryProblem.of(Code.WEBDAV_SLUG, delivery.slug()));
            }
            String server = shown(base);
            DavRequests dav = new DavRequests(client, authorization(base, server), requestTimeout, server, clock);
            BundleZip bundle = openBundle(delivery);
            try {
                return upload(dav, bundle, base.resolve(delivery.slug() + "/"), delivery, server);
            } finally {
                close(bundle);
            }
        } catch (DeliveryStopped stopped) {
            return stopped.outcome();
        }
    }

    private DeliveryOutcome upload(DavRequests dav, BundleZip bundle, URI folder, Delivery delivery, String server)
            throws DeliveryStopped, InterruptedException {
        String slug = delivery.slug() + "/";
        dav.mkcol(folder, slug);
        for (String sub : bundle.folders()) {
            dav.mkcol(folder.resolve(sub), slug + sub);
        }
        URI manifestAddress = folder.resolve(BundleZip.MANIFEST);
        byte[] manifest = bundle.manifest();
        DavRequests.Remote remote = dav.get(manifestAddress, slug + BundleZip.MANIFEST);
        if (remote != null) {
            if (Arrays.equals(remote.body(), manifest) && firstDifference(dav, bundle, folder, slug) == null) {
                return new Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.WEBDAV_ALREADY_THERE, server + slug));
            }
            requireNotNewer(remote.body(), delivery, server + slug);
            dav.delete(manifestAddress, remote.etag(), slug + BundleZip.MANIFEST);
        }
        for (BundleZip.File f : bundle.files()) {
            if (!f.path().equals(BundleZip.MANIFEST)) {
                dav.put(folder.resolve(f.path()), body(bundle, f), f.contentType(), false, slug + f.path());
            }
        }
        dav.put(manifestAddress, BodyPublishers.ofByteArray(manifest), "application/json", true, slug + BundleZip.MANIFEST);
        String difference = firstDifference(dav, bundle, folder, slug);
        if (difference != null) {
            return new Retry(DeliveryProblem.of(Code.WEBDAV_VERIFY, difference), null);
        }
        return new Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.WEBDAV_DELIVERED, bundle.files().size(), server + slug));
    }

    /** The first file the server does not hold exactly as in the bundle, or {@code null} when all match. */
    private static String firstDifference(DavRequests dav, BundleZip bundle, URI folder, String slug)
            throws DeliveryStopped, InterruptedException {
        for (BundleZip.File f : bundle.files()) {
            DavRequests.Remote remote = dav.get(folder.resolve(f.path()), slug + f.path());
            if (remote == null || !BundleZip.sha256Hex(BundleZip.sha256().digest(remote.body())).equals(f.sha256())) {
                return slug + f.path();
            }
        }
        return null;
    }

    private void requireNotNewer(byte[] remoteManifest, Delivery delivery, String folder) throws DeliveryStopped {
        Optional<RemoteManifest> there = RemoteManifest.read(remoteManifest);
        if (there.isEmpty() || !there.get().storyId().equals(delivery.storyId())) {
            throw new DeliveryStopped(new Rejected(Reason.CONFLICT, DeliveryProblem.of(Code.WEBDAV_OTHER_STORY, folder)));
        }
        if (there.get().revision() > delivery.revision()) {
            throw new DeliveryStopped(new Rejected(Reason.CONFLICT,
                    DeliveryProblem.of(Code.WEBDAV_NEWER_REVISION, there.get().revision(), delivery.revision())));
        }
    }

    /** Streams one file from the zip with its length known, so no chunked encoding is needed. */
    private static BodyPublisher body(BundleZip bundle, BundleZip.File f) {
        return f.size() == 0 ? BodyPublishers.noBody()
                : BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> bundle.open(f)), f.size());
    }

    private BundleZip openBundle(Delivery delivery) throws DeliveryStopped {
        try {
            return BundleZip.open(delivery.zip());
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("bundle {} cannot be delivered: {}", delivery.zip(), e.toString());
            throw new DeliveryStopped(new Rejected(Reason.REFUSED, DeliveryProblem.of(Code.WEBDAV_BUNDLE, delivery.zip())));
        }
    }

    private static void close(BundleZip bundle) {
        try {
            bundle.close();
        } catch (IOException e) {
            LOG.debug("closing a bundle zip failed", e);
        }
    }

    /** The base folder's address, ending in a slash; refused when it is no http(s) address or carries credentials. */
    private URI baseAddress() throws DeliveryStopped {
        String location = settings.location() == null ? "" : settings.location().strip();
        URI uri;
        try {
            uri = new URI(location.endsWith("/") ? location : location + "/");
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri != null && uri.getRawUserInfo() != null) {
            throw new DeliveryStopped(new Rejected(Reason.REFUSED, DeliveryProblem.of(Code.WEBDAV_PASSWORD_IN_ADDRESS)));
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new DeliveryStopped(new Rejected(Reason.REFUSED,
                    DeliveryProblem.of(Code.WEBDAV_ADDRESS, location.replaceAll("\\p{Cntrl}", "?"))));
        }
        return uri;
    }

    /** The {@code Authorization} header, or {@code null} when the target has no user name. */
    private String authorization(URI base, String server) throws DeliveryStopped {
        if (settings.username().isEmpty()) {
            return null;
        }
        if (base.getScheme().equalsIgnoreCase("http") && !isThisMachine(base.getHost())) {
            throw new DeliveryStopped(new Rejected(Reason.REFUSED, DeliveryProblem.of(Code.WEBDAV_INSECURE, server)));
        }
        Optional<char[]> secret;
        try {
            secret = credentials.secret(settings.name());
        } catch (CredentialStoreException e) {
            LOG.warn("no password for target {}: {}", settings.name(), e.getMessage());
            DeliveryProblem problem = DeliveryProblem.of(e);
            throw new DeliveryStopped(e.mayPass() ? new Retry(problem, null) : new Rejected(Reason.CREDENTIALS, problem));
        }
        if (secret.isEmpty()) {
            throw new DeliveryStopped(new Rejected(Reason.CREDENTIALS, DeliveryProblem.of(Code.WEBDAV_NO_PASSWORD, settings.name())));
        }
        char[] password = secret.get();
        char[] pair = new char[settings.username().length() + 1 + password.length];
        settings.username().getChars(0, settings.username().length(), pair, 0);
        pair[settings.username().length()] = ':';
        System.arraycopy(password, 0, pair, settings.username().length() + 1, password.length);
        Arrays.fill(password, '\0');
        ByteBuffer bytes = null;
        try {
            bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(pair));
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            String header = "Basic " + Base64.getEncoder().encodeToString(raw);
            Arrays.fill(raw, (byte) 0);
            return header;
        } catch (CharacterCodingException e) {
            throw new DeliveryStopped(new Rejected(Reason.CREDENTIALS, DeliveryProblem.of(Code.WEBDAV_NO_PASSWORD, settings.name())));
        } finally {
            Arrays.fill(pair, '\0');
            if (bytes != null) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }

    /** The address as shown to the editor: no user information, query or fragment. */
    private static String shown(URI base) {
        try {
            return new URI(base.getScheme(), null, base.getHost(), base.getPort(), base.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return base.getScheme() + "://" + base.getHost() + "/";
        }
    }

    private static boolean isThisMachine(String host) {
        return host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }
}
