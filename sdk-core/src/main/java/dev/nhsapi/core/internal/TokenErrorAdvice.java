package dev.nhsapi.core.internal;

import dev.nhsapi.core.ErrorDetails;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One sentence of advice for each of the token endpoint's documented failures, matched on its description. */
final class TokenErrorAdvice {
  private record Rule(String fragment, String advice) {}

  /** Checked in order; fragments are lower case and matched against the lower-cased description. */
  private static final List<Rule> RULES = List.of(
      new Rule("'aud'", "Fix: aud must be the exact token URL of the environment called, such as "
          + "https://int.api.service.nhs.uk/oauth2/token; check the environment and any proxy in between."),
      new Rule("invalid 'iss'/'sub'", "Fix: this API key is unknown here; an integration key sent to production "
          + "(or the reverse), or the app's ID used instead of its API key, are the usual causes."),
      new Rule("'iss'/'sub'", "Fix: iss and sub must both equal the application's API key."),
      new Rule("no matching public key", "Fix: the kid matches no key in the JWKS registered for the app; "
          + "check the kid and that the JWKS URL serves the current public key."),
      new Rule("missing 'kid'", "Fix: client assertions need a kid header naming the key in the app's JWKS."),
      new Rule("can't be reached", "Fix: the platform could not fetch the app's JWKS URL; it must be a public "
          + "HTTPS URL reachable from the internet."),
      new Rule("register a public key", "Fix: register a JWKS URL for the app in the NHS developer portal "
          + "before using signed JWT authentication."),
      new Rule("'alg'", "Fix: client assertions must be signed with RS512."),
      new Rule("'typ'", "Fix: client assertions need the header typ JWT."),
      new Rule("'exp'", "Fix: check this machine's clock (NTP): exp must be in the future and at most 5 minutes "
          + "ahead, and the platform allows only 10 s of skew."),
      new Rule("'jti'", "Fix: every client assertion needs a fresh jti; an assertion cannot be sent twice."),
      new Rule("signature verification failed", "Fix: the private key does not match the public key registered "
          + "under this kid."),
      new Rule("client_assertion_type", "Fix: client_assertion_type must be "
          + "urn:ietf:params:oauth:client-assertion-type:jwt-bearer."),
      new Rule("malformed jwt", "Fix: client_assertion must be a compact signed JWT."),
      new Rule("content-type", "Fix: token requests must be sent as application/x-www-form-urlencoded with no "
          + "charset."),
      new Rule("refresh_token is invalid", "Fix: refresh tokens are single-use and expire; sign the user in "
          + "again."),
      new Rule("subject_token", "Fix: send the identity provider's ID token (not its access token) as "
          + "subject_token, from the issuer configured for the app."));

  private TokenErrorAdvice() {}

  static @Nullable String adviceFor(ErrorDetails details) {
    String description = details.description();
    if (description != null) {
      String lower = description.toLowerCase(Locale.ROOT);
      for (Rule rule : RULES) {
        if (lower.contains(rule.fragment())) {
          return rule.advice();
        }
      }
    }
    if ("invalid_client".equals(details.code())) {
      return "Fix: the platform does not recognise this client: check the API key (or client_id) and client "
          + "secret are this environment's, from the app in the NHS developer portal.";
    }
    if ("unauthorized_client".equals(details.code()) || "unsupported_grant_type".equals(details.code())) {
      return "Fix: the app is not subscribed to an API product that allows this grant type.";
    }
    return null;
  }
}
