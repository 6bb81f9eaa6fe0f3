/**
 * Loading the RSA private key that signs client assertions, from PEM, JWK or JWKS, or a key store, with errors
 * that say what was found and what is expected. Not API: it is not exported and may change without notice.
 */
@NullMarked
package dev.nhsapi.core.internal.keys;

import org.jspecify.annotations.NullMarked;
