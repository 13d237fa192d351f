package io.nugetbridge.core.publish;

import io.nugetbridge.core.config.ConfigValue;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.config.PackageSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * NuGet's rule for the target of a push (section 3 of nuget-reference.md): the given source may be a
 * configured source's name or its URL (either ignoring case) or any absolute URL or folder; without one,
 * {@code defaultPushSource} from nuget.config (a URL, a source name, or a path relative to its file);
 * without that, an error that says what to set.
 */
public final class PushSourceResolver {

    private final NuGetConfig config;

    public PushSourceResolver(NuGetConfig config) {
        this.config = config;
    }

    /**
     * @param requested the source asked for, with the name of the parameter that gave it
     * @throws PushException when there is nothing to go on, or the source is neither a name nor a location
     */
    public PushSource resolve(Optional<String> requested, String parameter, Path workingFolder) {
        if (requested.filter(s -> !s.isBlank()).isPresent()) {
            return resolve(requested.get().trim(), parameter, workingFolder);
        }
        Optional<ConfigValue> fallback = config.config().entry("defaultPushSource");
        if (fallback.isPresent()) {
            String value = config.config().defaultPushSource().orElse(fallback.get().value());
            return resolve(value, "defaultPushSource in " + fallback.get().declaredAt(), fallback.get().declaredIn().getParent());
        }
        throw new PushException("No source to push to: set nuget.source (a URL, a folder, or the name of a source in"
                + " nuget.config), or defaultPushSource in nuget.config"
                + (config.files().isEmpty() ? " (no nuget.config was found)." : " (read: " + config.files() + ")."));
    }

    private PushSource resolve(String value, String how, Path relativeTo) {
        Optional<PackageSource> byName = config.sources().stream().filter(s -> s.isNamed(value)).findFirst();
        if (byName.isPresent()) {
            return fromConfigured(byName.get(), how);
        }
        Optional<PackageSource> byLocation = config.sources().stream()
                .filter(s -> sameLocation(s.location(), value)).findFirst();
        if (byLocation.isPresent()) {
            return fromConfigured(byLocation.get(), how);
        }
        if (isUrl(value)) {
            return new PushSource(value, value, Optional.empty(), how);
        }
        if (value.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            throw new PushException("The source '" + value + "' (" + how + ") is neither an http(s) URL, a folder,"
                    + " nor the name of a source in nuget.config.");
        }
        Path folder = relativeTo == null ? Path.of(value) : relativeTo.resolve(value);
        if (!Path.of(value).isAbsolute() && !looksLikePath(value) && !Files.isDirectory(folder)) {
            // A bare word that names no source and no existing folder is more likely a typo than a folder to create.
            throw new PushException("There is no source named '" + value + "' (" + how + ") in nuget.config"
                    + (config.sources().isEmpty() ? "" : "; the sources are " + config.sources().stream()
                            .map(PackageSource::name).toList()) + ". Give a URL, a folder path (./" + value
                    + " for a folder here), or a configured source's name.");
        }
        return new PushSource(folder.toAbsolutePath().normalize().toString(),
                folder.toAbsolutePath().normalize().toString(), Optional.empty(), how);
    }

    private static PushSource fromConfigured(PackageSource source, String how) {
        if (!source.enabled()) {
            throw new PushException("The source '" + source.name() + "' (" + how + ") is disabled in nuget.config"
                    + " (disabledPackageSources); enable it or push to another source.");
        }
        return new PushSource(source.name(), source.location(), Optional.of(source), how);
    }

    private static boolean sameLocation(String configured, String given) {
        return strip(configured).equalsIgnoreCase(strip(given));
    }

    private static String strip(String location) {
        String trimmed = location.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static boolean isUrl(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static boolean looksLikePath(String value) {
        return value.contains("/") || value.contains("\\") || value.startsWith(".") || value.startsWith("~")
                || value.toLowerCase(Locale.ROOT).startsWith("file:");
    }
}
