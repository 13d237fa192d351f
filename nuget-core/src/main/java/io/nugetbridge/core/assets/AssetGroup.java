package io.nugetbridge.core.assets;

import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.List;

/**
 * A folder of a package's assets: its kind, its framework (from the folder name; {@code lib/} itself stands for
 * .NETFramework of any version, as in NuGet), its runtime when under {@code runtimes/<rid>/}, and its files.
 * A folder holding only the {@code _._} placeholder is a group with no files: it fits the framework, and says
 * "nothing needed here".
 */
record AssetGroup(Kind kind, NuGetFramework framework, String runtime, List<String> files) {

    enum Kind { REF, LIB, RUNTIME_LIB, NATIVE }

    AssetGroup {
        files = List.copyOf(files);
    }
}
