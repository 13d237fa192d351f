package io.nugetbridge.core.resolve;

/**
 * Package source mapping: which sources may provide which ids. The restore goal backs it with the
 * {@code <packageSourceMapping>} of nuget.config; without one, every source may provide every id.
 * Only remote sources are filtered: the global packages folder and fallback folders are always read, as
 * in NuGet.
 */
@FunctionalInterface
public interface SourceMapping {

    /** No mapping configured: every source serves every id. */
    SourceMapping NONE = new SourceMapping() {
        @Override
        public boolean allows(String sourceName, String packageId) {
            return true;
        }

        @Override
        public boolean isEnabled() {
            return false;
        }
    };

    /** Whether the source named {@code sourceName} may provide {@code packageId}. */
    boolean allows(String sourceName, String packageId);

    /** Whether a mapping is configured at all (messages then say which sources were not considered). */
    default boolean isEnabled() {
        return true;
    }
}
