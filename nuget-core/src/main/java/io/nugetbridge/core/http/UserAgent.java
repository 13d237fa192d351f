package io.nugetbridge.core.http;

/** The {@code User-Agent} of every request: this project, its version, and the Java and OS under it. */
final class UserAgent {

    static final String VALUE = "NuGetBridge/" + version() + " (Java " + System.getProperty("java.version") + "; "
            + System.getProperty("os.name") + ")";

    private UserAgent() {}

    /** The version from the jar's manifest (written by the build); "dev" when run from classes. */
    private static String version() {
        String version = UserAgent.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
