package io.nugetbridge.core.spec;

import io.nugetbridge.core.xml.XmlText;
import java.nio.charset.CharacterCodingException;

/**
 * Turns the bytes of a nuspec into text. Packages carry UTF-8 nuspecs with and without a byte order
 * mark, and older ones UTF-16LE with a BOM (Microsoft.Web.Infrastructure 1.0.0.0, Swagger.Net 0.5.5),
 * so the encoding is detected ({@link XmlText}), the way XML's appendix F describes, rather than left to the parser.
 */
final class NuspecText {

    private NuspecText() {}

    static String decode(byte[] bytes, String source) {
        try {
            return XmlText.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new NuspecException(source, -1, -1, "is not valid " + XmlText.charsetOf(bytes).name() + " text ("
                    + e.getMessage() + "); nuspec files are UTF-8 or UTF-16", e);
        }
    }
}
