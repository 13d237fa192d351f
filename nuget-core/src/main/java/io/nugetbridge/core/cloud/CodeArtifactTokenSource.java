package io.nugetbridge.core.cloud;

/** Gets a fresh authorization token for a CodeArtifact domain (the AWS SDK in production, a stand-in in tests). */
@FunctionalInterface
public interface CodeArtifactTokenSource {

    /**
     * @throws CloudException naming the domain, the region and what to check when AWS refuses
     */
    CodeArtifactToken fetch(CodeArtifactRepository repository);
}
