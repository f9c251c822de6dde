// SPDX-License-Identifier: Apache-2.0
/** The command-line tool: {@code check} and {@code convert}. */
package dev.newsfeed.examples.cli;
