// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import dev.newsfeed.ItemText;
import dev.newsfeed.LanguageChain;
import dev.newsfeed.TimestampPolicy;
import dev.newsfeed.internal.Texts;
import dev.newsfeed.syndication.internal.TagUri;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a feed is written: where it lives, in which language, how dates without a time become
 * timestamps and how entry ids are minted. Immutable; vary it with the {@code withX} methods.
 *
 * @param selfLink the feed's own URL (Atom {@code link rel="self"}, JSON Feed {@code feed_url});
 *     also the Atom feed id
 * @param siteLink the site the news comes from (Atom {@code link rel="alternate"}, RSS {@code
 *     link}, JSON Feed {@code home_page_url})
 * @param language the languages the feed is written in, most preferred first; empty to use the
 *     feed's first language
 * @param timestampPolicy how a date without a time becomes a timestamp, the same in every format
 * @param idAuthority the authority of the {@code tag:} ids (RFC 4151 §2.1: a DNS name or an email
 *     address the publisher controls); empty to use the self link's host
 * @param author the Atom author name (RFC 4287 §4.1.1 requires one); empty to use the feed title
 */
public record FeedOptions(
    URI selfLink,
    URI siteLink,
    Optional<LanguageChain> language,
    TimestampPolicy timestampPolicy,
    Optional<String> idAuthority,
    Optional<String> author) {

  /**
   * Checks the links are absolute http or https URIs and the authority is one RFC 4151 accepts.
   *
   * @param selfLink the feed's own URL
   * @param siteLink the site the news comes from
   * @param language the languages the feed is written in; empty for the feed's first language
   * @param timestampPolicy how a date without a time becomes a timestamp
   * @param idAuthority the authority of the {@code tag:} ids; empty for the self link's host
   * @param author the Atom author name; empty for the feed title
   */
  public FeedOptions {
    selfLink = ItemText.parseLink(Objects.requireNonNull(selfLink, "selfLink").toString());
    siteLink = ItemText.parseLink(Objects.requireNonNull(siteLink, "siteLink").toString());
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(timestampPolicy, "timestampPolicy");
    idAuthority = Objects.requireNonNull(idAuthority, "idAuthority").map(TagUri::checkAuthority);
    author = Objects.requireNonNull(author, "author").map(Texts::trim).filter(a -> !a.isEmpty());
  }

  /**
   * Options in the feed's first language, with the default timestamp policy (start of day, UTC)
   * and ids under the self link's host.
   *
   * @param selfLink the feed's own URL
   * @param siteLink the site the news comes from
   * @return the options
   */
  public static FeedOptions of(URI selfLink, URI siteLink) {
    return new FeedOptions(
        selfLink,
        siteLink,
        Optional.empty(),
        TimestampPolicy.startOfDayUtc(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Options in one language, with the default timestamp policy and ids under the self link's
   * host.
   *
   * @param selfLink the feed's own URL
   * @param siteLink the site the news comes from
   * @param language the language to write the feed in; items without a text in it fall back to
   *     their original language
   * @return the options
   */
  public static FeedOptions of(URI selfLink, URI siteLink, Locale language) {
    return of(selfLink, siteLink).withLanguage(LanguageChain.of(language));
  }

  /**
   * A copy writing the feed in the first language of {@code chain}, each item falling back along
   * it.
   *
   * @param chain the languages
   * @return the copy
   */
  public FeedOptions withLanguage(LanguageChain chain) {
    return new FeedOptions(
        selfLink, siteLink, Optional.of(chain), timestampPolicy, idAuthority, author);
  }

  /**
   * A copy with another policy for dates without a time.
   *
   * @param policy the policy
   * @return the copy
   */
  public FeedOptions withTimestampPolicy(TimestampPolicy policy) {
    return new FeedOptions(selfLink, siteLink, language, policy, idAuthority, author);
  }

  /**
   * A copy minting {@code tag:} ids under {@code authority}.
   *
   * @param authority a DNS name such as {@code example.org} or an email address
   * @return the copy
   * @throws IllegalArgumentException if RFC 4151 does not accept it
   */
  public FeedOptions withIdAuthority(String authority) {
    return new FeedOptions(
        selfLink, siteLink, language, timestampPolicy, Optional.of(authority), author);
  }

  /**
   * A copy naming the Atom author.
   *
   * @param name the author's name
   * @return the copy
   */
  public FeedOptions withAuthor(String name) {
    return new FeedOptions(
        selfLink, siteLink, language, timestampPolicy, idAuthority, Optional.of(name));
  }

  /**
   * The authority ids are minted under: {@link #idAuthority()}, else the self link's host (else
   * {@code localhost} for a host RFC 4151 does not accept, such as an IPv6 literal).
   *
   * @return the authority
   */
  public String effectiveIdAuthority() {
    return idAuthority.orElseGet(() -> TagUri.authorityOf(selfLink));
  }
}
