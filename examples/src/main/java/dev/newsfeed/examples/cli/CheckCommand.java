// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.cli;

import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code check [--lang TAG] [--date-order auto|mdy|dmy|ymd] FILE...}: reads every file leniently,
 * so that every problem is reported, and prints each diagnostic as {@code
 * FILE:LINE:COL: error|warning: MESSAGE}. Exit status 0 without errors, 1 with errors.
 */
public final class CheckCommand {
  private CheckCommand() {}

  /** One line of usage. */
  public static final String USAGE = "check [--lang TAG] [--date-order auto|mdy|dmy|ymd] FILE...";

  /**
   * Runs the command.
   *
   * @param args the arguments after {@code check}
   * @param out standard output (unused: a clean check prints nothing)
   * @param err where diagnostics go
   * @return the exit status
   * @throws UsageException if the arguments are wrong
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    SourceArguments sources =
        SourceArguments.from(Arguments.parse(args, Set.of("lang", "date-order"), Set.of()));
    Optional<ParseResult> result = sources.read(Strictness.LENIENT, err);
    return result.isPresent() && !result.get().hasErrors() ? 0 : 1;
  }
}
