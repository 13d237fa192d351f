package io.nugetbridge.core.publish;

import io.nugetbridge.core.config.ConfigValue;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.config.PackageSource;
import io.nugetbridge.core.http.SafeUri;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * NuGet's rule for the target of a push (section 3 of nuget-reference.md): the given source may be a
 * configured source's name or its URL (either ignoring case) or any absolute URL or folder; without one,
 * {@code defaultPushSource} from nuget.config (a URL, a source name, or a path relative to its file);
 * without that, an error that says what to set.
 */
public final class PushSourceResolver {

    /** {@code https//host}, {@code https:/host}, {@code http:host}: a URL with its {@code ://} mistyped. */
    private static final Pattern MISTYPED_URL = Pattern.compile("^(?i)(https?|file)(?!://)[:/\\\\]");

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
            URI uri = validUrl(value, how);
            return new PushSource(SafeUri.of(uri), value, Optional.empty(), how);
        }
        if (value.regionMatches(true, 0, "file:", 0, 5)) {
            return fileUrl(value, how);
        }
        if (value.contains("://") || MISTYPED_URL.matcher(value).find()) {
            // NuGet requires an absolute URI (PackageSourceProviderExtensions.ValidateSource); pushing into a
            // folder named after a mistyped URL would report success for a package that went nowhere.
            throw new PushException("The source '" + value + "' (" + how + ") looks like a URL but is not a valid"
                    + " http(s) URL (check the scheme, the '://' and for spaces); give a URL such as"
                    + " https://host/v3/index.json, a folder, or the name of a source in nuget.config.");
        }
        Path folder;
        try {
            folder = relativeTo == null ? Path.of(value) : relativeTo.resolve(value);
        } catch (InvalidPathException e) {
            throw new PushException("The source '" + value + "' (" + how + ") is no URL, no valid folder path ("
                    + e.getReason() + "), and no source in nuget.config.");
        }
        if (!Path.of(value).isAbsolute() && !Files.isDirectory(folder) && looksLikePath(value) && !isExplicitlyRelative(value)) {
            throw new PushException("The folder '" + value + "' (" + how + ") does not exist (" + folder.toAbsolutePath()
                    .normalize() + "). Create it, or write ./" + value + " to have the push create it.");
        }
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

    /**
     * An http(s) URL that parses, has a host and carries no user name or password: NuGet sends no credentials
     * from a URL, and a password in one would end up in messages and logs. The message shows it redacted.
     */
    private static URI validUrl(String value, String how) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new PushException("The source '" + redactedText(value) + "' (" + how + ") is not a valid URL ("
                    + e.getReason() + " at index " + e.getIndex() + "); check it for spaces or a mistyped character.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new PushException("The source '" + redactedText(value) + "' (" + how + ") is not a valid URL: it has"
                    + " no host; give a URL such as https://host/v3/index.json.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new PushException("The source URL " + SafeUri.of(uri) + " (" + how + ") carries a user name and"
                    + " password, which NuGet never sends and which would show in logs; remove them from the URL and"
                    + " give them with nuget.username and nuget.password, a settings.xml <server>, or"
                    + " packageSourceCredentials in nuget.config.");
        }
        return uri;
    }

    /** A {@code file:} URL: the absolute folder it names, created by the push as NuGet does. */
    private static PushSource fileUrl(String value, String how) {
        try {
            String folder = Path.of(new URI(value)).toAbsolutePath().normalize().toString();
            return new PushSource(folder, folder, Optional.empty(), how);
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new PushException("The source '" + value + "' (" + how + ") is not a valid file URL (" + e.getMessage()
                    + "); give the folder as a path, or as file:///absolute/path.");
        }
    }

    /** The text of something meant as a URL, with anything between {@code ://} and an {@code @} hidden. */
    private static String redactedText(String value) {
        return value.replaceFirst("(?<=://)[^/@]*@", "***@");
    }

    private static boolean isExplicitlyRelative(String value) {
        return value.startsWith("./") || value.startsWith(".\\") || value.startsWith("../") || value.startsWith("..\\")
                || value.startsWith("~");
    }

    private static boolean looksLikePath(String value) {
        return value.contains("/") || value.contains("\\") || value.startsWith(".") || value.startsWith("~")
                || value.toLowerCase(Locale.ROOT).startsWith("file:");
    }
}
