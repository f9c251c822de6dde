// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static dev.newsfeed.syndication.internal.Namespaces.ITUNES;
import static dev.newsfeed.syndication.internal.Namespaces.MEDIA;
import static dev.newsfeed.syndication.internal.Namespaces.NONE;

import java.util.List;

/**
 * The media an entry or item carries and the model does not hold (RSS {@code enclosure}, Media
 * RSS, iTunes images): each is noted in the read's context, which names them all in one warning.
 */
final class MediaElements {
  private MediaElements() {}

  private static final List<String> MEDIA_NAMES = List.of("content", "thumbnail", "player");

  static void note(XmlElement parent, ReadContext context) {
    for (XmlElement enclosure : parent.children(NONE, "enclosure")) {
      context.dropped("<enclosure>", enclosure.line(), enclosure.column());
    }
    for (String name : MEDIA_NAMES) {
      for (XmlElement media : parent.children(MEDIA, name)) {
        context.dropped("<media:" + name + ">", media.line(), media.column());
      }
    }
    for (XmlElement image : parent.children(ITUNES, "image")) {
      context.dropped("<itunes:image>", image.line(), image.column());
    }
  }
}
