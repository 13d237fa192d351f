package io.nugetbridge.core.restore;

import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.ArrayList;
import java.util.List;

/** Target frameworks a build names, parsed; one NuGet does not know is refused with examples of ones it does. */
final class Frameworks {

    private Frameworks() {}

    static List<NuGetFramework> parse(List<String> written) {
        List<NuGetFramework> frameworks = new ArrayList<>();
        for (String text : written) {
            if (text == null || text.isBlank()) {
                continue;
            }
            NuGetFramework framework = NuGetFramework.parse(text.trim());
            if (framework.isUnsupported() || framework.isAny()) {
                throw new RestoreException("'" + text.trim() + "' is not a target framework NuGet knows; use its short"
                        + " name, such as net8.0, net48, netstandard2.0 or net6.0-windows.");
            }
            if (!frameworks.contains(framework)) {
                frameworks.add(framework);
            }
        }
        return frameworks;
    }
}
