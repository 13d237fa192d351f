/**
 * PackageReference resolution by NuGet's rules, per target framework: lowest applicable version, floats,
 * prerelease rules, direct and nearest wins, cousins, downgrades, conflicts and cycles, with NuGet's codes
 * and wording ({@link io.nugetbridge.core.resolve.PackageResolver} is the entry point). Sources come in through
 * {@link io.nugetbridge.core.resolve.PackageSource}, are asked in parallel, once per id per run, and never make
 * the result depend on timing.
 */
package io.nugetbridge.core.resolve;
