/** The command-line tool: {@code check} and {@code convert}. */
package dev.newsfeed.examples.cli;
