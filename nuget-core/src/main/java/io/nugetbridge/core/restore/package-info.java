/**
 * A whole restore, as {@code nuget:restore} runs it, and its machine-readable summary.
 * {@link io.nugetbridge.core.restore.RestoreSession} puts nuget.config's sources, credentials, HTTP settings and
 * global packages folder together; {@link io.nugetbridge.core.restore.RestoreRun} resolves each
 * {@link io.nugetbridge.core.restore.RestoreUnit} (a project file or listed packages by PackageReference rules, a
 * packages.config exactly), installs what they need into the global packages folder, extracts their packages to
 * {@code packages/<Id>.<Version>/}, gathers each framework's assets into {@code <tfm>/compile|runtime|native/},
 * and writes a {@link io.nugetbridge.core.restore.RestoreSummary} per unit ({@link
 * io.nugetbridge.core.restore.RestoreSummaryJson}) and its lock file where one is in use.
 */
package io.nugetbridge.core.restore;
