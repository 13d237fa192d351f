package io.nugetbridge.core.restore;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nugetbridge.core.assets.SelectedAssets;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.ResolvedPackage;
import io.nugetbridge.core.resolve.UnresolvedDependency;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link RestoreSummary} as JSON (indented, stable field order), the machine-readable record of a
 * restore: {@code project}, {@code succeeded}, {@code frameworks[]} (each with {@code framework},
 * {@code frameworkName}, {@code dependencies}, {@code packages[]} with {@code id}, {@code version}, {@code source},
 * {@code direct}, {@code requested}, {@code dependencies}, {@code assets}, and {@code unresolved}) and
 * {@code diagnostics[]} ({@code code}, {@code level}, {@code message}, {@code packageId}, {@code frameworks}).
 */
public final class RestoreSummaryJson {

    private static final JsonFactory JSON = new JsonFactory();

    private RestoreSummaryJson() {}

    public static String render(RestoreSummary summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(summary, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the file through a temporary sibling, so a later build step never reads half of it. */
    public static void write(RestoreSummary summary, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".restore-summary", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                write(summary, out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the restore summary " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(RestoreSummary summary, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("project", summary.project());
            json.writeBooleanField("succeeded", summary.succeeded());
            json.writeArrayFieldStart("frameworks");
            for (FrameworkSummary framework : summary.frameworks()) {
                json.writeStartObject();
                json.writeStringField("framework", framework.framework().shortFolderName());
                json.writeStringField("frameworkName", framework.framework().dotNetFrameworkName());
                dependencies(json, "dependencies", framework.dependencies());
                json.writeArrayFieldStart("packages");
                for (PackageSummary item : framework.packages()) {
                    writePackage(json, item);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("unresolved");
                for (UnresolvedDependency missing : framework.unresolved()) {
                    json.writeStartObject();
                    json.writeStringField("id", missing.id());
                    json.writeStringField("range", missing.range().toNormalizedString());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("diagnostics");
            for (Diagnostic diagnostic : summary.diagnostics()) {
                writeDiagnostic(json, diagnostic);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePackage(JsonGenerator json, PackageSummary item) throws IOException {
        ResolvedPackage resolved = item.resolved();
        json.writeStartObject();
        json.writeStringField("id", resolved.id());
        json.writeStringField("version", resolved.version().toNormalizedString());
        json.writeStringField("source", resolved.source());
        json.writeBooleanField("direct", resolved.isDirect());
        if (resolved.requested().isPresent()) {
            json.writeStringField("requested", resolved.requested().get().toNormalizedString());
        }
        json.writeStringField("folder", resolved.folderName());
        dependencies(json, "dependencies", resolved.dependencies());
        SelectedAssets assets = item.assets();
        json.writeObjectFieldStart("assets");
        strings(json, "compile", assets.compile());
        strings(json, "runtime", assets.runtime());
        strings(json, "native", assets.nativeAssets());
        framework(json, "compileFrom", assets.compileFrom());
        framework(json, "runtimeFrom", assets.runtimeFrom());
        json.writeBooleanField("viaFallback", assets.viaFallback());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeDiagnostic(JsonGenerator json, Diagnostic diagnostic) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", diagnostic.code());
        json.writeStringField("level", diagnostic.isError() ? "error" : "warning");
        json.writeStringField("message", diagnostic.message());
        if (diagnostic.packageId().isPresent()) {
            json.writeStringField("packageId", diagnostic.packageId().get());
        }
        strings(json, "frameworks", diagnostic.frameworks().stream().map(NuGetFramework::shortFolderName).toList());
        json.writeEndObject();
    }

    private static void dependencies(JsonGenerator json, String name, List<PackageDependency> dependencies) throws IOException {
        json.writeArrayFieldStart(name);
        for (PackageDependency dependency : dependencies) {
            json.writeStartObject();
            json.writeStringField("id", dependency.id());
            json.writeStringField("range", dependency.range().toNormalizedString());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void framework(JsonGenerator json, String name, Optional<NuGetFramework> framework) throws IOException {
        if (framework.isPresent()) {
            json.writeStringField(name, framework.get().shortFolderName());
        }
    }
}
