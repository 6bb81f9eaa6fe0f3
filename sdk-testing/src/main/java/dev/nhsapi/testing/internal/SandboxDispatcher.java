package dev.nhsapi.testing.internal;

import dev.nhsapi.testing.Fault;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.jspecify.annotations.Nullable;

/**
 * Routes the sandbox's requests to each API and applies the platform's common rules: a UUID
 * {@code X-Request-ID} is required, and it and {@code X-Correlation-ID} are mirrored back.
 *
 * <p>Around the routing it records each request, refuses bodies over {@link #BODY_LIMIT}, injects the scripted
 * {@link Fault}s, and answers 500 {@code UNKNOWN_ERROR} if handling throws, so one bad request never stops the
 * server.
 */
public final class SandboxDispatcher extends Dispatcher {
  /** The largest request body the sandbox accepts, in bytes; the server keeps no more of a body than this. */
  public static final long BODY_LIMIT = 1024 * 1024;

  private static final String TOKEN_PATH = "/oauth2/token";
  private static final System.Logger LOG = System.getLogger(SandboxDispatcher.class.getName());
  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final TokenEndpoint tokens;
  private final Function<String, @Nullable Fault> faults;
  private final Consumer<RecordedRequest> journal;
  private final Api pds;
  private final HelloWorldSandbox helloWorld;
  private final OdsSandbox ods = new OdsSandbox();
  private final RecordLocatorSandbox recordLocator = new RecordLocatorSandbox();
  private final WebsiteContentSandbox websiteContent;
  private final ImmunisationSandbox immunisation = new ImmunisationSandbox();

  /** An API behind the dispatcher: answers a request that passed the common checks. */
  @FunctionalInterface
  interface Api {
    MockResponse handle(RecordedRequest request, AccessMode mode);
  }

  /**
   * Creates the dispatcher.
   *
   * @param tokens the OAuth 2.0 token endpoint that issues and checks access tokens
   * @param pds the Personal Demographics Service
   * @param faults gives the fault to inject for a request's encoded path, or null to answer normally
   * @param journal records every request as it arrives
   * @throws NullPointerException if an argument is null
   */
  public SandboxDispatcher(TokenEndpoint tokens, PdsSandbox pds, Function<String, @Nullable Fault> faults,
      Consumer<RecordedRequest> journal) {
    this(tokens, Objects.requireNonNull(pds, "pds == null")::handle, faults, journal);
  }

  SandboxDispatcher(TokenEndpoint tokens, Api pds, Function<String, @Nullable Fault> faults,
      Consumer<RecordedRequest> journal) {
    this.tokens = Objects.requireNonNull(tokens, "tokens == null");
    this.pds = Objects.requireNonNull(pds, "pds == null");
    this.helloWorld = new HelloWorldSandbox(tokens::isRegistered);
    this.websiteContent = new WebsiteContentSandbox(tokens::isRegistered);
    this.faults = Objects.requireNonNull(faults, "faults == null");
    this.journal = Objects.requireNonNull(journal, "journal == null");
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    journal.accept(request);
    String path = request.getUrl().encodedPath();
    boolean oauth = path.equals(TOKEN_PATH);
    try {
      MockResponse response = request.getBodySize() > BODY_LIMIT ? GatewayError.BODY_TOO_LARGE.answer(oauth)
          : answer(request, path, oauth);
      return oauth ? response : mirrorIds(request, response);
    } catch (RuntimeException e) {
      // The class and frame locate the bug; the message might quote the request, so it is not logged.
      StackTraceElement[] trace = e.getStackTrace();
      LOG.log(System.Logger.Level.WARNING, "sandbox request handling failed: " + e.getClass().getName()
          + (trace.length == 0 ? "" : " at " + trace[0]));
      return GatewayError.UNKNOWN_ERROR.answer(oauth);
    }
  }

