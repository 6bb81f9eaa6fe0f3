package dev.nhsapi.core.internal;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * A success body as a decoder sees it: reading fails as soon as more than the transport's
 * {@code maxResponseBytes} has arrived, so a huge or endless body never fills the heap. It remembers why
 * reading failed, because decoders may wrap the {@link IOException} they saw in an exception of their own. Its
 * source's {@link Timeout} carries the call's deadline, for decoders to bound the work they do after reading.
 */
final class LimitedBody extends ResponseBody {
  private final ResponseBody delegate;
  private final BufferedSource source;
  private long read;
  private boolean tooLarge;

  /**
   * Creates the body.
   *
   * @param delegate the response's body
   * @param maxBytes the most bytes that may be read
   * @param deadlineNanoTime the call's deadline, in {@link System#nanoTime()} terms
   */
  LimitedBody(ResponseBody delegate, long maxBytes, long deadlineNanoTime) {
    this.delegate = delegate;
    Timeout deadline = new Timeout().deadlineNanoTime(deadlineNanoTime);
    this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
      @Override
      public Timeout timeout() {
        return deadline; // reads are bounded by the delegate's own timeout and the call's; this one is for decoders
      }

      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        long count = super.read(sink, byteCount);
        if (count > 0) {
          read += count;
          if (read > maxBytes) {
            tooLarge = true;
            throw new IOException(tooLargeMessage(maxBytes));
          }
        }
        return count;
      }
    });
  }

  /** The message for a body over the limit: the limit, never the content. */
  static String tooLargeMessage(long maxBytes) {
    return "the response body is larger than maxResponseBytes (" + maxBytes + " bytes)";
  }

  /** Whether reading stopped because the body passed the limit. */
  boolean tooLarge() {
    return tooLarge;
  }

  @Override
  public @Nullable MediaType contentType() {
    return delegate.contentType();
  }

  @Override
  public long contentLength() {
    return delegate.contentLength();
  }

  @Override
  public BufferedSource source() {
    return source;
  }
}
