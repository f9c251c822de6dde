// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** Plain-text listings written to disk, as an editor would save them. */
final class Listings {
  private Listings() {}

  /** A French or English listing of {@code count} items whose titles name {@code version}. */
  static String listing(String version, String language, int count) {
    StringBuilder out = new StringBuilder(language.equals("fr") ? "Actualités\n\n" : "News\n\n");
    for (int i = 0; i < count; i++) {
      out.append("Version ").append(version).append(language.equals("fr") ? " article " : " item ").append(i)
          .append("\n\n07/").append(30 - i).append("/2016\n\n")
          .append(language.equals("fr") ? "Rabat - Résumé " : "Rabat - Summary ").append(i).append(".\n\n");
    }
    return out.toString();
  }

  /** A listing that starts with its date: an error at line 1, column 1. */
  static final String BROKEN = "07/30/2016\n\nRésumé.\n";

  /** Writes {@code content} and moves the modification time past any earlier one. */
  static void save(Path file, String content) throws IOException {
    FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    FileTime now = Files.getLastModifiedTime(file);
    if (now.compareTo(before) <= 0) {
      Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 1000));
    }
  }
}
