package io.nugetbridge.core.assets;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The runtimes a runtime identifier takes assets from, nearest first, after the portable RID graph of
 * .NET 8 ({@code linux-musl-x64} takes {@code linux-x64}, {@code unix-x64}, {@code linux-musl}, {@code linux},
 * {@code unix}, {@code any}). Versioned and distribution RIDs ({@code win10-x64}, {@code osx.13-arm64},
 * {@code ubuntu.22.04-x64}) fall back to their portable family first. This stands in for the runtime.json graph
 * NuGet reads from Microsoft.NETCore.Platforms, which restore does not download.
 */
public final class RuntimeFallbacks {

    private static final Set<String> ARCHITECTURES = Set.of("x64", "x86", "arm", "arm64", "armel", "armv6", "s390x",
            "ppc64le", "loongarch64", "riscv64", "wasm", "mips64");
    private static final Set<String> LINUX_DISTRIBUTIONS = Set.of("ubuntu", "debian", "rhel", "centos", "fedora", "ol",
            "opensuse", "sles", "linuxmint", "gentoo", "arch", "tizen");

    private RuntimeFallbacks() {}

    /** The runtime itself, then what it falls back to, ending with {@code any}. */
    public static List<String> of(String rid) {
        String lower = rid.trim().toLowerCase(Locale.ROOT);
        int dash = lower.lastIndexOf('-');
        String arch = dash > 0 && ARCHITECTURES.contains(lower.substring(dash + 1)) ? lower.substring(dash + 1) : "";
        String os = arch.isEmpty() ? lower : lower.substring(0, dash);
        List<String> families = families(os);
        Set<String> chain = new LinkedHashSet<>();
        chain.add(lower);
        if (!arch.isEmpty()) {
            families.forEach(family -> chain.add(family + "-" + arch));
        }
        chain.addAll(families);
        chain.add("any");
        chain.remove("");
        return List.copyOf(chain);
    }

    /** The operating system and the families above it: {@code win10} → win; {@code linux-musl} → linux-musl, linux, unix. */
    private static List<String> families(String os) {
        String base = os.replaceAll("[\\d.]+$", "");
        if (base.startsWith("win")) {
            return distinct(os, "win");
        }
        if (base.equals("osx") || base.equals("macos")) {
            return distinct(os, "osx", "unix");
        }
        if (base.equals("alpine") || os.equals("linux-musl")) {
            return distinct(os, "linux-musl", "linux", "unix");
        }
        if (base.equals("linux") || LINUX_DISTRIBUTIONS.contains(base.replace("-", ""))) {
            return distinct(os, "linux", "unix");
        }
        if (base.equals("freebsd") || base.equals("illumos") || base.equals("solaris") || base.equals("android")
                || base.equals("ios") || base.equals("tvos") || base.equals("maccatalyst")) {
            return distinct(os, base, "unix");
        }
        return distinct(os, base);
    }

    private static List<String> distinct(String... names) {
        return List.copyOf(new LinkedHashSet<>(List.of(names)));
    }
}
