package io.nugetbridge.maven;

import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A mojo log that records each line as {@code [info] text}, {@code [warn] ...}, for tests that check what a goal says. */
final class CapturedLog extends SystemStreamLog {

    private final List<String> lines;
    private final boolean debug;

    /** Records into {@code lines}; with {@code debug}, debug lines too (and the goal sees debug enabled). */
    CapturedLog(List<String> lines, boolean debug) {
        this.lines = lines;
        this.debug = debug;
    }

    @Override
    public void info(CharSequence content) {
        lines.add("[info] " + content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("[warn] " + content);
    }

    @Override
    public void error(CharSequence content) {
        lines.add("[error] " + content);
    }

    @Override
    public void debug(CharSequence content) {
        if (debug) {
            lines.add("[debug] " + content);
        }
    }

    @Override
    public boolean isDebugEnabled() {
        return debug;
    }
}
