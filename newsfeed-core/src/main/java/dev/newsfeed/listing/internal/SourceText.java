// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of a listing, decoded, with the places where its encoding was broken.
 *
 * <p>Decoding never fails: every ill-formed UTF-8 sequence and every unpaired surrogate becomes
 * U+FFFD REPLACEMENT CHARACTER and is remembered, so that the reader can report it at its line and
 * column and, in lenient mode, skip only the item it falls in. Ill-formed sequences are replaced
 * by their maximal subparts (Unicode 15, §3.9, "U+FFFD Substitution of Maximal Subparts"), as the
 * JDK's decoder does.
 */
public final class SourceText {
  private final String text;
  private final List<EncodingProblem> problems;
  private final Optional<String> unreadable;

  /**
   * A place where the input was not well-formed.
   *
   * @param index the index in {@link #text()} of the U+FFFD that replaced it
   * @param message what was expected and found, such as {@code invalid UTF-8 byte 0xFF}
   */
  public record EncodingProblem(int index, String message) {}

  private SourceText(String text, List<EncodingProblem> problems, Optional<String> unreadable) {
    this.text = text;
    this.problems = problems;
    this.unreadable = unreadable;
  }

  /**
   * Decodes UTF-8 {@code bytes}, without its byte order mark if it has one.
   *
   * @param bytes the input
   * @return the text; {@link #unreadable()} is set for UTF-16 input
   */
  public static SourceText decode(byte[] bytes) {
    int length = bytes.length;
    if (length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      String mark = String.format(Locale.ROOT, "%02X %02X", bytes[0] & 0xFF, bytes[1] & 0xFF);
      return new SourceText(
          "",
          List.of(),
          Optional.of(
              "expected UTF-8 text, found a UTF-16 byte order mark ("
                  + mark
                  + "); save the listing as UTF-8"));
    }
    int start = 0;
    if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    StringBuilder out = new StringBuilder(length - start);
    List<EncodingProblem> problems = new ArrayList<>();
    int i = start;
    while (i < length) {
      int b0 = bytes[i] & 0xFF;
      if (b0 < 0x80) {
        out.append((char) b0);
        i++;
        continue;
      }
      int needed;
      int codePoint;
      // Table 3-7 of the Unicode Standard: the range allowed for the second byte depends on the
      // first, which rules out overlong forms, surrogates and values above U+10FFFF.
      int low2 = 0x80;
      int high2 = 0xBF;
      if (b0 >= 0xC2 && b0 <= 0xDF) {
        needed = 1;
        codePoint = b0 & 0x1F;
      } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        needed = 2;
        codePoint = b0 & 0x0F;
        if (b0 == 0xE0) {
          low2 = 0xA0;
        } else if (b0 == 0xED) {
          high2 = 0x9F;
        }
      } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        needed = 3;
        codePoint = b0 & 0x07;
        if (b0 == 0xF0) {
          low2 = 0x90;
        } else if (b0 == 0xF4) {
          high2 = 0x8F;
        }
      } else {
        problems.add(new EncodingProblem(out.length(), "invalid UTF-8 byte " + hex(b0)));
        out.append('\uFFFD');
        i++;
        continue;
      }
      int j = i + 1;
      boolean complete = true;
      for (int k = 0; k < needed; k++, j++) {
        int low = k == 0 ? low2 : 0x80;
        int high = k == 0 ? high2 : 0xBF;
        if (j >= length) {
          problems.add(new EncodingProblem(out.length(), "invalid UTF-8 byte " + hex(b0)
              + ": expected " + (needed - k) + (needed - k == 1 ? " more byte" : " more bytes")
              + " in its sequence, found the end of the input"));
          complete = false;
          break;
        }
        int b = bytes[j] & 0xFF;
        if (b < low || b > high) {
          problems.add(new EncodingProblem(out.length(), "invalid UTF-8 byte " + hex(b0)
              + ": expected a byte from " + hex(low) + " to " + hex(high)
              + " next in its sequence, found " + hex(b)));
          complete = false;
          break;
        }
        codePoint = codePoint << 6 | b & 0x3F;
      }
      if (complete) {
        out.appendCodePoint(codePoint);
      } else {
        out.append('\uFFFD');
      }
      i = j;
    }
    return new SourceText(out.toString(), List.copyOf(problems), Optional.empty());
  }

  /**
   * Text that was decoded already, without a leading U+FEFF, with unpaired surrogates replaced.
   *
   * @param text the input
   * @return the text
   */
  public static SourceText of(String text) {
    int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    StringBuilder out = null;
    List<EncodingProblem> problems = new ArrayList<>();
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
              : !Character.isLowSurrogate(c);
      if (Character.isHighSurrogate(c) && paired) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (!paired) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, start, i);
        }
        problems.add(new EncodingProblem(out.length(), String.format(Locale.ROOT,
            "invalid character U+%04X: an unpaired surrogate", (int) c)));
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    String decoded = out != null ? out.toString() : text.substring(start);
    return new SourceText(decoded, List.copyOf(problems), Optional.empty());
  }

  /**
   * The decoded text.
   *
   * @return the text, U+FFFD where the input was broken
   */
  public String text() {
    return text;
  }

  /**
   * Where the input was broken, in text order.
   *
   * @return the problems
   */
  public List<EncodingProblem> problems() {
    return problems;
  }

  /**
   * Why nothing could be decoded at all (a UTF-16 byte order mark), if that is the case.
   *
   * @return the reason, or empty if the text was decoded
   */
  public Optional<String> unreadable() {
    return unreadable;
  }

  private static String hex(int b) {
    return String.format(Locale.ROOT, "0x%02X", b);
  }
}
