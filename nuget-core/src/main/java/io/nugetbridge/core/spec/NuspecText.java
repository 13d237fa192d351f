package io.nugetbridge.core.spec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a nuspec into text. Packages carry UTF-8 nuspecs with and without a byte order
 * mark, and older ones UTF-16LE with a BOM (Microsoft.Web.Infrastructure 1.0.0.0, Swagger.Net 0.5.5),
 * so the encoding is detected here, the way XML's appendix F describes, rather than left to the parser.
 */
final class NuspecText {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private NuspecText() {}

    static String decode(byte[] bytes, String source) {
        Charset charset;
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            start = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            start = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            start = 2;
        } else if (startsWith(bytes, 0x3C, 0x00)) {
            // '<' as UTF-16LE without a BOM
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(bytes, 0x00, 0x3C)) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            charset = declaredSingleByteCompatible(bytes);
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new NuspecException(source, -1, -1, "is not valid " + charset.name() + " text (" + e.getMessage()
                    + "); nuspec files are UTF-8 or UTF-16", e);
        }
    }

    /**
     * Without a BOM the text starts in an ASCII-compatible encoding: UTF-8 unless the XML declaration
     * names another one the JDK knows. A declared UTF-16 is ignored here, since the bytes just showed
     * they are not UTF-16 (files re-saved as UTF-8 often keep that declaration).
     */
    private static Charset declaredSingleByteCompatible(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_ENCODING.matcher(head);
        if (!matcher.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = matcher.group(1);
        if (name.toLowerCase(Locale.ROOT).startsWith("utf-16") || name.equalsIgnoreCase("unicode")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
        } catch (IllegalCharsetNameException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
