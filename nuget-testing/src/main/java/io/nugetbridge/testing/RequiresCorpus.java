package io.nugetbridge.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that reads the real-world corpus beside the clone. Where the corpus is missing (a fresh
 * clone on its own), the whole class is skipped before any of its set-up runs, with a message saying why;
 * under CI ({@code CI=true}) it runs, and {@link Fixtures} fails it, so a broken checkout never passes by
 * skipping.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CorpusCondition.class)
public @interface RequiresCorpus {}
