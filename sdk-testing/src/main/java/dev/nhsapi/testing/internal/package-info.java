/** The embedded sandbox's machinery. Not API: it is not exported and may change without notice. */
@NullMarked
package dev.nhsapi.testing.internal;

import org.jspecify.annotations.NullMarked;
