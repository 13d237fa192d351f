package io.nugetbridge.core.xml;

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
 * Turns the bytes of an XML file NuGet reads into text. Real files come as UTF-8 with and without a
 * byte order mark, and older ones as UTF-16LE with a BOM (Microsoft.Web.Infrastructure 1.0.0.0's
 * nuspec), so the encoding is detected here, the way XML's appendix F describes, rather than left to
 * the parser; the text then goes through {@link HardenedXml}'s DOCTYPE scan before parsing.
 */
public final class XmlText {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlText() {}

    /** The text, byte order mark removed; fails when the bytes are not valid in {@link #charsetOf}. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        Charset charset = charsetOf(bytes);
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3
                : startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) ? 2 : 0;
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                .toString();
    }

    /** The encoding of the bytes: by byte order mark, by the first character, else as declared (UTF-8 by default). */
    public static Charset charsetOf(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0x3C, 0x00)) {
            return StandardCharsets.UTF_16LE; // with a BOM, or '<' as UTF-16LE without one
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0x00, 0x3C)) {
            return StandardCharsets.UTF_16BE;
        }
        return declaredSingleByteCompatible(bytes);
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
