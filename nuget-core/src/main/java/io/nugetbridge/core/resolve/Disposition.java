package io.nugetbridge.core.resolve;

/** Where a node of the walk stands, as in NuGet's {@code Disposition}. */
enum Disposition {
    /** Walked, not yet decided. */
    ACCEPTABLE,
    /** Lost to a higher version of a cousin, or below a rejected node. */
    REJECTED,
    /** In the final graph. */
    ACCEPTED,
    /** Not walked: a nearer declaration of the same id starts lower (a downgrade, if it sticks). */
    POTENTIALLY_DOWNGRADED,
    /** Not walked: the id is already an ancestor. */
    CYCLE
}
