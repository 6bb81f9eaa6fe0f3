/** Implementation of the transport. Not API: it is not exported and may change without notice. */
@NullMarked
package dev.nhsapi.core.internal;

import org.jspecify.annotations.NullMarked;
