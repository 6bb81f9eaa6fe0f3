package dev.nhsapi.samples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A tiny stand-in for the PDS sandbox on loopback, so the Quickstart runs offline. It serves one synthetic
 * patient, answers its first request with 503 and {@code Retry-After: 1} to show the transport retrying, and
 * answers other numbers with the platform's OperationOutcome errors. The embedded NHS sandbox in
 * {@code nhsapi-testing} will replace it.
 */
final class LocalPdsStandIn implements AutoCloseable {
  static final String PATIENT_PATH = "/personal-demographics/FHIR/R4/Patient";
  static final String KNOWN_PATIENT = "9000000009";

  private static final String PATIENT = """
      {"resourceType":"Patient","id":"9000000009","meta":{"versionId":"2"},
       "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9000000009"}],
       "name":[{"use":"usual","family":"Sample","given":["Alex"],"prefix":["Mx"]}],
       "gender":"unknown","birthDate":"2010-10-22",
       "generalPractitioner":[{"type":"Organization",
         "identifier":{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"Y12345"}}]}""";

  private final HttpServer server;
  private final AtomicBoolean firstRequest = new AtomicBoolean(true);

  LocalPdsStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(PATIENT_PATH, this::handle);
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void handle(HttpExchange exchange) throws IOException {
    String requestId = exchange.getRequestHeaders().getFirst("X-Request-ID");
    if (requestId != null) {
      exchange.getResponseHeaders().add("X-Request-ID", requestId);
    }
    String path = exchange.getRequestURI().getPath();
    String id = path.length() > PATIENT_PATH.length() ? path.substring(PATIENT_PATH.length() + 1) : "";
    if (firstRequest.getAndSet(false)) {
      exchange.getResponseHeaders().add("Retry-After", "1");
      send(exchange, 503, outcome("timeout", "SERVICE_UNAVAILABLE", "Service unavailable"));
    } else if (id.isEmpty()) {
      send(exchange, 200, """
          {"resourceType":"Bundle","type":"searchset","total":1,"entry":[{
           "fullUrl":"https://api.service.nhs.uk/personal-demographics/FHIR/R4/Patient/9000000009",
           "search":{"score":1},"resource":%s}]}""".formatted(PATIENT));
    } else if (id.equals(KNOWN_PATIENT)) {
      exchange.getResponseHeaders().add("ETag", "W/\"2\"");
      send(exchange, 200, PATIENT);
    } else if (id.matches("\\d{10}") && checkDigitValid(id)) {
      send(exchange, 404, outcome("not-found", "RESOURCE_NOT_FOUND", "Resource not found"));
    } else {
      send(exchange, 400, outcome("value", "INVALID_RESOURCE_ID", "Resource Id is invalid"));
    }
  }

  private static boolean checkDigitValid(String digits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    return check != 10 && (check == 11 ? 0 : check) == digits.charAt(9) - '0';
  }

  private static String outcome(String issueCode, String nhsCode, String display) {
    return """
        {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"%s","details":{"coding":[{
        "system":"https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode","version":"1","code":"%s",
        "display":"%s"}]}}]}""".formatted(issueCode, nhsCode, display);
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
