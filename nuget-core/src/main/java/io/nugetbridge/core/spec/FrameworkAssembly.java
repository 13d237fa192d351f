package io.nugetbridge.core.spec;

import java.util.Arrays;
import java.util.List;

/**
 * One {@code <frameworkAssembly assemblyName targetFramework>}: a GAC assembly the consuming project
 * must reference.
 *
 * @param assemblyName    e.g. {@code System.Xml.Linq}
 * @param targetFramework the attribute as written, or null when absent; an empty value or no value
 *                        means every framework, and the value may list several frameworks separated by
 *                        commas (NLog does)
 */
public record FrameworkAssembly(String assemblyName, String targetFramework) {

    public FrameworkAssembly {
        if (assemblyName == null || assemblyName.isBlank()) {
            throw new IllegalArgumentException("A framework assembly needs an assemblyName");
        }
    }

    /** The frameworks one by one, still raw; empty when the assembly applies to every framework. */
    public List<String> targetFrameworks() {
        if (targetFramework == null) {
            return List.of();
        }
        return Arrays.stream(targetFramework.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
