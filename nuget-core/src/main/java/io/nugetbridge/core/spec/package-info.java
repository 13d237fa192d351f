/**
 * The {@code .nuspec} manifest: a faithful model of every metadata element NuGet knows
 * ({@link io.nugetbridge.core.spec.Nuspec}), a hardened reader ({@link io.nugetbridge.core.spec.NuspecReader}),
 * a writer in NuGet's element order ({@link io.nugetbridge.core.spec.NuspecWriter}) and the {@code $token$}
 * replacement {@code nuget pack} applies to authoring nuspecs ({@link io.nugetbridge.core.spec.TokenReplacer}).
 *
 * <p>The model keeps text as the file wrote it (trimmed, as NuGet trims): versions, ranges and target
 * frameworks stay raw strings and are parsed on demand, because authoring nuspecs hold tokens such as
 * {@code $version$} until pack replaces them. Whether a nuspec is complete enough to pack is not the
 * reader's business; that is a validator's. See section 7 of nuget-reference.md.
 */
package io.nugetbridge.core.spec;
