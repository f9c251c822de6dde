// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet;

import java.time.Duration;
import java.util.Objects;

/**
 * What moves in the ticker and how fast: the scroll's speed, the slides' interval and how often
 * {@code ticker.js} asks the server for new news. Part of {@link DisplayOptions}. Pausing the
 * ticker stops all three (WCAG 2.2.2 covers moving and auto-updating content alike).
 *
 * @param speed the scroll's speed in CSS pixels per second, 1 to 1000
 * @param slideInterval how long each slide is shown, at least one second
 * @param updateInterval how often the open page fetches the fragment again (a conditional
 *     request, answered 304 while the news is unchanged); zero for never
 */
public record Motion(int speed, Duration slideInterval, Duration updateInterval) {

  private static final Motion DEFAULTS = new Motion(50, Duration.ofSeconds(5), Duration.ofSeconds(60));

  /**
   * Checks the values.
   *
   * @param speed the scroll's speed in CSS pixels per second, 1 to 1000
   * @param slideInterval how long each slide is shown, at least one second
   * @param updateInterval how often the page fetches new news; zero for never
   * @throws IllegalArgumentException if a value is out of its range
   */
  public Motion {
    if (speed < 1 || speed > 1000) {
      throw new IllegalArgumentException("speed must be 1 to 1000 pixels per second, was " + speed);
    }
    Objects.requireNonNull(slideInterval, "slideInterval");
    if (slideInterval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("slideInterval must be at least 1s, was " + slideInterval);
    }
    Objects.requireNonNull(updateInterval, "updateInterval");
    if (updateInterval.isNegative() || (!updateInterval.isZero() && updateInterval.compareTo(Duration.ofSeconds(1)) < 0)) {
      throw new IllegalArgumentException("updateInterval must be 0 or at least 1s, was " + updateInterval);
    }
  }

  /**
   * 50 px/s, 5 s per slide, updates every 60 s.
   *
   * @return the defaults
   */
  public static Motion defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another scroll speed.
   *
   * @param pixelsPerSecond the speed, 1 to 1000
   * @return the copy
   */
  public Motion withSpeed(int pixelsPerSecond) {
    return new Motion(pixelsPerSecond, slideInterval, updateInterval);
  }

  /**
   * A copy with another slide interval.
   *
   * @param interval at least one second
   * @return the copy
   */
  public Motion withSlideInterval(Duration interval) {
    return new Motion(speed, interval, updateInterval);
  }

  /**
   * A copy with another update interval.
   *
   * @param interval zero for never, else at least one second
   * @return the copy
   */
  public Motion withUpdateInterval(Duration interval) {
    return new Motion(speed, slideInterval, interval);
  }
}
