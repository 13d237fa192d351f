package io.nugetbridge.core.packaging;

/**
 * One reason a package cannot be written.
 *
 * @param code    NuGet's code for the same problem ({@code NU5019}, {@code NU5030} …), or {@code ""} where
 *                NuGet has none (its required-metadata messages carry no code)
 * @param element the nuspec element at fault, e.g. {@code <dependencies>/<group targetFramework="net8.0">}
 * @param message what is wrong and what to change
 */
public record PackageProblem(String code, String element, String message) {

    @Override
    public String toString() {
        return (code.isEmpty() ? "" : code + " ") + element + ": " + message;
    }
}
