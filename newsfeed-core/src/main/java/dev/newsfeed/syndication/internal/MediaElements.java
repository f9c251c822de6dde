// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication.internal;

import static dev.newsfeed.syndication.internal.Namespaces.ITUNES;
import static dev.newsfeed.syndication.internal.Namespaces.MEDIA;
import static dev.newsfeed.syndication.internal.Namespaces.NONE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The media an entry or item carries and the model does not hold (RSS {@code enclosure}, Media
 * RSS, iTunes images): each is noted in the read's context, which names them all in one warning.
 */
final class MediaElements {
  private MediaElements() {}

  private static final List<String> MEDIA_NAMES = List.of("content", "thumbnail", "player");

  static void note(XmlElement parent, ReadContext context) {
    // One pass over the children, noted in the order of the lookups this replaced (enclosures,
    // then each media name, then iTunes images), so that the warning names them as before.
    List<XmlElement> found = null;
    for (XmlElement child : parent.elements()) {
      if (rank(child) >= 0) {
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(child);
      }
    }
    if (found == null) {
      return;
    }
    found.sort(Comparator.comparingInt(MediaElements::rank));
    for (XmlElement media : found) {
      String name = media.namespace().equals(MEDIA) ? "<media:" + media.name() + ">"
          : media.namespace().equals(ITUNES) ? "<itunes:image>" : "<enclosure>";
      context.dropped(name, media.line(), media.column());
    }
  }

  /** Where a dropped element's kind comes in the warning, or -1 for an element kept. */
  private static int rank(XmlElement element) {
    String ns = element.namespace();
    if (ns.equals(NONE)) {
      return element.name().equals("enclosure") ? 0 : -1;
    }
    if (ns.equals(MEDIA)) {
      int i = MEDIA_NAMES.indexOf(element.name());
      return i < 0 ? -1 : 1 + i;
    }
    return ns.equals(ITUNES) && element.name().equals("image") ? 1 + MEDIA_NAMES.size() : -1;
  }
}
