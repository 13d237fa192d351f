package io.nugetbridge.core.project;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The properties of one evaluation, by MSBuild's rules: names in any case, the last definition wins, an
 * undefined property is the empty string. Values are stored already expanded, as MSBuild's first pass does.
 */
final class MsBuildProperties {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> global = new HashSet<>();

    /**
     * A global property, as the inner build of a multi-targeting project gets {@code TargetFramework}: the
     * project's own definitions cannot change it.
     */
    void setGlobal(String name, String value) {
        set(name, value);
        global.add(name.toLowerCase(Locale.ROOT));
    }

    /** Defines a property, unless it is global. */
    void set(String name, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!global.contains(key)) {
            values.put(key, value == null ? "" : value);
        }
    }

    /** The value, or {@code ""} when undefined (what {@code $(Name)} expands to). */
    String get(String name) {
        return values.getOrDefault(name.trim().toLowerCase(Locale.ROOT), "");
    }

    /** The value when defined and not blank. */
    Optional<String> find(String name) {
        String value = get(name).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** {@code true} when the value is "true" in any case, as MSBuild reads booleans. */
    boolean isTrue(String name) {
        return get(name).trim().equalsIgnoreCase("true");
    }
}
