// SPDX-License-Identifier: Apache-2.0
/**
 * Reading news from named sources — files, classpath resources, uploaded bytes — whatever their
 * format, and merging sources in several languages into one multilingual feed. This is what the
 * command-line tool and the servlet use; the format-specific readers live in their own packages.
 */
package dev.newsfeed.source;
