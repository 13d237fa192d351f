package io.nugetbridge.core.restore;

import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.feed.FeedPackage;
import io.nugetbridge.core.version.NuGetVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A feed opened when it is first asked something, so a restore that never asks a source never opens one. */
final class LazyFeed implements Feed {

    private final String source;
    private final Supplier<Feed> opener;
    private volatile Feed feed;

    LazyFeed(String source, Supplier<Feed> opener) {
        this.source = source;
        this.opener = opener;
    }

    private Feed feed() {
        Feed opened = feed;
        if (opened == null) {
            synchronized (this) {
                if (feed == null) {
                    feed = opener.get();
                }
                opened = feed;
            }
        }
        return opened;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public List<FeedPackage> versions(String id) {
        return feed().versions(id);
    }

    @Override
    public Optional<byte[]> nuspec(String id, NuGetVersion version) {
        return feed().nuspec(id, version);
    }

    @Override
    public boolean download(String id, NuGetVersion version, Path target) {
        return feed().download(id, version, target);
    }

    @Override
    public Optional<FeedPackage> find(String id, NuGetVersion version) {
        return feed().find(id, version);
    }
}
