// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size, asking for one chunk at a time; past the size it cancels
 * the subscription, which makes the client close the connection, so that no more is read.
 */
final class CappedBody implements BodySubscriber<byte[]> {

  /** The body is larger than the cap. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long max) {
      super("the body is larger than " + max + " bytes");
    }
  }

  private final int max;
  private final boolean failPastMax;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private volatile Flow.Subscription subscription;
  private volatile boolean cancelled;

  /**
   * A body subscriber.
   *
   * @param max the most bytes kept
   * @param failPastMax whether a larger body fails ({@link TooLarge}), or is cut at {@code max}
   */
  CappedBody(int max, boolean failPastMax) {
    this.max = max;
    this.failPastMax = failPastMax;
  }

  /** A subscriber that refuses the body at once: its declared length is already too large. */
  static CappedBody refused(int max) {
    CappedBody body = new CappedBody(max, true);
    body.cancelled = true;
    body.result.completeExceptionally(new TooLarge(max));
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (cancelled) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (cancelled) {
      return;
    }
    for (ByteBuffer item : items) {
      int room = max - bytes.size();
      if (item.remaining() > room) {
        cancel();
        if (failPastMax) {
          result.completeExceptionally(new TooLarge(max));
        } else {
          copy(item, room);
          result.complete(bytes.toByteArray());
        }
        return;
      }
      copy(item, item.remaining());
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  /** Stops reading: the connection is closed and nothing more is received. */
  void cancel() {
    cancelled = true;
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }

  private void copy(ByteBuffer item, int count) {
    byte[] chunk = new byte[count];
    item.get(chunk);
    bytes.write(chunk, 0, count);
  }
}
