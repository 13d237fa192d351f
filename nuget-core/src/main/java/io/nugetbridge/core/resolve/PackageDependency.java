package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.VersionRange;
import java.util.Objects;

/**
 * A dependency on a package: a project's PackageReference, or one entry of a nuspec dependency group.
 *
 * <p>Deliberately a class, not a record: the resolver tells one declaration from another equal one by
 * identity, as NuGet's walker does when it skips the edge it is walking ({@code d != dependency}).
 *
 * @see #id()
 * @see #range()
 */
public final class PackageDependency {

    private final String id;
    private final VersionRange range;

    public PackageDependency(String id, VersionRange range) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A package dependency needs an id");
        }
        this.id = id.trim();
        this.range = Objects.requireNonNull(range, "range");
    }

    /** A dependency from its id and range text ({@code 1.0}, {@code [1.0,2.0)}, {@code 1.*}). */
    public static PackageDependency of(String id, String range) {
        return new PackageDependency(id, VersionRange.parse(range));
    }

    /** The id as written. */
    public String id() {
        return id;
    }

    /** The version range, floats allowed (only project dependencies have them). */
    public VersionRange range() {
        return range;
    }

    /** The way NuGet's messages write it: {@code Newtonsoft.Json (>= 13.0.1)}. */
    @Override
    public String toString() {
        return RangeText.withId(id, range);
    }
}
