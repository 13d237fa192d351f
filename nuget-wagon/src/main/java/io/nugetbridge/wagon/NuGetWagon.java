package io.nugetbridge.wagon;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.wagon.AbstractWagon;
import org.apache.maven.wagon.ResourceDoesNotExistException;
import org.apache.maven.wagon.TransferFailedException;
import org.apache.maven.wagon.WagonException;
import org.apache.maven.wagon.authorization.AuthorizationException;
import org.apache.maven.wagon.events.TransferEvent;
import org.apache.maven.wagon.resource.Resource;

/**
 * A NuGet feed as a Maven repository: {@code nuget+https://}, {@code nuget+http://} (loopback, or opted in) and
 * {@code nuget+file://} URLs, the rest of the URL being the feed. Maven paths in (see {@link RepositoryPath}),
 * core calls out; all the NuGet rules live in nuget-core.
 *
 * <p>One instance per lookup (components.xml, {@code per-lookup}): Resolver pools wagons and uses each from one
 * thread at a time, so an instance keeps only its repository's resolved connection; what the run shares is in
 * {@link WagonServices}. The private fields below are the knobs of {@code <server><configuration>}, which Maven
 * sets by field name (Resolver's {@code PlexusWagonConfigurator}).
 */
public class NuGetWagon extends AbstractWagon {

    private static final int BUFFER = 64 * 1024;

    /** Whose dependency group generated POMs list; {@value WagonSettings#DEFAULT_TARGET_FRAMEWORK} by default. */
    private String targetFramework;
    /** Skip a deployed version the feed already has, instead of failing. */
    private boolean skipDuplicate;
    /** Allow nuget+http to another host than this machine. */
    private boolean allowInsecureConnections;
    private Integer connectTimeoutSeconds;
    private Integer readTimeoutSeconds;
    private Integer pushTimeoutSeconds;
    /** The global packages folder to use instead of NuGet's (NUGET_PACKAGES, nuget.config, ~/.nuget/packages). */
    private String globalPackagesFolder;
    /** The CodeArtifact API endpoint to ask for tokens (a VPC endpoint) instead of the region's. */
    private String codeArtifactEndpoint;

    /** Injected by Plexus (components.xml). */
    private WagonServices services;

    private final Map<String, String> httpHeaders = new LinkedHashMap<>();
    private FeedLocation location;
    private FeedConnection connection;

    public NuGetWagon() {}

    NuGetWagon(WagonServices services) {
        this.services = services;
    }

    /** Called by Resolver (reflectively) with Maven's User-Agent and the server's {@code <httpHeaders>}. */
    public void setHttpHeaders(Properties headers) {
        httpHeaders.clear();
        headers.stringPropertyNames().forEach(name -> httpHeaders.put(name, headers.getProperty(name)));
    }

    /** No network here: Maven connects a wagon for every lookup, Java artifacts included. */
    @Override
    protected void openConnectionInternal() {
        location = FeedLocation.of(getRepository().getId(), getRepository().getUrl());
        connection = null;
    }

    @Override
    protected void closeConnection() {
        connection = null;
    }

