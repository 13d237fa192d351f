package io.nugetbridge.core.resolve;

import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.version.NuGetVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A package source held in memory, for fast and exact tests of the rules: packages with flat or
 * per-framework dependencies, an optional delay per request, and a count of every question asked.
 */
final class MemorySource implements PackageSource {

    private final String name;
    private final boolean http;
    private final Duration delay;
    private final Random jitter;
    private final Map<String, Map<NuGetVersion, PackageInfo>> packages = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> versionRequests = new ConcurrentHashMap<>();
    private final AtomicInteger infoRequests = new AtomicInteger();

    private MemorySource(String name, boolean http, Duration delay) {
        this(name, http, delay, null);
    }

    private MemorySource(String name, boolean http, Duration delay, Random jitter) {
        this.name = name;
        this.http = http;
        this.delay = delay;
        this.jitter = jitter;
    }

    /** A source answering each question after a random pause of up to {@code maxMillis}. */
    static MemorySource jitteryFeed(String name, long maxMillis, long seed) {
        return new MemorySource(name, true, Duration.ofMillis(maxMillis), new Random(seed));
    }

    /** An HTTP-like source (asked after folder sources). */
    static MemorySource feed(String name) {
        return new MemorySource(name, true, Duration.ZERO);
    }

    /** A folder-like source (asked before HTTP sources). */
    static MemorySource folder(String name) {
        return new MemorySource(name, false, Duration.ZERO);
    }

    /** The same source answering every question after {@code millis}. */
    static MemorySource slowFeed(String name, long millis) {
        return new MemorySource(name, true, Duration.ofMillis(millis));
    }

    /** Adds a package whose dependencies apply to every framework; each is {@code "Id range"} or {@code "Id"}. */
    MemorySource add(String id, String version, String... dependencies) {
        return addGroups(id, version, Map.of("", Arrays.asList(dependencies)));
    }

    /** Adds a package with dependency groups; the key {@code ""} is the group without a framework. */
    MemorySource addGroups(String id, String version, Map<String, List<String>> groups) {
        List<DependencyGroup> built = new ArrayList<>();
        groups.forEach((framework, dependencies) -> built.add(new DependencyGroup(framework.isEmpty() ? null : framework,
                dependencies.stream().map(MemorySource::dependency).toList())));
        NuGetVersion parsed = NuGetVersion.parse(version);
        packages.computeIfAbsent(id.toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>())
                .put(parsed, new PackageInfo(id, parsed, built));
        return this;
    }

    private static Dependency dependency(String text) {
        String[] parts = text.trim().split("\\s+", 2);
        return Dependency.of(parts[0], parts.length > 1 ? parts[1] : null);
    }

    /** How often {@link #versions} was asked about the id. */
    int versionRequests(String id) {
        AtomicInteger count = versionRequests.get(id.toLowerCase(Locale.ROOT));
        return count == null ? 0 : count.get();
    }

    int totalVersionRequests() {
        return versionRequests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int infoRequests() {
        return infoRequests.get();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isHttp() {
        return http;
    }

    @Override
    public List<NuGetVersion> versions(String id) {
        versionRequests.computeIfAbsent(id.toLowerCase(Locale.ROOT), k -> new AtomicInteger()).incrementAndGet();
        pause();
        return List.copyOf(packages.getOrDefault(id.toLowerCase(Locale.ROOT), Map.of()).keySet());
    }

    @Override
    public Optional<PackageInfo> packageInfo(String id, NuGetVersion version) {
        infoRequests.incrementAndGet();
        pause();
        return Optional.ofNullable(packages.getOrDefault(id.toLowerCase(Locale.ROOT), Map.of()).get(version));
    }

    private void pause() {
        if (!delay.isZero()) {
            long millis;
            synchronized (this) {
                millis = jitter == null ? delay.toMillis() : jitter.nextInt((int) delay.toMillis() + 1);
            }
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
