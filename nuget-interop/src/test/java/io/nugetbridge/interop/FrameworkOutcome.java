package io.nugetbridge.interop;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a restore came to for one framework, in a form both clients' outcomes are put in to be compared: the
 * resolved packages as {@code id/version} (id in lower case, version normalized) and the NU codes reported for
 * the framework, each with its level ({@code NU1605:error}).
 */
record FrameworkOutcome(String framework, Set<String> packages, Set<String> codes) {

    FrameworkOutcome {
        packages = new TreeSet<>(packages);
        codes = new TreeSet<>(codes);
    }

    static String code(String code, boolean error) {
        return code + (error ? ":error" : ":warning");
    }

    @Override
    public String toString() {
        return framework + " packages " + packages + " codes " + codes;
    }
}
