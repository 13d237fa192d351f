package io.nugetbridge.core.hostile;

/** Generators of adversarial input shared by the hostile-input tests. */
public final class HostileInputs {

    private HostileInputs() {}

    /** {@code <a><a>...</a></a>}, {@code depth} levels. */
    public static String nested(String element, int depth) {
        return ("<" + element + ">").repeat(depth) + ("</" + element + ">").repeat(depth);
    }
}
