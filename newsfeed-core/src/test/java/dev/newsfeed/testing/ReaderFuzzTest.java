// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.testing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * A Jazzer fuzz test of a reader. Without {@code JAZZER_FUZZ} it runs once per saved input (the
 * seeds and every past finding under {@code <TestClass>Inputs/<method>/} in the test resources);
 * with {@code JAZZER_FUZZ=1} it fuzzes for at most three minutes (README, "Fuzzing").
 *
 * <p>The timeout is per input: Jazzer passes it to libFuzzer as {@code -timeout}, so an input that
 * makes a reader superlinear is a finding, not just a slow run. The limit is far above what a
 * linear reader needs for the few kilobytes libFuzzer generates, so that it never fires on a
 * loaded machine for linear code. Without fuzzing, the input runs in a thread of its own, so that a
 * reader that never returns fails the build instead of hanging it. While fuzzing, JUnit's own timeouts must be off (the
 * {@code jazzer-fuzz} profile of newsfeed-core's pom does that), or JUnit would apply the limit to
 * the whole fuzzing run.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@FuzzTest(maxDuration = "3m")
public @interface ReaderFuzzTest {}
