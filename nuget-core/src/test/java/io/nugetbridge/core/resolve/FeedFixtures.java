package io.nugetbridge.core.resolve;

import java.util.function.UnaryOperator;

/** In-memory sources for tests of other packages (the memory source itself stays package-private). */
public final class FeedFixtures {

    private FeedFixtures() {}

    /** One in-memory HTTP-like source named {@code feed}, filled by {@code contents}. */
    public static PackageSources sources(UnaryOperator<Filler> contents) {
        MemorySource source = MemorySource.feed("feed");
        contents.apply(new Filler(source));
        return PackageSources.remote(source);
    }

    /** Adds packages: {@code add("A", "1.0", "B [1.0,2.0)")}. */
    public static final class Filler {
        private final MemorySource source;

        Filler(MemorySource source) {
            this.source = source;
        }

        public Filler add(String id, String version, String... dependencies) {
            source.add(id, version, dependencies);
            return this;
        }

        /** A package with dependency groups: framework folder name ({@code net45}, or empty for none) to dependencies. */
        public Filler addGroups(String id, String version, java.util.Map<String, java.util.List<String>> groups) {
            source.addGroups(id, version, groups);
            return this;
        }
    }
}
