package io.nugetbridge.core.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A merged key/value section ({@code config}, {@code packageRestore}, {@code solution}...): keys are
 * looked up ignoring case, as NuGet does, and each value remembers where it was declared.
 */
public final class KeyValues {

    private final String section;
    private final Map<String, ConfigValue> byLowerKey;

    KeyValues(String section, Collection<ConfigValue> values) {
        this.section = section;
        Map<String, ConfigValue> map = new LinkedHashMap<>();
        values.forEach(v -> map.putIfAbsent(v.key().toLowerCase(Locale.ROOT), v));
        this.byLowerKey = map;
    }

    /** The section's element name. */
    public String section() {
        return section;
    }

    public Optional<ConfigValue> entry(String key) {
        return Optional.ofNullable(byLowerKey.get(key.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> get(String key) {
        return entry(key).map(ConfigValue::value);
    }

    /** A true/false value; a value that is neither fails, naming the file and line. */
    public Optional<Boolean> bool(String key) {
        return entry(key).map(ConfigValue::asBoolean);
    }

    /** Every entry, closest file first. */
    public List<ConfigValue> entries() {
        return new ArrayList<>(byLowerKey.values());
    }

    public boolean isEmpty() {
        return byLowerKey.isEmpty();
    }

    @Override
    public String toString() {
        return section + byLowerKey.values().stream().map(ConfigValue::key).toList();
    }
}
