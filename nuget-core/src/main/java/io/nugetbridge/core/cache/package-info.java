/**
 * NuGet's global packages folder ({@code ~/.nuget/packages}) and its fallback folders, shared with dotnet
 * and nuget.exe: {@link io.nugetbridge.core.cache.GlobalPackagesLocation} says where it is,
 * {@link io.nugetbridge.core.cache.GlobalPackagesFolder} finds and installs packages in it, and
 * {@link io.nugetbridge.core.cache.InstalledPackage} is what restore and the wagon get back.
 *
 * <p>The layout, the {@code .nupkg.sha512} text and the {@code .nupkg.metadata} JSON are dotnet's to the
 * byte (section 8 of {@code nuget-reference.md}), so either tool can use what the other installed.
 */
package io.nugetbridge.core.cache;
