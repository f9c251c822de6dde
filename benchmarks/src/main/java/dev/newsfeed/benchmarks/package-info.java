// SPDX-License-Identifier: Apache-2.0
/** JMH benchmarks of newsfeed-core; each compares against a baseline measured in the same run. */
package dev.newsfeed.benchmarks;
