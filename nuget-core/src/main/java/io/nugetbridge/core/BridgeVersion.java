package io.nugetbridge.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this project as the running jar knows it: what the HTTP {@code User-Agent} and the
 * {@code lastModifiedBy} of packages we write carry.
 */
public final class BridgeVersion {

    /** Written into every jar by the Maven build, which sets no Implementation-Version in the manifest. */
    private static final String POM_PROPERTIES = "/META-INF/maven/io.nugetbridge/nuget-core/pom.properties";

    private static final String CURRENT = lookUp();

    private BridgeVersion() {}

    /** The version of the nuget-core jar on the class path, or {@code dev} when run from classes. */
    public static String current() {
        return CURRENT;
    }

    private static String lookUp() {
        try (InputStream pom = BridgeVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            return versionFrom(BridgeVersion.class.getPackage().getImplementationVersion(), pom);
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
