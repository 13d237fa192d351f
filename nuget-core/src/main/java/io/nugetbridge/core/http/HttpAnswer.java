package io.nugetbridge.core.http;

import java.net.URI;

/**
 * What a server answered to a {@link HttpCall}: the status, the final URL, the start of the body, the tries it
 * took, and the endpoint as last sent (its credentials renewed, if they were).
 */
public record HttpAnswer(int status, URI uri, String bodyExcerpt, int attempts, Endpoint endpoint) {

    public boolean isSuccess() {
        return status >= 200 && status <= 299;
    }
}
