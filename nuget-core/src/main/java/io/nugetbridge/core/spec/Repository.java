package io.nugetbridge.core.spec;

/**
 * The {@code <repository type url branch commit>} element; each attribute is null when absent.
 * Authoring nuspecs often hold a token here ({@code commit="$GitCommitId$"}).
 */
public record Repository(String type, String url, String branch, String commit) {}
