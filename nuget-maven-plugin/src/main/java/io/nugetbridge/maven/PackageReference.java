package io.nugetbridge.maven;

/**
 * A package listed in the plugin configuration, as MSBuild's {@code <PackageReference>}:
 *
 * <pre>{@code
 * <packageReference>
 *   <id>Serilog</id>
 *   <version>3.1.*</version>   <!-- a version (minimum), a range [1.0,2.0), or a float -->
 * </packageReference>
 * }</pre>
 */
public class PackageReference {

    /** The package id. */
    private String id;

    /** The version, range or floating version, in NuGet's syntax. */
    private String version;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    @Override
    public String toString() {
        return id + " " + version;
    }
}
