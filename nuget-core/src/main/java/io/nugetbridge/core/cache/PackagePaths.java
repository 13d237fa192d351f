package io.nugetbridge.core.cache;

import io.nugetbridge.core.version.NuGetVersion;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where one package lives in a folder with the global packages folder layout (NuGet's
 * {@code VersionFolderPathResolver}): {@code <lowerid>/<lowerversion>/} holding
 * {@code <lowerid>.<lowerversion>.nupkg}, its {@code .sha512}, {@code <lowerid>.nuspec} and
 * {@code .nupkg.metadata}.
 *
 * <p>Our own working files sit beside the version folder, in the id folder, under names that start
 * with a dot and {@code <lowerversion>~}: no NuGet version contains {@code ~}, so dotnet (which only
 * looks at folders whose names parse as versions) never mistakes them for a package, and leftovers of
 * one version are never confused with another's ({@code 1.0.0} and {@code 1.0.0.1}).
 */
record PackagePaths(Path root, String lowerId, String lowerVersion) {

    /** NuGet's package id rule ({@code PackageIdValidator}), which also keeps an id from naming another folder. */
    private static final Pattern ID = Pattern.compile("\\w+([_.-]\\w+)*", Pattern.UNICODE_CHARACTER_CLASS);

    /** The paths of a package; an id that breaks NuGet's rule (a hostile {@code ../x}) is refused. */
    static PackagePaths of(Path root, String id, NuGetVersion version) {
        if (!ID.matcher(id).matches()) {
            throw new CacheException("'" + id + "' is not a valid NuGet package id (letters, digits, '_', and '.' or"
                    + " '-' between them), so it cannot name a folder in " + root + ". Check the dependency that"
                    + " asks for it.");
        }
        return new PackagePaths(root, id.toLowerCase(Locale.ROOT), version.toPathString());
    }

    /** {@code <root>/<lowerid>}: every version of the id, and our working files. */
    Path idFolder() {
        return root.resolve(lowerId);
    }

    /** {@code <root>/<lowerid>/<lowerversion>}. */
    Path versionFolder() {
        return idFolder().resolve(lowerVersion);
    }

    String nupkgName() {
        return lowerId + "." + lowerVersion + ".nupkg";
    }

    String sha512Name() {
        return nupkgName() + ".sha512";
    }

    String nuspecName() {
        return lowerId + ".nuspec";
    }

    Path nupkg() {
        return versionFolder().resolve(nupkgName());
    }

    Path sha512() {
        return versionFolder().resolve(sha512Name());
    }

    Path nuspec() {
        return versionFolder().resolve(nuspecName());
    }

    Path metadata() {
        return versionFolder().resolve(NupkgMetadata.FILE_NAME);
    }

    /** The file whose lock guards this version's folder; there only while held ({@link PackageLock} deletes it). */
    Path lockFile() {
        return idFolder().resolve("." + lowerVersion + ".lock");
    }

    /** A fresh working name of one kind ({@code download}, {@code staging}, {@code stale}) beside the version folder. */
    Path workingPath(String kind) {
        return idFolder().resolve(workingPrefix() + UUID.randomUUID() + "." + kind);
    }

    /**
     * True for our working files of this version and for the temporary names other code derives from
     * them (the HTTP client's {@code .<name>…part}, the extractor's {@code .<name>…partial}).
     */
    boolean isWorkingName(String fileName) {
        String prefix = workingPrefix();
        return fileName.startsWith(prefix) || fileName.startsWith("." + prefix);
    }

    private String workingPrefix() {
        return "." + lowerVersion + "~";
    }
}
