package io.nugetbridge.core.version;

/** Which part of a version a floating range lets move, as in NuGet's {@code NuGetVersionFloatBehavior}. */
public enum FloatBehavior {
    /** No float: an exact version. */
    NONE,
    /** {@code 1.0.0-*}, {@code 1.0.0-beta*}: any matching prerelease of 1.0.0, or 1.0.0 itself. */
    PRERELEASE,
    /** {@code 1.0.0.*}: any stable 1.0.0.x. */
    REVISION,
    /** {@code 1.0.*}: any stable 1.0.x. */
    PATCH,
    /** {@code 1.*}: any stable 1.x. */
    MINOR,
    /** {@code *}: the highest stable version. */
    MAJOR,
    /** {@code 1.0.0.*-*}: any 1.0.0.x, prerelease included. */
    PRERELEASE_REVISION,
    /** {@code 1.0.*-*}: any 1.0.x, prerelease included. */
    PRERELEASE_PATCH,
    /** {@code 1.*-*}: any 1.x, prerelease included. */
    PRERELEASE_MINOR,
    /** {@code *-beta*}: any version whose prerelease starts with the prefix, or any stable one. */
    PRERELEASE_MAJOR,
    /** {@code *-*}: the highest version of all, prerelease included. */
    ABSOLUTE_LATEST
}
