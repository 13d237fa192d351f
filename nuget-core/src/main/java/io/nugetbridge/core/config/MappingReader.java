package io.nugetbridge.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code <packageSourceMapping>}: one {@code <packageSource key>} per source with its
 * {@code <package pattern>} children. The same source in several files gets the union of their
 * patterns, closest first; a {@code <clear/>} drops what lower files mapped. Patterns are trimmed:
 * an id never has spaces, and real files have {@code "Azure.Core "}.
 */
final class MappingReader {

    private MappingReader() {}

    static PackageSourceMapping read(ConfigStack stack) {
        Map<String, List<String>> patterns = new LinkedHashMap<>();
        for (ConfigElement source : stack.items("packageSourceMapping")) {
            if (!source.name().equals("packageSource")) {
                continue;
            }
            String name = source.requireAttribute("key", "<packageSourceMapping>").trim();
            List<String> list = patterns.computeIfAbsent(name, k -> new ArrayList<>());
            for (ConfigElement pattern : source.children()) {
                if (!pattern.name().equals("package")) {
                    continue;
                }
                String value = pattern.requireAttribute("pattern", "<packageSource key=\"" + name + "\">").trim();
                if (value.isEmpty() || (value.indexOf('*') >= 0 && value.indexOf('*') != value.length() - 1)) {
                    throw new ConfigException(pattern.file(), pattern.line(), "package pattern '" + value
                            + "' of source '" + name + "' is not an id or a prefix ending in *");
                }
                if (list.stream().noneMatch(value::equalsIgnoreCase)) {
                    list.add(value);
                }
            }
        }
        return new PackageSourceMapping(patterns);
    }
}
