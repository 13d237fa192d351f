package io.nugetbridge.core.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source names as element names under {@code <packageSourceCredentials>}: NuGet writes them with .NET's
 * {@code XmlConvert.EncodeLocalName}, so a character not allowed in an XML name appears as
 * {@code _xHHHH_} ({@code MyRepo - ES} is {@code MyRepo_x0020_-_x0020_ES}). This is the decoding.
 */
final class XmlNames {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4}|[0-9A-Fa-f]{8})_");

    private XmlNames() {}

    static String decode(String name) {
        Matcher matcher = ESCAPE.matcher(name);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int codePoint = Integer.parseUnsignedInt(matcher.group(1), 16);
            String replacement = Character.isValidCodePoint(codePoint)
                    ? new String(Character.toChars(codePoint)) : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
