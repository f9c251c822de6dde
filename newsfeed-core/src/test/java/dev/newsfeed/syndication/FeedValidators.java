// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.syndication;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Every check a written document must pass, by format: Atom against the RFC 4287 RELAX NG schema
 * (Appendix B, in {@code syndication/schema/atom.rnc}, run by jing) and {@link AtomChecker}'s
 * rules; RSS against {@link RssChecker}'s RSS 2.0 rules; JSON Feed against the JSON Feed 1.1
 * schema. Each returns the violations, empty when the document is valid.
 */
final class FeedValidators {
  private FeedValidators() {}

  private static final URL ATOM_SCHEMA = FeedValidators.class.getResource("/syndication/schema/atom.rnc");

  static List<String> of(FeedFormat format, byte[] document) {
    return switch (format) {
      case ATOM -> atom(document);
      case RSS -> RssChecker.violations(document);
      case JSON_FEED -> jsonFeed(document);
    };
  }

  /** The schema's violations, then the rules the schema cannot express. */
  static List<String> atom(byte[] document) {
    List<String> problems = new ArrayList<>(atomSchema(document));
    problems.addAll(AtomChecker.violations(document));
    return problems;
  }

  /** What jing reports when validating against RFC 4287's RELAX NG schema, with line numbers. */
  static List<String> atomSchema(byte[] document) {
    List<String> problems = new ArrayList<>();
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // Warnings are not violations.
      }

      @Override
      public void error(SAXParseException e) {
        problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }
    };
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, collect);
    ValidationDriver driver =
        new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
    try {
      if (!driver.loadSchema(new InputSource(ATOM_SCHEMA.toExternalForm()))) {
        throw new IllegalStateException("the Atom schema does not load: " + problems);
      }
      driver.validate(new InputSource(new ByteArrayInputStream(document)));
    } catch (SAXException e) {
      problems.add(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  static List<String> jsonFeed(byte[] document) {
    try {
      return FeedWriterTest.schemaViolations(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
