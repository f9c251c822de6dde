// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.cli;

/** A command line that cannot be run as given; exit status 2. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * A usage error.
   *
   * @param message what is wrong with the command line, one line
   */
  public UsageException(String message) {
    super(message);
  }
}
