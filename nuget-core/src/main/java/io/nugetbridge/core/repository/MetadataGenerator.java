package io.nugetbridge.core.repository;

import io.nugetbridge.core.spec.IndentingXml;
import io.nugetbridge.core.version.NuGetVersion;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * {@code maven-metadata.xml} for one NuGet id: every version on the feed (unlisted ones too: an exact pin
 * may need them, and NuGet's restore does not exclude them) in Maven's order, {@code latest} the last of
 * them and {@code release} the last stable one, so that Maven's version ranges, {@code LATEST} and
 * {@code RELEASE} work. The caller supplies Maven's order, which core does not know.
 */
public final class MetadataGenerator {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Comparator<String> mavenOrder;

    public MetadataGenerator(Comparator<String> mavenOrder) {
        this.mavenOrder = mavenOrder;
    }

    public byte[] generate(String artifactId, List<NuGetVersion> versions, Instant lastUpdated) {
        List<NuGetVersion> ordered = versions.stream().distinct()
                .sorted(Comparator.comparing(NuGetVersion::toNormalizedString, mavenOrder)).toList();
        IndentingXml xml = new IndentingXml().root("metadata", null);
        xml.textElement("groupId", PomGenerator.GROUP_ID).textElement("artifactId", artifactId).start("versioning");
        if (!ordered.isEmpty()) {
            xml.textElement("latest", ordered.get(ordered.size() - 1).toNormalizedString());
            ordered.stream().filter(v -> !v.isPrerelease()).reduce((a, b) -> b)
                    .ifPresent(release -> xml.textElement("release", release.toNormalizedString()));
        }
        xml.start("versions");
        ordered.forEach(v -> xml.textElement("version", v.toNormalizedString()));
        xml.end().textElement("lastUpdated", TIMESTAMP.format(lastUpdated));
        return xml.finish().getBytes(StandardCharsets.UTF_8);
    }
}
