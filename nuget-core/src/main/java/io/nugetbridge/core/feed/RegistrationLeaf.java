package io.nugetbridge.core.feed;

import java.net.URI;
import java.util.Optional;

/**
 * A registration leaf document ({@code {RegistrationsBaseUrl}/{lowerid}/{lowerversion}.json}): whether the
 * version is listed and where its package and catalog entry are. Azure Artifacts writes the catalog entry
 * as a URL here, not as an object.
 */
public record RegistrationLeaf(boolean listed, Optional<URI> packageContent, Optional<URI> catalogEntry,
        Optional<String> published) {

    static RegistrationLeaf parse(byte[] json, String what) {
        var root = Json.parse(json, what);
        return new RegistrationLeaf(Registrations.isListed(root),
                Json.text(root, "packageContent").flatMap(Registrations::uri),
                Json.text(root, "catalogEntry").flatMap(Registrations::uri),
                Json.text(root, "published"));
    }
}