  /** Answers as the scripted fault says: in place of the API, or by spoiling the API's answer. */
  private MockResponse answer(RecordedRequest request, String path, boolean oauth) {
    Fault fault = faults.apply(path);
    if (fault == null) {
      return route(request, oauth);
    }
    return switch (fault.kind()) {
      case TOO_MANY_REQUESTS -> GatewayError.TOO_MANY_REQUESTS.answer(oauth);
      case SERVER_ERROR -> GatewayError.UNKNOWN_ERROR.answer(oauth);
      case SERVICE_UNAVAILABLE -> new MockResponse.Builder(GatewayError.SERVICE_UNAVAILABLE.answer(oauth))
          .setHeader("Retry-After", fault.duration().toSeconds()).build();
      case LATENCY -> new MockResponse.Builder(route(request, oauth))
          .headersDelay(fault.duration().toNanos(), TimeUnit.NANOSECONDS).build();
      case DISCONNECT -> new MockResponse.Builder(route(request, oauth))
          .onResponseStart(new SocketEffect.CloseSocket()).build();
      case TRUNCATED_BODY -> new MockResponse.Builder(route(request, oauth))
          .onResponseBody(new SocketEffect.CloseSocket()).build();
    };
  }

  private MockResponse route(RecordedRequest request, boolean oauth) {
    if (oauth) {
      return token(request);
    }
    String requestId = request.getHeaders().get("X-Request-ID");
    String authorization = request.getHeaders().get("Authorization");
    AccessMode mode = authorization == null ? AccessMode.OPEN
        : authorization.startsWith("Bearer ") ? tokens.accessMode(authorization.substring("Bearer ".length())) : null;
    if (request.getUrl().encodedPath().startsWith(HelloWorldSandbox.BASE + "/")) {
      return helloWorld.handle(request, mode);
    }
    if (request.getUrl().encodedPath().startsWith(WebsiteContentSandbox.BASE + "/")) {
      return websiteContent.handle(request);
    }
    String apiKey = request.getHeaders().get("apikey");
    if (request.getUrl().encodedPath().startsWith(OdsSandbox.BASE + "/") && mode != null) {
      return apiKey == null || tokens.isRegistered(apiKey) ? ods.handle(request) : Responses.invalidApiKey();
    }
    if (mode == null) {
      return Outcomes.error(401, "error", "forbidden", "ACCESS_DENIED", "Access Denied - Unauthorised",
          authorization != null && authorization.strip().equals("Bearer") ? "Missing access token"
              : "Invalid Access Token");
    } else if (requestId == null) {
      return Outcomes.error(400, "error", "required", "MISSING_VALUE", "Required value is missing",
          "Invalid request with error - X-Request-ID header must be supplied to access this resource");
    } else if (!UUID.matcher(requestId).matches()) {
      return Outcomes.error(400, "error", "value", "INVALID_VALUE", "Provided value is invalid",
          "Invalid value - '" + requestId + "' in header 'X-Request-ID'");
    } else if (request.getUrl().encodedPath().startsWith(RecordLocatorSandbox.BASE + "/")) {
      return recordLocator.handle(request, mode);
    } else if (request.getUrl().encodedPath().startsWith(PdsSandbox.BASE + "/")) {
      return pds.handle(request, mode);
    } else if (request.getUrl().encodedPath().startsWith(ImmunisationSandbox.BASE + "/")) {
      return immunisation.handle(request, mode);
    }
    return Outcomes.error(404, "information", "not-found", "RESOURCE_NOT_FOUND", "Resource not found",
        "This sandbox serves " + String.join(", ", PdsSandbox.BASE, OdsSandbox.BASE, RecordLocatorSandbox.BASE,
            ImmunisationSandbox.BASE, WebsiteContentSandbox.BASE, HelloWorldSandbox.BASE) + " only");
  }

  /** Restores the published data of the APIs the dispatcher itself keeps: the immunisations. */
  public void reset() {
    immunisation.reset();
  }

  private static MockResponse mirrorIds(RecordedRequest request, MockResponse response) {
    MockResponse.Builder mirrored = new MockResponse.Builder(response);
    String requestId = request.getHeaders().get("X-Request-ID");
    if (requestId != null) {
      mirrored.setHeader("X-Request-ID", requestId);
    }
    String correlationId = request.getHeaders().get("X-Correlation-ID");
    if (correlationId != null) {
      mirrored.setHeader("X-Correlation-ID", correlationId);
    }
    return mirrored.build();
  }

  private MockResponse token(RecordedRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return Responses.json(405, "{\"error\":\"invalid_request\",\"error_description\":\"use POST\"}");
    }
    String contentType = request.getHeaders().get("Content-Type");
    TokenEndpoint.Answer answer = tokens.handle(contentType == null ? "" : contentType,
        request.getBody() == null ? "" : request.getBody().utf8(), request.getUrl().toString());
    return Responses.json(answer.status(), answer.json());
  }
}
