package io.nugetbridge.core.resolve;

/**
 * An id folded so that two ids are equal ignoring case ({@link String#equalsIgnoreCase}, what the tree walker
 * compares with) exactly when their keys are equal: each code point upper-cased, then lower-cased, as
 * {@code equalsIgnoreCase} compares them. Lets the graph walker look ids up in hash maps.
 */
final class IdKey {

    private IdKey() {}

    static String of(String id) {
        StringBuilder key = new StringBuilder(id.length());
        id.codePoints().forEach(c -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return key.toString();
    }
}
