// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.spring;

import dev.newsfeed.servlet.NewsfeedServlet;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The ticker fragment for a template, by the same {@code RequestDispatcher.include} that a JSP's
 * {@code <jsp:include page="/news/ticker"/>} does: the servlet answers with its negotiation,
 * caching and live news, and the fragment is captured for the template to insert unescaped
 * ({@code th:utext}; it is HTML that newsfeed escaped itself).
 */
final class TickerInclude {
  private TickerInclude() {}

  /**
   * Includes the ticker in the page's language.
   *
   * @param request the page's request
   * @param response the page's response
   * @param language the page's language: the ticker follows it (see {@link
   *     NewsfeedServlet#LANGUAGE_ATTRIBUTE})
   * @return the fragment's HTML
   */
  static String fragment(HttpServletRequest request, HttpServletResponse response, Locale language)
      throws ServletException, IOException {
    request.setAttribute(NewsfeedServlet.LANGUAGE_ATTRIBUTE, language);
    // Relative to the context path, as every dispatcher path is.
    RequestDispatcher dispatcher = request.getRequestDispatcher(NewsApplication.NEWS_PATH + "/ticker");
    Capture capture = new Capture(response);
    dispatcher.include(request, capture);
    return capture.text();
  }

  /** A response that keeps what is written to it. */
  private static final class Capture extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;

    Capture(HttpServletResponse response) {
      super(response);
    }

    /**
     * UTF-8, the charset the capture is decoded with: the included servlet writes characters
     * that the page's charset cannot hold as character references, and the page's charset is not
     * set yet when the template asks for the fragment (the view sets it when it renders).
     */
    @Override
    public String getCharacterEncoding() {
      return StandardCharsets.UTF_8.name();
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) {
            bytes.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("blocking only");
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
      }
      return writer;
    }

    String text() {
      if (writer != null) {
        writer.flush();
      }
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
