package io.nugetbridge.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The parsed files, closest first, and NuGet's merge rules over them: for a section, each file
 * contributes the items after its last {@code <clear/>}; a file with a {@code <clear/>} in the section
 * hides everything lower-priority files put there. Keyed items are then merged so that the closest
 * file wins, and within one file the later item wins.
 */
final class ConfigStack {

    private final List<ConfigElement> roots;

    ConfigStack(List<ConfigElement> roots) {
        this.roots = List.copyOf(roots);
    }

    static ConfigStack load(List<Path> files) {
        return new ConfigStack(files.stream().map(ConfigFileParser::parse).toList());
    }

    List<Path> files() {
        return roots.stream().map(ConfigElement::file).toList();
    }

    /** The section's effective items, closest file first, document order within a file; no clears. */
    List<ConfigElement> items(String section) {
        List<ConfigElement> result = new ArrayList<>();
        for (ConfigElement root : roots) {
            List<ConfigElement> fileItems = new ArrayList<>();
            boolean cleared = false;
            for (ConfigElement element : root.children()) {
                if (!element.name().equals(section)) {
                    continue;
                }
                for (ConfigElement item : element.children()) {
                    if (item.isClear()) {
                        fileItems.clear();
                        cleared = true;
                    } else {
                        fileItems.add(item);
                    }
                }
            }
            result.addAll(fileItems);
            if (cleared) {
                break;
            }
        }
        return result;
    }

    /** The section's items of one element name, merged by key: closest file wins, later in one file wins. */
    Map<String, ConfigElement> byKey(String section, String elementName, Function<ConfigElement, String> key) {
        Map<String, ConfigElement> merged = new LinkedHashMap<>();
        Path currentFile = null;
        Map<String, ConfigElement> fileItems = new LinkedHashMap<>();
        for (ConfigElement item : items(section)) {
            if (!item.name().equals(elementName)) {
                continue;
            }
            if (!item.file().equals(currentFile)) {
                fileItems.forEach(merged::putIfAbsent);
                fileItems = new LinkedHashMap<>();
                currentFile = item.file();
            }
            fileItems.put(key.apply(item), item);
        }
        fileItems.forEach(merged::putIfAbsent);
        return merged;
    }

    /** {@code <add key value>} items of a section by lower-cased key (NuGet's keys ignore case). */
    Map<String, ConfigElement> adds(String section) {
        return byKey(section, "add", item -> item.requireAttribute("key", "<" + section + ">")
                .toLowerCase(Locale.ROOT));
    }

    /** Whether any file has the section at all. */
    boolean hasSection(String section) {
        return roots.stream().flatMap(r -> r.children().stream()).anyMatch(e -> e.name().equals(section));
    }
}
