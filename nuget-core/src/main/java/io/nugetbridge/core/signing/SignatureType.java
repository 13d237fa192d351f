package io.nugetbridge.core.signing;

/**
 * What a signature claims to be, from its commitment-type-indication attribute: an author's proof of
 * origin, or a repository's proof of receipt. NuGet calls a signature without one "unknown".
 */
public enum SignatureType {
    AUTHOR, REPOSITORY, UNKNOWN
}
