package io.nugetbridge.interop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs NuGet.exe under Mono. Where either is missing, the class is skipped with a
 * message saying how to install them; under CI ({@code CI=true}) it runs and fails instead, so a machine
 * without the client never passes by skipping (as nuget-testing's RequiresCorpus does for the corpus).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NuGetExeCondition.class)
@interface RequiresNuGetExe {}
