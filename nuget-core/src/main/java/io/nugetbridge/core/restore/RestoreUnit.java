package io.nugetbridge.core.restore;

/**
 * One thing a restore resolves on its own, with its own summary: a set of package references resolved per target
 * framework by NuGet's PackageReference rules ({@link ReferenceUnit}: an SDK-style project file, or the packages a
 * build lists itself), or a packages.config's exact versions ({@link ExactUnit}).
 */
public sealed interface RestoreUnit permits ReferenceUnit, ExactUnit {

    /** The unit's name: its summary is {@code summary/<name>.json}; messages start with it. */
    String name();
}
