// SPDX-License-Identifier: Apache-2.0
/**
 * Runnable examples of newsfeed: the {@code newsfeed-examples.jar} entry point ({@link
 * dev.newsfeed.examples.Main}) with its {@code check}, {@code convert} and {@code serve} commands.
 * Not a published API.
 */
package dev.newsfeed.examples;
