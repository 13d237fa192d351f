package io.nugetbridge.core.restore;

import io.nugetbridge.core.config.ConfigValue;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.config.PackageSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The enabled sources of a restore: nuget.config's, then those a build adds (its repositories, sources given to
 * it) that nuget.config does not already have under the same name or location. {@code disabledPackageSources}
 * applies to the added ones too, by name, so one switch turns a source off however it was declared.
 */
public final class SourceList {

    private SourceList() {}

    public static List<PackageSource> enabled(NuGetConfig config, List<PackageSource> added) {
        List<PackageSource> result = new ArrayList<>(config.enabledSources());
        List<String> disabled = config.section("disabledPackageSources").entries().stream()
                .filter(v -> v.value().trim().equalsIgnoreCase("true")).map(ConfigValue::key).toList();
        for (PackageSource source : added) {
            boolean known = config.sources().stream().anyMatch(s -> s.isNamed(source.name())
                    || sameLocation(s.location(), source.location()))
                    || result.stream().anyMatch(s -> s.isNamed(source.name()) || sameLocation(s.location(), source.location()));
            if (!known && disabled.stream().noneMatch(source::isNamed)) {
                result.add(source);
            }
        }
        return result;
    }

    private static boolean sameLocation(String a, String b) {
        return trimSlash(a).equalsIgnoreCase(trimSlash(b));
    }

    private static String trimSlash(String location) {
        return location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
    }
}
