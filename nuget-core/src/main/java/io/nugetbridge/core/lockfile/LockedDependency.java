package io.nugetbridge.core.lockfile;

import io.nugetbridge.core.version.VersionRange;

/**
 * One entry of a locked package's {@code dependencies}: what the package's nuspec asks for.
 *
 * @param id    the id
 * @param range the range ({@code "1.0.0"} in the file means at least 1.0.0)
 */
public record LockedDependency(String id, VersionRange range) {}
