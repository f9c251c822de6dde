// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** SHA-256 of a source's bytes, so that a version is told from another by content. */
final class ContentHash {
  private ContentHash() {}

  static String of(byte[] content) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
