package io.nugetbridge.core.http;

import java.net.URI;

/** Turns an unwanted HTTP status into an error that says what to change. */
final class HttpFailures {

    private HttpFailures() {}

    static NuGetHttpException forStatus(int status, String reason, URI uri, Endpoint endpoint, int attempts) {
        String head = "The source '" + endpoint.sourceName() + "' answered " + status
                + (reason == null || reason.isBlank() ? "" : " " + reason) + " for " + SafeUri.of(uri)
                + (attempts > 1 ? " (" + attempts + " attempts)" : "");
        String advice = switch (status) {
            case 401 -> endpoint.credentials()
                    .map(c -> ": the credentials tried (" + c + ") were not accepted. Check the user name and the"
                            + " password or token, and whether it has expired.")
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
}
