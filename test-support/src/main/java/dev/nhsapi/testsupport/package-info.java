/**
 * Helpers shared by this project's own tests and benchmarks, one copy of each: {@link MutableClock}, a clock that
 * tests move by hand, and {@link NoDelayServerSocketFactory}, server sockets that answer on loopback without Nagle's
 * delay.
 *
 * <p>Not published and not part of the SDK. The published sandbox ({@code nhsapi-testing}) keeps its own internal
 * socket factory, since a published artifact cannot depend on this one.
 *
 * <pre>{@code
 * MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
 * clock.advance(Duration.ofMinutes(5)); // five minutes later, as far as the code under test can tell
 * server.setServerSocketFactory(new NoDelayServerSocketFactory());
 * }</pre>
 */
@NullMarked
package dev.nhsapi.testsupport;

import org.jspecify.annotations.NullMarked;
