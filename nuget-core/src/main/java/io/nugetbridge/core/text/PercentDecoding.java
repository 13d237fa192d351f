package io.nugetbridge.core.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code %XX} unescaping as .NET's {@code Uri.UnescapeDataString} does it, which is how NuGet reads
 * package entry names and framework folders: escapes are UTF-8 bytes, a malformed escape stays as
 * written, and unlike {@link java.net.URLDecoder} a {@code +} stays a plus ({@code portable-net45+win8}).
 */
public final class PercentDecoding {

    private PercentDecoding() {}

    public static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        byte[] source = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < source.length; i++) {
            if (source[i] == '%' && i + 2 < source.length
                    && Character.digit(source[i + 1], 16) >= 0 && Character.digit(source[i + 2], 16) >= 0) {
                bytes.write(Character.digit(source[i + 1], 16) * 16 + Character.digit(source[i + 2], 16));
                i += 2;
            } else {
                bytes.write(source[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
