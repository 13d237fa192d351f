package io.nugetbridge.interop;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition behind {@link RequiresNuGetExe}. */
final class NuGetExeCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        NuGetExe.Located located = NuGetExe.locate();
        if (located.exe().isPresent()) {
            return ConditionEvaluationResult.enabled(located.description());
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            // Runs, and NuGetExe.in fails it with the same message.
            return ConditionEvaluationResult.enabled("CI=true: " + located.description());
        }
        return ConditionEvaluationResult.disabled(located.description() + "; interop tests skipped");
    }
}
