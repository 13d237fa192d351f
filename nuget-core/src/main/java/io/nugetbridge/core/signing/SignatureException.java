package io.nugetbridge.core.signing;

/**
 * A package refused by signature validation: not signed where a signature is required, changed after
 * signing, a signature that does not verify, or signers none of which is trusted. The message names the
 * package and what failed.
 */
public final class SignatureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignatureException(String message) {
        super(message);
    }

    public SignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
