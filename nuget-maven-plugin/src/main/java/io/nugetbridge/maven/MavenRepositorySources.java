package io.nugetbridge.maven;

import io.nugetbridge.core.config.PackageSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * The project's repositories that are NuGet feeds, as restore sources: those whose URL (after Maven applied
 * its mirrors) starts with {@code nuget+}, the wagon's schemes. The rest of the URL is the feed's address
 * ({@code nuget+https://host/v3/index.json}), and {@code nuget+file:} is a folder. Each source is named by its
 * repository id, so the settings.xml {@code <server>} of that id gives its credentials, as for the wagon.
 */
final class MavenRepositorySources {

    private static final String PREFIX = "nuget+";

    private MavenRepositorySources() {}

    static List<PackageSource> of(MavenProject project) {
        List<PackageSource> sources = new ArrayList<>();
        List<RemoteRepository> repositories = project == null ? null : project.getRemoteProjectRepositories();
        if (repositories == null) {
            return sources;
        }
        for (RemoteRepository repository : repositories) {
            String url = repository.getUrl();
            if (url != null && url.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
                sources.add(PackageSource.given(repository.getId(), location(url.substring(PREFIX.length())), false));
            }
        }
        return sources;
    }

    /** A feed URL as it is; a {@code file:} URL as the folder it names. */
    static String location(String url) {
        return url.toLowerCase(Locale.ROOT).startsWith("file:") ? Path.of(URI.create(url)).toString() : url;
    }
}
