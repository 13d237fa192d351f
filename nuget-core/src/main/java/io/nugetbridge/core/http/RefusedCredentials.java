package io.nugetbridge.core.http;

/** What to say when a source answered 401 to credentials we sent: one text for every request and push. */
public final class RefusedCredentials {

    private RefusedCredentials() {}

    /** "the credentials tried (...) were not accepted" and what to do: the renewal's advice, else the general one. */
    public static String advice(Credentials refused) {
        return "the credentials tried (" + refused + ") were not accepted. " + refused.renewal().adviceWhenRefused(refused)
                .orElse("Check the user name and the password or token, and whether it has expired.");
    }
}
