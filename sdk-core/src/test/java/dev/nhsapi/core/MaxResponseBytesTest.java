package dev.nhsapi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MaxResponseBytesTest {
  private static final long HUNDRED_MB = 100L * 1024 * 1024;
  private static final int CHUNK = 8192;

  @StartStop final MockWebServer server = new MockWebServer();
  final NhsRequest read = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", "9000000009").build();

  NhsTransport.Builder transport() {
    return NhsTransport.builder()
        .environment(NhsEnvironment.custom(server.url("/").uri()))
        .circuitBreaker(CircuitBreakerOptions.disabled())
        .rateLimit(RateLimitOptions.disabled());
  }

  /**
   * Writes {@code length} bytes of JSON-ish filler 8 KiB at a time, chunk-framed or not, counting what it wrote;
   * the whole body is never held in memory.
   */
  static final class StreamedBody implements MockResponseBody {
    final long length;
    final boolean chunked;
    final AtomicLong written = new AtomicLong();

    StreamedBody(long length, boolean chunked) {
      this.length = length;
      this.chunked = chunked;
    }

    @Override
    public long getContentLength() {
      return chunked ? -1 : length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      byte[] filler = new byte[CHUNK];
      Arrays.fill(filler, (byte) ' ');
      while (written.get() < length) {
        if (chunked) {
          sink.writeHexadecimalUnsignedLong(CHUNK).writeUtf8("\r\n");
        }
        sink.write(filler);
        if (chunked) {
          sink.writeUtf8("\r\n");
        }
        sink.flush();
        written.addAndGet(CHUNK);
      }
      if (chunked) {
        sink.writeUtf8("0\r\n\r\n").flush();
      }
    }
  }

  static MockResponse declared(StreamedBody body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  /** MockWebServer closes the connection after a body of unknown length, so the client must not pool it. */
  static MockResponse chunked(StreamedBody body) {
    return new MockResponse.Builder().code(200).body(body)
        .removeHeader("Content-Length").addHeader("Transfer-Encoding", "chunked").addHeader("Connection", "close")
        .build();
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aDeclared100MegabyteBodyFailsBeforeTheDecoderReadsAByte() {
    StreamedBody body = new StreamedBody(HUNDRED_MB, false);
    server.enqueue(new MockResponse.Builder().code(200).body(body)
        .throttleBody(64 * 1024, 10, TimeUnit.MILLISECONDS).build());
    AtomicBoolean decoderCalled = new AtomicBoolean();

    assertThatThrownBy(() -> transport().build().execute(read, b -> decoderCalled.getAndSet(true)))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageStartingWith("the response body is larger than maxResponseBytes (16777216 bytes)")
        .hasNoCause();
    assertThat(decoderCalled).isFalse();
    assertThat(server.getRequestCount()).as("not retried").isEqualTo(1);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aChunked100MegabyteBodyFailsOnceItPassesTheDefaultCap() {
    StreamedBody body = new StreamedBody(HUNDRED_MB, true);
    server.enqueue(chunked(body));

    // ofBytes is the worst case: it would hold the whole body in memory
    assertThatThrownBy(() -> transport().build().execute(read, ResponseDecoder.ofBytes()))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageStartingWith("the response body is larger than maxResponseBytes (16777216 bytes)");
    assertThat(server.getRequestCount()).as("not retried").isEqualTo(1);
    assertThat(body.written.get()).as("the server never finished the body").isLessThan(HUNDRED_MB);
  }

  @Test
  void aBodyAtTheLimitIsReadAndOneByteMoreIsNot() {
    server.enqueue(chunked(new StreamedBody(4 * CHUNK, true)));
    server.enqueue(chunked(new StreamedBody(4 * CHUNK + CHUNK, true)));
    server.enqueue(declared(new StreamedBody(4 * CHUNK + CHUNK, false)));
    NhsTransport transport = transport().maxResponseBytes(4 * CHUNK).build();

    assertThat(transport.execute(read, ResponseDecoder.ofBytes()).value()).hasSize(4 * CHUNK);
    assertThatThrownBy(() -> transport.execute(read, ResponseDecoder.ofBytes()))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageStartingWith("the response body is larger than maxResponseBytes (32768 bytes)");
    assertThatThrownBy(() -> transport.execute(read, ResponseDecoder.ofBytes()))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageStartingWith("the response body is larger than maxResponseBytes (32768 bytes)");
  }

  @Test
  void theLimitIsReportedHoweverTheDecoderWrapsTheFailure() {
    server.enqueue(chunked(new StreamedBody(8 * CHUNK, true)));
    ResponseDecoder<String> wrapping = body -> {
      try {
        return body.string();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };

    assertThatThrownBy(() -> transport().maxResponseBytes(CHUNK).build().execute(read, wrapping))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageStartingWith("the response body is larger than maxResponseBytes (8192 bytes)");
  }

  @Test
  void theLimitAppliesToSuccessBodiesOnlyAndIsKeptByDerivedTransports() {
    server.enqueue(new MockResponse.Builder().code(404).body("{\"issue\":[]}").build());
    NhsTransport derived = transport().maxResponseBytes(1).build().newBuilder().callTimeout(Duration.ofSeconds(5))
        .build();

    assertThatThrownBy(() -> derived.execute(read, ResponseDecoder.ofString()))
        .isInstanceOf(ResourceNotFoundException.class);
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    assertThatThrownBy(() -> derived.execute(read, ResponseDecoder.ofString()))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageStartingWith("the response body is larger than maxResponseBytes (1 bytes)");
  }

  @Test
  void theLimitMustBePositive() {
    assertThatThrownBy(() -> NhsTransport.builder().maxResponseBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxResponseBytes must be positive");
  }
}
