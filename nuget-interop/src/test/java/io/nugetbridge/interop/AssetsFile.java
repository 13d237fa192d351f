package io.nugetbridge.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The project.assets.json NuGet writes (format 3): per target graph the packages it resolved, and its
 * {@code logs}, each with its code, level, message and the target graphs it is about (none: the whole project).
 */
final class AssetsFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One message of {@code logs}. */
    record Log(String code, String level, String message, String libraryId, List<String> targetGraphs) {
        boolean isError() {
            return "error".equalsIgnoreCase(level);
        }
    }

    private final Path file;
    private final JsonNode root;

    private AssetsFile(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    static AssetsFile read(Path file) {
        try {
            return new AssetsFile(file, JSON.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read NuGet's assets file " + file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    List<Log> logs() {
        List<Log> logs = new ArrayList<>();
        for (JsonNode log : root.path("logs")) {
            List<String> graphs = new ArrayList<>();
            log.path("targetGraphs").forEach(g -> graphs.add(g.asText()));
            logs.add(new Log(log.path("code").asText(), log.path("level").asText(), log.path("message").asText(),
                    log.path("libraryId").asText(""), graphs));
        }
        return logs;
    }

    /** Per framework (short folder name), the resolved packages and the codes of the logs about it. */
    Map<String, FrameworkOutcome> outcomes() {
        Map<String, FrameworkOutcome> outcomes = new LinkedHashMap<>();
        List<Log> logs = logs();
        Iterator<Map.Entry<String, JsonNode>> targets = root.path("targets").fields();
        while (targets.hasNext()) {
            Map.Entry<String, JsonNode> target = targets.next();
            if (target.getKey().contains("/")) {
                continue; // a runtime graph; the interop projects have none
            }
            String framework = shortName(target.getKey());
            Set<String> packages = new HashSet<>();
            target.getValue().fields().forEachRemaining(library -> {
                if ("package".equals(library.getValue().path("type").asText())) {
                    String[] idVersion = library.getKey().split("/", 2);
                    packages.add(idVersion[0].toLowerCase(Locale.ROOT) + "/"
                            + NuGetVersion.parse(idVersion[1]).toNormalizedString());
                }
            });
            Set<String> codes = new HashSet<>();
            for (Log log : logs) {
                boolean about = log.targetGraphs().isEmpty()
                        || log.targetGraphs().stream().anyMatch(g -> !g.contains("/") && shortName(g).equals(framework));
                if (about) {
                    codes.add(FrameworkOutcome.code(log.code(), log.isError()));
                }
            }
            outcomes.put(framework, new FrameworkOutcome(framework, packages, codes));
        }
        return outcomes;
    }

    static String shortName(String frameworkName) {
        return NuGetFramework.parse(frameworkName).shortFolderName();
    }
}
