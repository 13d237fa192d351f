package io.nugetbridge.core.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code packageSources}, {@code disabledPackageSources}, {@code packageSourceCredentials} and
 * {@code apikeys} from the merged files. Source names are unique ignoring case, the closest file's
 * entry winning; order is the closest file's first. Values are expanded, folders resolved against
 * their file.
 */
final class SourcesReader {

    private final ConfigStack stack;
    private final ValueExpander expander;

    SourcesReader(ConfigStack stack, ValueExpander expander) {
        this.stack = stack;
        this.expander = expander;
    }

    List<PackageSource> sources() {
        Map<String, Boolean> disabled = new LinkedHashMap<>();
        stack.adds("disabledPackageSources").forEach((key, item) -> disabled.put(key,
                item.attribute("value").map(v -> v.trim().equalsIgnoreCase("true")).orElse(false)));
        Map<String, PackageSource> byName = new LinkedHashMap<>();
        stack.byKey("packageSources", "add", item -> item.requireAttribute("key", "<packageSources>")
                .toLowerCase(Locale.ROOT)).forEach((lowerName, item) -> byName.put(lowerName,
                        source(item, !disabled.getOrDefault(lowerName, false))));
        return List.copyOf(byName.values());
    }

    private PackageSource source(ConfigElement item, boolean enabled) {
        String name = item.requireAttribute("key", "<packageSources>");
        String value = expander.expand(item.requireAttribute("value", "<packageSources>"), item.file(), item.line(),
                "packageSources/" + name).trim();
        String location;
        if (ConfigPaths.isUrl(value) && !value.regionMatches(true, 0, "file:", 0, 5)) {
            location = value;
        } else {
            String path = value.regionMatches(true, 0, "file://", 0, 7) ? value.substring(7) : value;
            location = ConfigPaths.resolve(path, item.file()).toString();
        }
        return new PackageSource(name, location, protocolVersion(item), flag(item, "allowInsecureConnections"),
                flag(item, "disableTLSCertificateValidation"), enabled, item.file(), item.line());
    }

    private static int protocolVersion(ConfigElement item) {
        Optional<String> declared = item.attribute("protocolVersion");
        if (declared.isEmpty()) {
            return 2;
        }
        try {
            return Integer.parseInt(declared.get().trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(item.file(), item.line(), "protocolVersion '" + declared.get()
                    + "' of source '" + item.attributes().get("key") + "' is not a number; use 2 or 3");
        }
    }

    private static boolean flag(ConfigElement item, String attribute) {
        Optional<String> declared = item.attribute(attribute);
        if (declared.isEmpty()) {
            return false;
        }
        return new ConfigValue(attribute, declared.get(), item.file(), item.line()).asBoolean();
    }

    /** Credentials by source name, compared ordinally as NuGet does. */
    Map<String, ConfiguredCredentials> credentials() {
        Map<String, ConfiguredCredentials> result = new LinkedHashMap<>();
        Map<String, ConfigElement> perFile = new LinkedHashMap<>();
        for (ConfigElement element : stack.items("packageSourceCredentials")) {
            perFile.putIfAbsent(XmlNames.decode(element.name()), element);
        }
        perFile.forEach((name, element) -> result.put(name, credential(name, element)));
        return result;
    }

    private ConfiguredCredentials credential(String sourceName, ConfigElement element) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigElement add : element.children()) {
            if (add.name().equals("add")) {
                values.put(add.requireAttribute("key", "<packageSourceCredentials>/<" + element.name() + ">")
                        .toLowerCase(Locale.ROOT), add.attribute("value").orElse(""));
            }
        }
        String username = values.get("username");
        if (username == null) {
            throw new ConfigException(element.file(), element.line(), "the credentials of source '" + sourceName
                    + "' have no Username; add <add key=\"Username\" value=\"...\"/>");
        }
        String key = "packageSourceCredentials/" + sourceName + "/";
        List<String> types = Optional.ofNullable(values.get("validauthenticationtypes"))
                .map(v -> expander.expand(v, element.file(), element.line(), key + "ValidAuthenticationTypes"))
                .map(t -> Arrays.stream(t.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        return new ConfiguredCredentials(sourceName, expander.expand(username, element.file(), element.line(), key + "Username"),
                Optional.ofNullable(values.get("cleartextpassword"))
                        .map(v -> expander.expand(v, element.file(), element.line(), key + "ClearTextPassword")),
                values.containsKey("password"), types, element.file(), element.line());
    }

    List<ConfiguredApiKey> apiKeys() {
        List<ConfiguredApiKey> keys = new ArrayList<>();
        stack.adds("apikeys").values().forEach(item -> keys.add(
                new ConfiguredApiKey(item.attributes().get("key"), item.file(), item.line())));
        return keys;
    }
}
