// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: options ({@code --name value}, {@code --name=value}, {@code -x value}
 * or a bare flag) and operands. Options may repeat; {@code --} ends them.
 *
 * @param options each option's values, in order
 * @param operands the remaining arguments
 */
public record Arguments(Map<String, List<String>> options, List<String> operands) {

  /**
   * Parses {@code args}.
   *
   * @param args the arguments after the command name
   * @param valued the options that take a value
   * @param flags the options that take none
   * @return the arguments
   * @throws UsageException for an unknown option or a missing value
   */
  public static Arguments parse(List<String> args, Set<String> valued, Set<String> flags)
      throws UsageException {
    return parse(args, valued, flags, Map.of());
  }

  /**
   * Parses {@code args}, where some options also have a one-letter form ({@code -o FILE} for
   * {@code --output FILE}). A lone {@code -} is an operand: standard input.
   *
   * @param args the arguments after the command name
   * @param valued the options that take a value
   * @param flags the options that take none
   * @param letters the long name of each one-letter option, by its letter
   * @return the arguments
   * @throws UsageException for an unknown option or a missing value
   */
  public static Arguments parse(
      List<String> args, Set<String> valued, Set<String> flags, Map<Character, String> letters)
      throws UsageException {
    Map<String, List<String>> options = new LinkedHashMap<>();
    List<String> operands = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        operands.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (arg.length() == 2 && arg.charAt(0) == '-' && arg.charAt(1) != '-') {
        String name = letters.get(arg.charAt(1));
        if (name == null) {
          throw new UsageException("unknown option " + arg);
        }
        arg = "--" + name;
      } else if (!arg.startsWith("--")) {
        if (arg.startsWith("-") && arg.length() > 1) {
          throw new UsageException("unknown option " + arg);
        }
        operands.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
      if (flags.contains(name) && equals < 0) {
        options.computeIfAbsent(name, n -> new ArrayList<>()).add("true");
      } else if (valued.contains(name)) {
        String value;
        if (equals >= 0) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw new UsageException("--" + name + " needs a value");
        }
        options.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
    return new Arguments(Map.copyOf(options), List.copyOf(operands));
  }

  /**
   * The single value of an option.
   *
   * @param name the option
   * @return its value, or null when absent
   * @throws UsageException if it was given more than once
   */
  public String single(String name) throws UsageException {
    List<String> values = options.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw new UsageException("--" + name + " may be given only once");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * Every value of an option.
   *
   * @param name the option
   * @return its values, empty when absent
   */
  public List<String> all(String name) {
    return options.getOrDefault(name, List.of());
  }

  /**
   * Whether a flag was given.
   *
   * @param name the flag
   * @return true if present
   */
  public boolean has(String name) {
    return options.containsKey(name);
  }
}
