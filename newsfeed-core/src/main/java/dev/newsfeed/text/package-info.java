/**
 * Presenting news text: escaping per output context ({@link dev.newsfeed.text.Escape}), localized
 * dates ({@link dev.newsfeed.text.LocalizedDateFormat}), relative ages and excerpts.
 *
 * <p>Nothing here uses the default locale or time zone: each call names its locale, and clocks are
 * injected.
 */
package dev.newsfeed.text;
