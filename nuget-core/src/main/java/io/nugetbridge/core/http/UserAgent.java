package io.nugetbridge.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The {@code User-Agent} of every request: this project, its version, and the Java and OS under it. */
final class UserAgent {

    /** Written into every jar by the Maven build, which sets no Implementation-Version in the manifest. */
    private static final String POM_PROPERTIES = "/META-INF/maven/io.nugetbridge/nuget-core/pom.properties";

    static final String VALUE = "NuGetBridge/" + version() + " (Java " + System.getProperty("java.version") + "; "
            + System.getProperty("os.name") + ")";

    private UserAgent() {}

    private static String version() {
        try (InputStream pom = UserAgent.class.getResourceAsStream(POM_PROPERTIES)) {
            return versionFrom(UserAgent.class.getPackage().getImplementationVersion(), pom);
        } catch (IOException e) {
            return "dev";
        }
    }

    /** The manifest's version, else the one in the jar's pom.properties, else "dev" (run from classes). */
    static String versionFrom(String implementationVersion, InputStream pomProperties) throws IOException {
        if (implementationVersion != null && !implementationVersion.isBlank()) {
            return implementationVersion;
        }
        if (pomProperties != null) {
            Properties properties = new Properties();
            properties.load(pomProperties);
            String version = properties.getProperty("version");
            if (version != null && !version.isBlank()) {
                return version.trim();
            }
        }
        return "dev";
    }
}
