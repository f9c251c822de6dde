// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.listing;

/**
 * The order of day and month in numeric dates such as {@code 05/04/2016}.
 *
 * <p>A date whose first field has four digits ({@code 2016-05-04}, {@code 2016/05/04}) is always
 * read year-month-day, as ISO 8601 writes it, whatever the order.
 */
public enum DateOrder {
  /**
   * Inferred from the whole listing: a first field above 12 means day first, a second field above
   * 12 means month first; when no date decides, the listing language's CLDR short-date order is
   * used and a warning says so. Dates that disagree are an error.
   */
  AUTO,
  /** Month, day, year: {@code 07/30/2016}. A date whose first field cannot be a month is an error. */
  MDY,
  /** Day, month, year: {@code 30/07/2016}. A date whose second field cannot be a month is an error. */
  DMY,
  /** Year, month, day only: {@code 2016-07-30}. A numeric date with the year last is an error. */
  YMD
}
