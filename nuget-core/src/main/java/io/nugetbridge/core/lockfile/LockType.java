package io.nugetbridge.core.lockfile;

import java.util.Arrays;
import java.util.Optional;

/** How a package came into the graph, as packages.lock.json's {@code type} says; the order is NuGet's writing order. */
public enum LockType {
    DIRECT("Direct"),
    TRANSITIVE("Transitive"),
    PROJECT("Project"),
    CENTRAL_TRANSITIVE("CentralTransitive");

    private final String json;

    LockType(String json) {
        this.json = json;
    }

    /** The spelling in the file. */
    public String json() {
        return json;
    }

    /** The type for a spelling in any case, as NuGet parses it. */
    public static Optional<LockType> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.json.equalsIgnoreCase(text.trim())).findFirst();
    }
}
