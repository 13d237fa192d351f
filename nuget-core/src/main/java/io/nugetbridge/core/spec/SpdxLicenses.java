package io.nugetbridge.core.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SPDX license ids for the licenses POMs name. A POM's {@code <license>} has a free-text name and a
 * URL; NuGet wants an SPDX expression. The common licenses are recognized by their id, their usual
 * names ("The Apache Software License, Version 2.0", "MIT License") or their canonical URL; anything
 * else is not guessed at.
 */
public final class SpdxLicenses {

    private record Known(String id, List<String> names, List<String> urls) {}

    private static final List<Known> KNOWN = List.of(
            new Known("Apache-2.0", List.of("apache license version 2.0", "apache software license version 2.0",
                    "apache license 2.0", "apache 2.0", "apache 2", "asl 2.0", "al 2.0", "apache v2"),
                    List.of("apache.org/licenses/license-2.0", "opensource.org/licenses/apache-2.0")),
            new Known("MIT", List.of("mit license", "mit", "expat"), List.of("opensource.org/licenses/mit")),
            new Known("BSD-2-Clause", List.of("bsd 2-clause license", "simplified bsd license", "bsd 2-clause"),
                    List.of("opensource.org/licenses/bsd-2-clause")),
            new Known("BSD-3-Clause", List.of("bsd 3-clause license", "new bsd license", "revised bsd license",
                    "bsd 3-clause", "bsd license 3"), List.of("opensource.org/licenses/bsd-3-clause")),
            new Known("EPL-1.0", List.of("eclipse public license 1.0", "eclipse public license - v 1.0"),
                    List.of("eclipse.org/legal/epl-v10", "opensource.org/licenses/epl-1.0")),
            new Known("EPL-2.0", List.of("eclipse public license 2.0", "eclipse public license - v 2.0"),
                    List.of("eclipse.org/legal/epl-2.0", "eclipse.org/legal/epl-v20", "opensource.org/licenses/epl-2.0")),
            new Known("MPL-2.0", List.of("mozilla public license 2.0", "mozilla public license version 2.0", "mpl 2.0"),
                    List.of("mozilla.org/mpl/2.0", "opensource.org/licenses/mpl-2.0")),
            new Known("GPL-2.0-only", List.of("gnu general public license version 2", "gplv2", "gpl 2.0", "gpl-2.0"),
                    List.of("gnu.org/licenses/old-licenses/gpl-2.0")),
            new Known("GPL-3.0-only", List.of("gnu general public license version 3", "gplv3", "gpl 3.0", "gpl-3.0"),
                    List.of("gnu.org/licenses/gpl-3.0")),
            new Known("LGPL-2.1-only", List.of("gnu lesser general public license version 2.1", "lgpl 2.1", "lgpl-2.1"),
                    List.of("gnu.org/licenses/old-licenses/lgpl-2.1")),
            new Known("LGPL-3.0-only", List.of("gnu lesser general public license version 3", "lgpl 3.0", "lgpl-3.0"),
                    List.of("gnu.org/licenses/lgpl-3.0")),
            new Known("MS-PL", List.of("microsoft public license"), List.of("opensource.org/licenses/ms-pl")),
            new Known("ISC", List.of("isc license"), List.of("opensource.org/licenses/isc")),
            new Known("Unlicense", List.of("unlicense"), List.of("unlicense.org")),
            new Known("CC0-1.0", List.of("cc0 1.0 universal", "cc0"), List.of("creativecommons.org/publicdomain/zero/1.0")));

    /** Lower-cased names and ids to the SPDX id. */
    private static final Map<String, String> BY_NAME = new LinkedHashMap<>();

    static {
        for (Known known : KNOWN) {
            BY_NAME.put(known.id().toLowerCase(Locale.ROOT), known.id());
            known.names().forEach(name -> BY_NAME.put(name, known.id()));
        }
    }

    private SpdxLicenses() {}

    /** The SPDX id of a POM license, from its name (tried first) or its URL; empty when not recognized. */
    public static Optional<String> identify(String name, String url) {
        if (name != null && !name.isBlank()) {
            String id = BY_NAME.get(normalize(name));
            if (id != null) {
                return Optional.of(id);
            }
        }
        if (url != null && !url.isBlank()) {
            String lower = url.toLowerCase(Locale.ROOT).replaceFirst("^https?://(www\\.)?", "");
            return KNOWN.stream().filter(k -> k.urls().stream().anyMatch(lower::startsWith)).map(Known::id).findFirst();
        }
        return Optional.empty();
    }

    /** "The Apache Software License, Version 2.0" becomes "apache software license version 2.0". */
    private static String normalize(String name) {
        String text = name.toLowerCase(Locale.ROOT).replaceAll("[,\"()]", " ").replaceAll("\\s+", " ").strip();
        return text.startsWith("the ") ? text.substring(4) : text;
    }
}
