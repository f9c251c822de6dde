// SPDX-License-Identifier: Apache-2.0
/**
 * Implementation details of newsfeed-core. Not exported; no compatibility promise of any kind.
 */
package dev.newsfeed.internal;
