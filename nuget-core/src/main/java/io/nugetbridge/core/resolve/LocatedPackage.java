package io.nugetbridge.core.resolve;

/**
 * A wanted package and the source that has it (the first in configured order, after the local folders).
 *
 * @param wanted what was asked for
 * @param source the name of the source
 */
public record LocatedPackage(ExactPackage wanted, String source) {}
