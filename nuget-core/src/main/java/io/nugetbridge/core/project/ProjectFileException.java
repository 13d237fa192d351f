package io.nugetbridge.core.project;

import io.nugetbridge.core.xml.XmlFileException;
import java.nio.file.Path;
import java.util.Optional;

/** A project file restore refuses, with NuGet's code where NuGet has one (NU1008, NU1010, NU1011 ...). */
public final class ProjectFileException extends XmlFileException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public ProjectFileException(Path file, int line, String code, String problem) {
        super(file, line, (code == null ? "" : code + ": ") + problem);
        this.code = code;
    }

    /** NuGet's code for the problem, when it has one. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }
}
