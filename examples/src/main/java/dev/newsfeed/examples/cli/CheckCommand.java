// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.cli;

import dev.newsfeed.Diagnostic;
import dev.newsfeed.ParseResult;
import dev.newsfeed.Strictness;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code check [--lang TAG] [--date-order auto|mdy|dmy|ymd] [--encoding NAME] [--max-source-bytes
 * SIZE] [--quiet] FILE...}:
 * reads every file leniently, so that every problem is reported, and prints each diagnostic as
 * {@code FILE:LINE:COL: error|warning: MESSAGE} on standard error, then, unless {@code --quiet},
 * one line per file on standard output: {@code news.fr.txt: 10 items, 0 errors, 0 warnings}.
 * Exit status 0 without errors, 1 with errors.
 */
public final class CheckCommand {
  private CheckCommand() {}

  /** One line of usage. */
  public static final String USAGE =
      "check [--lang TAG] [--date-order auto|mdy|dmy|ymd] [--encoding NAME]"
          + " [--max-source-bytes SIZE] [--quiet] FILE...";

  /** The command's help. */
  public static final String HELP = String.join(System.lineSeparator(),
      "usage: " + USAGE,
      "Reads each FILE and reports every problem on standard error as",
      "FILE:LINE:COL: error|warning: MESSAGE, then one line per FILE on standard output:",
      "FILE: N items, E errors, W warnings. Several FILEs are checked as translations of the same",
      "news too: items that cannot be paired are warnings.",
      "  FILE                a listing (.txt), JSON (.json) or a feed (.xml, .atom, .rss, .rdf);",
      "                      - reads a listing from standard input",
      "  --lang TAG          the language of a FILE whose name declares none (news.fr.txt is fr)",
      "  --date-order ORDER  the day/month order of numeric dates: auto (inferred), mdy, dmy, ymd",
      "  --encoding NAME     the encoding listings were saved in, such as windows-1252 (UTF-8)",
      "  --max-source-bytes SIZE  the largest file read, such as 64MiB (16MiB)",
      "  --quiet             print the problems only, not the summary lines",
      "Exit status: 0 without errors, 1 with errors, 2 for usage errors.");

  /**
   * Runs the command.
   *
   * @param args the arguments after {@code check}
   * @param in standard input, for {@code -}
   * @param out where the summary goes
   * @param err where diagnostics go
   * @return the exit status
   * @throws UsageException if the arguments are wrong
   */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err)
      throws UsageException {
    Arguments arguments = Arguments.parse(args, Set.copyOf(SourceArguments.OPTIONS), Set.of("quiet"),
        Map.of('q', "quiet"));
    SourceArguments sources = SourceArguments.from(arguments);
    SourceArguments.Reading reading = sources.read(Strictness.LENIENT, in, err);
    List<Diagnostic> diagnostics = reading.diagnostics();
    if (!arguments.has("quiet")) {
      for (int i = 0; i < reading.names().size(); i++) {
        String name = reading.names().get(i);
        int items = reading.parts().get(i).map(ParseResult::feed).map(f -> f.size()).orElse(0);
        List<Diagnostic> own = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
          if (diagnostic.source().equals(name)) {
            own.add(diagnostic);
          }
        }
        long errors = own.stream().filter(Diagnostic::isError).count();
        out.println(name + ": " + count(items, "item") + ", " + count(errors, "error") + ", "
            + count(own.size() - errors, "warning"));
      }
    }
    boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
    return failed || reading.merged().isEmpty() ? 1 : 0;
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
