package io.nugetbridge.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of {@code nuget:sources} (what {@code dotnet nuget list source} shows, and more): the files
 * read, each source with its location, protocol, state and declaring file, where its credentials come
 * from (never their values), and the package source mapping in force. The first thing to look at when
 * a feed misbehaves on a build agent.
 */
public final class SourcesReport {

    private SourcesReport() {}

    public static List<String> lines(NuGetConfig config, CredentialChain credentials) {
        List<String> lines = new ArrayList<>();
        lines.add("NuGet config files, closest first:");
        config.files().forEach(file -> lines.add("  " + file));
        if (config.files().isEmpty()) {
            lines.add("  (none found)");
        }
        lines.add("Registered sources:");
        if (config.sources().isEmpty()) {
            lines.add("  (none)");
        }
        int number = 1;
        for (PackageSource source : config.sources()) {
            lines.add(String.format("  %d.  %s [%s]", number++, source.name(), source.enabled() ? "Enabled" : "Disabled"));
            lines.add("      " + source.displayLocation());
            lines.add("      " + protocol(source) + ", declared in " + source.declaredAt());
            lines.add("      credentials: " + credentials(source, credentials));
            if (source.location().regionMatches(true, 0, "http://", 0, 7) && !source.allowInsecureConnections()) {
                lines.add("      warning: plain http://; requests to other hosts than this machine are refused unless the"
                        + " source has allowInsecureConnections=\"true\"");
            }
            if (source.disableTlsCertificateValidation()) {
                lines.add("      warning: disableTLSCertificateValidation=\"true\" is not honoured: the server's certificate"
                        + " is checked; make Maven's Java trust it (-Djavax.net.ssl.trustStore=<file>)");
            }
        }
        lines.addAll(mapping(config.packageSourceMapping()));
        return lines;
    }

    private static String protocol(PackageSource source) {
        if (!source.isHttp()) {
            return "local folder";
        }
        return (source.isV3() ? "V3" : "V2") + " (protocolVersion " + source.protocolVersion() + ")"
                + (source.allowInsecureConnections() ? ", insecure http allowed" : "");
    }

    private static String credentials(PackageSource source, CredentialChain chain) {
        try {
            Optional<FoundCredentials> found = chain.find(source);
            if (found.isEmpty()) {
                return "none found";
            }
            if (found.get().isReadable()) {
                String username = found.get().credentials().username();
                return (username.isEmpty() ? "a password without user name" : "user '" + username + "'")
                        + " from " + found.get().origin();
            }
            return "in " + found.get().origin() + ", but its password is encrypted and cannot be read here";
        } catch (ConfigException e) {
            return "error: " + e.getMessage();
        }
    }

    private static List<String> mapping(PackageSourceMapping mapping) {
        List<String> lines = new ArrayList<>();
        if (!mapping.isEnabled()) {
            lines.add("Package source mapping: off (every enabled source may provide every package)");
            return lines;
        }
        lines.add("Package source mapping: on (a package no pattern matches is not looked for anywhere)");
        for (Map.Entry<String, List<String>> entry : mapping.patternsBySource().entrySet()) {
            lines.add("  " + entry.getKey() + ": " + String.join(", ", entry.getValue()));
        }
        return lines;
    }
}
