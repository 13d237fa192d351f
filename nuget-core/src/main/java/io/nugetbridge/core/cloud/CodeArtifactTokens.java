package io.nugetbridge.core.cloud;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetched CodeArtifact tokens, reused until shortly before they expire. A token belongs to a domain (any
 * repository in it), so one is fetched per domain, owner and region however many pushes, mojos and wagon
 * lookups of one build ask. The {@linkplain #shared shared} cache lives as long as its class loader: a
 * build's plugin and its wagon extension share it when the plugin is loaded with
 * {@code <extensions>true</extensions>}.
 */
public final class CodeArtifactTokens {

    private static final Map<String, CodeArtifactToken> SHARED = new ConcurrentHashMap<>();
    private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

    private final Map<String, CodeArtifactToken> tokens;
    private final CodeArtifactTokenSource source;
    private final Clock clock;

    CodeArtifactTokens(Map<String, CodeArtifactToken> tokens, CodeArtifactTokenSource source, Clock clock) {
        this.tokens = tokens;
        this.source = source;
        this.clock = clock;
    }

    /** Tokens shared by everything in this class loader, fetched through {@code source} when needed. */
    public static CodeArtifactTokens shared(CodeArtifactTokenSource source) {
        return new CodeArtifactTokens(SHARED, source, Clock.systemUTC());
    }

    /** A private cache, for tests. */
    static CodeArtifactTokens isolated(CodeArtifactTokenSource source, Clock clock) {
        return new CodeArtifactTokens(new ConcurrentHashMap<>(), source, clock);
    }

    /** A token for the repository's domain: the cached one while it lasts, else a fresh one. */
    public CodeArtifactToken get(CodeArtifactRepository repository) {
        String key = key(repository);
        CodeArtifactToken cached = tokens.get(key);
        if (cached != null && cached.usableAt(clock.instant())) {
            return cached;
        }
        // One fetch per domain at a time: parallel wagon lookups must not each ask AWS.
        synchronized (LOCKS.computeIfAbsent(key, k -> new Object())) {
            cached = tokens.get(key);
            if (cached != null && cached.usableAt(clock.instant())) {
                return cached;
            }
            CodeArtifactToken fresh = source.fetch(repository);
            tokens.put(key, fresh);
            return fresh;
        }
    }

    /**
     * A token in place of {@code refused}, which the repository turned down: the cached one if another request
     * already replaced it, else a fresh one from AWS, whatever the refused token's expiry said (the role session
     * behind it may have ended first).
     */
    CodeArtifactToken replace(CodeArtifactRepository repository, String refused) {
        String key = key(repository);
        synchronized (LOCKS.computeIfAbsent(key, k -> new Object())) {
            CodeArtifactToken cached = tokens.get(key);
            if (cached != null && !cached.value().equals(refused) && cached.usableAt(clock.instant())) {
                return cached;
            }
            CodeArtifactToken fresh = source.fetch(repository);
            tokens.put(key, fresh);
            return fresh;
        }
    }

    private static String key(CodeArtifactRepository repository) {
        return repository.domain() + "/" + repository.domainOwner() + "/" + repository.region();
    }
}
