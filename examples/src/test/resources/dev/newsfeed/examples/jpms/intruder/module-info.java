// SPDX-License-Identifier: Apache-2.0
/** A modular application that tries to reach into newsfeed's internal packages. */
module dev.newsfeed.intruder {
  requires dev.newsfeed.servlet;
}
