package io.nugetbridge.core.http;

import java.net.URI;

/** What a server answered to a {@link HttpCall}: the status, the final URL, and the start of the body. */
public record HttpAnswer(int status, URI uri, String bodyExcerpt, int attempts) {

    /** An answer to the first attempt. */
    public HttpAnswer(int status, URI uri, String bodyExcerpt) {
        this(status, uri, bodyExcerpt, 1);
    }

    public boolean isSuccess() {
        return status >= 200 && status <= 299;
    }
}
