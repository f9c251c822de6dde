// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples;

import dev.newsfeed.examples.cli.CheckCommand;
import dev.newsfeed.examples.cli.ConvertCommand;
import dev.newsfeed.examples.cli.UsageException;
import dev.newsfeed.examples.demo.ServeCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The entry point of {@code newsfeed-examples.jar}: {@code check}, {@code convert} and {@code
 * serve}. Exit status 0 on success, 1 when the input has errors, 2 for usage errors.
 */
public final class Main {
  private Main() {}

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "usage: java -jar newsfeed-examples.jar COMMAND ...",
          "  " + CheckCommand.USAGE,
          "  " + ConvertCommand.USAGE,
          "  " + ServeCommand.USAGE,
          "The language of a FILE is --lang, else a suffix in its name: news.fr.txt, news-ar.txt.");

  /**
   * Runs a command and exits with its status.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    // Java 17 encodes System.out in the platform charset, which may not be UTF-8: write UTF-8.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(List.of(args), out, err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs a command.
   *
   * @param args the command and its arguments
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.println(USAGE);
      return 2;
    }
    List<String> rest = args.subList(1, args.size());
    try {
      return switch (args.get(0)) {
        case "check" -> CheckCommand.run(rest, out, err);
        case "convert" -> ConvertCommand.run(rest, out, err);
        case "serve" -> ServeCommand.run(rest, out, err);
        case "help", "--help", "-h" -> {
          out.println(USAGE);
          yield 0;
        }
        default -> throw new UsageException("unknown command " + args.get(0));
      };
    } catch (UsageException e) {
      err.println("newsfeed: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (IOException e) {
      err.println("newsfeed: cannot write the output: " + e.getMessage());
      return 1;
    }
  }
}
