package io.nugetbridge.core.spec;

import io.nugetbridge.core.xml.HardenedXml;
import java.util.OptionalInt;

/**
 * Refuses any DOCTYPE before the XML parser sees the document. A nuspec never needs a DTD, and a DTD is
 * how XML external entity (XXE) and entity-expansion ("billion laughs") attacks get in, so the safest
 * thing is to find it in the prolog with a plain text scan, before anything could be resolved or
 * expanded ({@link HardenedXml} does the scan). The parser is configured to refuse DTDs as well; this
 * is the first line, not the only one.
 */
final class DoctypeGuard {

    static final String PROBLEM = "contains a DOCTYPE; nuspec files must not declare DTDs or entities,"
            + " so it is refused before anything is resolved";

    private DoctypeGuard() {}

    static void check(String text, String source) {
        OptionalInt offset = HardenedXml.doctypeOffset(text);
        if (offset.isPresent()) {
            int[] lineColumn = HardenedXml.lineAndColumn(text, offset.getAsInt());
            throw new NuspecException(source, lineColumn[0], lineColumn[1], PROBLEM);
        }
    }
}
