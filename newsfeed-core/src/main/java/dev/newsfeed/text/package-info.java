// SPDX-License-Identifier: Apache-2.0
/**
 * Presenting news text: escaping per output context ({@link dev.newsfeed.text.Escape}), one clean
 * form of every field of an item for HTML or plain output ({@link dev.newsfeed.text.ItemTextForms},
 * {@link dev.newsfeed.text.TextForm}), localized dates ({@link
 * dev.newsfeed.text.LocalizedDateFormat}), relative ages ({@link dev.newsfeed.text.RelativeAge})
 * and excerpts that never split a user-perceived character ({@link dev.newsfeed.text.Excerpt}).
 *
 * <p>Nothing here uses the default locale or time zone: each call names its locale, and clocks are
 * injected. Every class is immutable and thread-safe.
 */
package dev.newsfeed.text;
