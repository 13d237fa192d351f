package io.nugetbridge.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition behind {@link RequiresCorpus}. */
public final class CorpusCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Fixtures.isPresent() || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("the fixture corpus is at " + Fixtures.location());
        }
        return ConditionEvaluationResult.disabled("The fixture corpus is not at " + Fixtures.location()
                + " (set -D" + Fixtures.PROPERTY + "=<path to shared/fixtures> to point at it); corpus tests skipped");
    }
}
