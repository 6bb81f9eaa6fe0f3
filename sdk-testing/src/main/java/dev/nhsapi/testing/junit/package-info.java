/**
 * JUnit Jupiter support: {@link dev.nhsapi.testing.junit.NhsSandboxTest} starts an embedded NHS sandbox for a test
 * class and injects it, and a client signed in to it, into the tests.
 */
@NullMarked
package dev.nhsapi.testing.junit;

import org.jspecify.annotations.NullMarked;
