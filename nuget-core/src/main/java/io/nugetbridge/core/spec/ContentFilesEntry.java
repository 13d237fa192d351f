package io.nugetbridge.core.spec;

/**
 * One {@code <files include exclude buildAction copyToOutput flatten>} of {@code <contentFiles>}: how a
 * PackageReference consumer treats files below {@code contentFiles/}.
 *
 * @param include      glob relative to {@code contentFiles/} (required by NuGet)
 * @param exclude      glob to leave out, or null
 * @param buildAction  MSBuild item type such as {@code Compile}, {@code Content}, {@code None}, or null
 *                     (NuGet's default is {@code Compile})
 * @param copyToOutput null when absent (NuGet's default is false)
 * @param flatten      null when absent (NuGet's default is false)
 */
public record ContentFilesEntry(String include, String exclude, String buildAction, Boolean copyToOutput,
        Boolean flatten) {

    public ContentFilesEntry {
        if (include == null || include.isBlank()) {
            throw new IllegalArgumentException("A contentFiles entry needs an include pattern");
        }
    }
}