    @Override
    public void get(String resourceName, File destination)
            throws TransferFailedException, ResourceDoesNotExistException, AuthorizationException {
        Resource resource = new Resource(resourceName);
        fireGetInitiated(resource, destination);
        Content content = find(resourceName);
        resource.setContentLength(content.length());
        createParentDirectories(destination);
        fireGetStarted(resource, destination);
        TransferEvent progress = new TransferEvent(this, resource, TransferEvent.TRANSFER_PROGRESS,
                TransferEvent.REQUEST_GET);
        try (InputStream in = content.open(); OutputStream out = Files.newOutputStream(destination.toPath())) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                fireTransferProgress(progress, buffer, read);
            }
        } catch (IOException e) {
            fireTransferError(resource, e, TransferEvent.REQUEST_GET);
            throw new TransferFailedException("Could not write " + resourceName + " to " + destination + ": " + e, e);
        }
        fireGetCompleted(resource, destination);
    }

    /** Never asked by Resolver; what is served has no date, so it is always fetched. */
    @Override
    public boolean getIfNewer(String resourceName, File destination, long timestamp)
            throws TransferFailedException, ResourceDoesNotExistException, AuthorizationException {
        get(resourceName, destination);
        return true;
    }

    @Override
    public boolean resourceExists(String resourceName) throws TransferFailedException, AuthorizationException {
        RepositoryPath path = RepositoryPath.parse(resourceName);
        if (path instanceof RepositoryPath.Unmapped) {
            return false;
        }
        try {
            return new ResourceAnswers(connection().view()).exists(path);
        } catch (RuntimeException e) {
            WagonException failure = WagonFailures.of(e, location, resourceName);
            if (failure instanceof AuthorizationException authorization) {
                throw authorization;
            }
            if (failure instanceof TransferFailedException transfer) {
                throw transfer;
            }
            return false;
        }
    }

    @Override
    public void put(File source, String destination) throws TransferFailedException {
        Resource resource = new Resource(destination);
        resource.setContentLength(source.length());
        firePutInitiated(resource, source);
        firePutStarted(resource, source);
        TransferEvent progress = new TransferEvent(this, resource, TransferEvent.TRANSFER_PROGRESS,
                TransferEvent.REQUEST_PUT);
        UploadProgress upload = new UploadProgress(sent -> fireTransferProgress(progress, sent, sent.length));
        try {
            new PackageDeployment(connection(), services.log()).put(destination, source.toPath(), upload);
        } catch (TransferFailedException e) {
            fireTransferError(resource, e, TransferEvent.REQUEST_PUT);
            throw e;
        }
        firePutCompleted(resource, source);
    }

    /** The content of a path, or the wagon exception Maven expects; checksums only ever fail as "not found". */
    private Content find(String resourceName)
            throws TransferFailedException, ResourceDoesNotExistException, AuthorizationException {
        RepositoryPath path = RepositoryPath.parse(resourceName);
        if (path instanceof RepositoryPath.Unmapped) {
            throw WagonFailures.notFound(location, resourceName);
        }
        try {
            Optional<Content> content = new ResourceAnswers(connection().view()).answer(path);
            if (content.isEmpty() && path instanceof RepositoryPath.ArtifactFile file && file.checksum().isEmpty()) {
                // Name what there is, as NuGet's NU1102 does: a version Maven asks for is often one the feed lacks.
                throw WagonFailures.versionNotFound(location, resourceName, file.id(), connection().view().versions(file.id()));
            }
            return content.orElseThrow(() -> WagonFailures.notFound(location, resourceName));
        } catch (RuntimeException e) {
            if (isChecksum(path)) {
                // Under -C any other failure of a checksum fails the build (Resolver's ChecksumValidator).
                services.log().debug(() -> "No checksum " + resourceName + ": " + e.getMessage());
                throw WagonFailures.notFound(location, resourceName);
            }
            WagonException failure = WagonFailures.of(e, location, resourceName);
            if (failure instanceof ResourceDoesNotExistException notFound) {
                throw notFound;
            }
            if (failure instanceof AuthorizationException authorization) {
                throw authorization;
            }
            throw (TransferFailedException) failure;
        }
    }

    private FeedConnection connection() {
        if (connection == null) {
            connection = services.connect(location, settings(),
                    MavenConnectionValues.credentials(getAuthenticationInfo(), location.repositoryId()),
                    MavenConnectionValues.apiKey(getAuthenticationInfo()),
                    MavenConnectionValues.proxy(getProxyInfo(getRepository().getProtocol(), getRepository().getHost()),
                            getRepository().getProtocol()));
        }
        return connection;
    }

    private WagonSettings settings() {
        Map<String, String> knobs = new LinkedHashMap<>();
        knobs.put("targetFramework", targetFramework);
        knobs.put("skipDuplicate", String.valueOf(skipDuplicate));
        knobs.put("allowInsecureConnections", String.valueOf(allowInsecureConnections));
        knobs.put("connectTimeoutSeconds", Objects.toString(connectTimeoutSeconds, null));
        knobs.put("readTimeoutSeconds", Objects.toString(readTimeoutSeconds, null));
        knobs.put("pushTimeoutSeconds", Objects.toString(pushTimeoutSeconds, null));
        knobs.put("globalPackagesFolder", globalPackagesFolder);
        knobs.put("codeArtifactEndpoint", codeArtifactEndpoint);
        return WagonSettings.fromKnobs(knobs::get, httpHeaders);
    }

    private static boolean isChecksum(RepositoryPath path) {
        return (path instanceof RepositoryPath.ArtifactFile file && file.checksum().isPresent())
                || (path instanceof RepositoryPath.VersionsMetadata metadata && metadata.checksum().isPresent())
                || (path instanceof RepositoryPath.Prefixes prefixes && prefixes.checksum().isPresent());
    }
}
