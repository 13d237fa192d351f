package io.nugetbridge.core.resolve;

import io.nugetbridge.core.version.VersionRange;

/**
 * A dependency no source could satisfy.
 *
 * @param id    the id as asked
 * @param range the range as asked
 */
public record UnresolvedDependency(String id, VersionRange range) {

    @Override
    public String toString() {
        return RangeText.withId(id, range);
    }
}
