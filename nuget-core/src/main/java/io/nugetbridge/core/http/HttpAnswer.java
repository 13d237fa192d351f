package io.nugetbridge.core.http;

import java.net.URI;

/** What a server answered to a {@link HttpCall}: the status, the final URL, and the start of the body. */
public record HttpAnswer(int status, URI uri, String bodyExcerpt) {

    public boolean isSuccess() {
        return status >= 200 && status <= 299;
    }
}
