// SPDX-License-Identifier: Apache-2.0
/**
 * JMH benchmarks of newsfeed against the libraries users would pick instead (ROME, Jackson, Yasson,
 * Commons Text, a plain listing reader), each pair measured in the same run on the same {@link
 * dev.newsfeed.benchmarks.Corpus} items; {@code benchmarks/run.sh} runs them and BENCHMARKS.md has
 * the figures.
 */
package dev.newsfeed.benchmarks;
