package io.nugetbridge.core.publish;

import io.nugetbridge.core.http.Endpoint;
import io.nugetbridge.core.http.HttpAnswer;
import io.nugetbridge.core.http.RefusedCredentials;

/** Turns a refused push into an error that says what happened and what to do about it. */
final class PushFailures {

    private PushFailures() {}

    static PushException refused(HttpAnswer answer, PackageFile file, Endpoint endpoint, String target) {
        String head = "Pushing " + file + " to " + endpoint.sourceName() + " (" + target + ") failed: the feed answered "
                + answer.status() + serverSays(answer) + ". ";
        String advice = switch (answer.status()) {
            case 400 -> "The feed finds the package invalid. Check it with nuget:pack's validation, and that its id"
                    + " and version are what the feed accepts.";
            case 401 -> endpoint.credentials()
                    .map(c -> capitalized(RefusedCredentials.advice(c)))
                    .orElse("No credentials were sent, since none were found for this source. Add a <server> with"
                            + " the source's name as id to settings.xml (or set nuget.serverId), packageSourceCredentials"
                            + " to nuget.config, or set NuGetPackageSourceCredentials_" + endpoint.sourceName() + ".")
                    + (endpoint.apiKey().isPresent() ? "" : " If the feed wants an API key, set nuget.apiKey.");
            case 403 -> "The " + (endpoint.apiKey().isPresent() ? "API key" : "credentials")
                    + " were accepted but may not push " + file.id() + ": the key may have expired, be scoped to"
                    + " other packages, or the account may lack push rights (or a quota was exceeded).";
            case 409 -> file + " is already on the feed, and a version cannot be pushed twice. Give the package a"
                    + " new version, or set nuget.skipDuplicate=true to skip versions that are already there.";
            case 413 -> "The package (" + megabytes(file.size()) + ") is larger than the feed accepts. Make it"
                    + " smaller (move symbols to a .snupkg) or ask the feed's owner to raise the limit.";
            case 429 -> "The feed limits how often one may push, and the retries ran out. Try again later, or"
                    + " push fewer packages at a time.";
            default -> answer.status() >= 500
                    ? "The feed failed on every attempt (" + answer.attempts() + "), and the package may be in all the"
                            + " same: check the feed, then push again (with nuget.skipDuplicate=true if it is there)."
                    : "";
        };
        return new PushException(head + advice);
    }

    private static String serverSays(HttpAnswer answer) {
        String excerpt = answer.bodyExcerpt() == null ? "" : answer.bodyExcerpt().strip();
        if (excerpt.isEmpty()) {
            return "";
        }
        String oneLine = excerpt.replaceAll("\\s+", " ");
        return " (" + (oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine) + ")";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
