// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples;

import dev.newsfeed.examples.cli.CheckCommand;
import dev.newsfeed.examples.cli.ConvertCommand;
import dev.newsfeed.examples.cli.UsageException;
import dev.newsfeed.examples.demo.ServeCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

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
          "  help COMMAND, COMMAND --help: the command's own help; --version: the version",
          "The language of a FILE is --lang, else a suffix in its name: news.fr.txt, news-ar.txt.");

  /** Each command's help, by name. */
  private static final Map<String, String> HELP =
      Map.of("check", CheckCommand.HELP, "convert", ConvertCommand.HELP, "serve", ServeCommand.HELP);

  /**
   * Runs a command and exits with its status.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    // Java 17 encodes System.out in the platform charset, which may not be UTF-8: write UTF-8.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(List.of(args), System.in, out, err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs a command that reads no standard input ({@code -} then reads nothing).
   *
   * @param args the command and its arguments
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    return run(args, InputStream.nullInputStream(), out, err);
  }

  /**
   * Runs a command.
   *
   * @param args the command and its arguments
   * @param in standard input, which {@code -} names
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.println(USAGE);
      return 2;
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    try {
      if (HELP.containsKey(command) && asksForHelp(rest)) {
        out.println(HELP.get(command));
        return 0;
      }
      return switch (command) {
        case "check" -> CheckCommand.run(rest, in, out, err);
        case "convert" -> ConvertCommand.run(rest, in, out, err);
        case "serve" -> ServeCommand.run(rest, out, err);
        case "help", "--help", "-h" -> help(rest, out);
        case "--version", "version" -> {
          out.println("newsfeed-examples " + version());
          yield 0;
        }
        default -> throw new UsageException("unknown command " + command);
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

  /** {@code --help} or {@code -h} among the options, before any {@code --}. */
  private static boolean asksForHelp(List<String> args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals("--help") || arg.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  private static int help(List<String> args, PrintStream out) throws UsageException {
    if (args.isEmpty()) {
      out.println(USAGE);
      return 0;
    }
    String help = HELP.get(args.get(0));
    if (help == null || args.size() > 1) {
      throw new UsageException("help takes one of check, convert, serve, not " + String.join(" ", args));
    }
    out.println(help);
    return 0;
  }

  /**
   * The version of this tool, from the build.
   *
   * @return such as {@code 0.1.0}
   */
  static String version() {
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
