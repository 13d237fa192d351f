package io.nugetbridge.core.resolve;

/** NuGet's restore codes this package reports; their meanings are those of NuGet's error and warning pages. */
public final class Codes {

    /** Unresolved, and nothing more specific can be said (for example, source mapping left no source). */
    public static final String NU1100 = "NU1100";
    /** No source has any version of the id. */
    public static final String NU1101 = "NU1101";
    /** Sources have the id, but no version in the range. */
    public static final String NU1102 = "NU1102";
    /** Only prerelease versions are in the range, and the range does not allow them. */
    public static final String NU1103 = "NU1103";
    /** Conflict resolution gave up: disputes that wait on each other left requests unsettled. */
    public static final String NU1106 = "NU1106";
    /** Two dependencies ask for versions no single version satisfies. */
    public static final String NU1107 = "NU1107";
    /** A package depends on itself through others. */
    public static final String NU1108 = "NU1108";
    /** A project dependency was resolved above the version the project asked for. */
    public static final String NU1601 = "NU1601";
    /** A dependency range has no inclusive lower bound, so the best match is approximate. */
    public static final String NU1602 = "NU1602";
    /** The lowest version of a dependency range does not exist; a higher one was used. */
    public static final String NU1603 = "NU1603";
    /** A project dependency has no inclusive lower bound. */
    public static final String NU1604 = "NU1604";
    /** A nearer dependency chose a lower version than a farther one asked for. */
    public static final String NU1605 = "NU1605";
    /** A resolved version is above a dependency's upper bound. */
    public static final String NU1608 = "NU1608";
    /** A package has assemblies, none of them for the framework (an error). */
    public static final String NU1202 = "NU1202";
    /** A package was restored for a fallback framework (AssetTargetFallback). */
    public static final String NU1701 = "NU1701";
    /** A source failed to answer. */
    public static final String NU1301 = "NU1301";
    /** Locked mode: the lock file does not match what restore would do. */
    public static final String NU1004 = "NU1004";
    /** A package in the global packages folder is not the one the lock file recorded (its content hash differs). */
    public static final String NU1403 = "NU1403";

    private Codes() {}
}
