package io.nugetbridge.core.http;

import io.nugetbridge.core.BridgeVersion;

/** The {@code User-Agent} of every request: this project, its version, and the Java and OS under it. */
final class UserAgent {

    static final String VALUE = "NuGetBridge/" + BridgeVersion.current() + " (Java " + System.getProperty("java.version")
            + "; " + System.getProperty("os.name") + ")";

    private UserAgent() {}
}
