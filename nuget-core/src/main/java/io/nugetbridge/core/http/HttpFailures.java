package io.nugetbridge.core.http;

import java.io.IOException;
import java.net.URI;
import java.security.cert.CertificateException;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Turns an unwanted HTTP status into an error that says what to change. */
final class HttpFailures {

    private HttpFailures() {}

    static NuGetHttpException forStatus(int status, String reason, URI uri, Endpoint endpoint, int attempts) {
        return forStatus(status, reason, uri, endpoint, attempts, false);
    }

    /** @param redirectedElsewhere the answer came from another origin, which credentials never follow */
    static NuGetHttpException forStatus(int status, String reason, URI uri, Endpoint endpoint, int attempts,
            boolean redirectedElsewhere) {
        if (redirectedElsewhere && (status == 401 || status == 403)) {
            return new NuGetHttpException(uri, status, "The source '" + endpoint.sourceName() + "' redirected to "
                    + SafeUri.of(uri) + ", another origin, which answered " + status + (reason == null || reason.isBlank()
                    ? "" : " " + reason) + ". No credentials were sent there (they never follow a redirect to another"
                    + " host), so they are not at fault: the redirect target wants its own authentication, or a"
                    + " signed link the feed did not give. Tell the feed's owner.", null);
        }
        String head = "The source '" + endpoint.sourceName() + "' answered " + status
                + (reason == null || reason.isBlank() ? "" : " " + reason) + " for " + SafeUri.of(uri)
                + (attempts > 1 ? " (" + attempts + " attempts)" : "");
        String advice = switch (status) {
            case 401 -> endpoint.credentials()
                    .map(c -> ": " + RefusedCredentials.advice(c))
                    .orElse(": no credentials were sent, since none were found for this source. Add a <server> with"
                            + " the source's name as id to settings.xml, packageSourceCredentials to nuget.config, or"
                            + " set NuGetPackageSourceCredentials_" + endpoint.sourceName() + ".");
            case 403 -> ": the credentials" + endpoint.credentials().map(c -> " (" + c + ")").orElse("")
                    + " were accepted but lack permission for this; ask the feed's owner for read (or push) rights.";
            case 404 -> ": not found. Check the source URL.";
            case 407 -> ": the proxy wants credentials. Set them on the proxy in settings.xml or in http_proxy.user"
                    + " and http_proxy.password in nuget.config.";
            case 429 -> ": too many requests, even after retrying. Lower maxHttpRequestsPerSource or try later.";
            default -> status >= 500 ? ": the server failed, even after retrying. Try again later." : ".";
        };
        return new NuGetHttpException(uri, status, head + advice, null);
    }

    /** The proxy would not open a tunnel to an https source. */
    static NuGetHttpException tunnelRefused(int status, String reason, HttpProxy proxy, URI uri, Endpoint endpoint,
            int attempts) {
        String head = "The proxy " + proxy + " refused to connect to " + uri.getHost() + " for the source '"
                + endpoint.sourceName() + "' (" + SafeUri.of(uri) + "): it answered " + status
                + (reason == null || reason.isBlank() ? "" : " " + reason)
                + (attempts > 1 ? " (" + attempts + " attempts)" : "");
        String advice = status == 407
                ? proxy.credentials().isPresent()
                        ? ". It did not accept the proxy credentials; check them."
                        : ". It wants credentials: put user:password@ in the proxy URL (http_proxy) or set"
                                + " http_proxy.user and http_proxy.password in nuget.config."
                : ". Ask the proxy's administrator to allow this host, or list the host in no_proxy if it can be"
                        + " reached directly.";
        return new NuGetHttpException(uri, status, head + advice, null);
    }

    /**
     * What to do when the server's TLS certificate was not accepted (not trusted, expired, or for another
     * name), or empty when the failure is something else. Such a failure would recur on every attempt.
     */
    static Optional<String> certificateRefused(IOException e) {
        if (!(e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException)) {
            return Optional.empty();
        }
        Throwable innermost = e;
        boolean aboutTheCertificate = e instanceof SSLPeerUnverifiedException;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            aboutTheCertificate |= cause instanceof CertificateException;
            innermost = cause;
        }
        if (!aboutTheCertificate) {
            return Optional.empty();
        }
        return Optional.of("the server's TLS certificate was not accepted (" + innermost.getMessage() + "). If it comes"
                + " from a company CA, add that CA to a trust store and give it to Maven's Java with"
                + " -Djavax.net.ssl.trustStore=<file> in MAVEN_OPTS or .mvn/jvm.config; if the name does not match,"
                + " use the host name the certificate is for in the source URL.");
    }
}
