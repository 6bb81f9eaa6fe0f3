package dev.nhsapi.core.internal;

import com.squareup.moshi.JsonReader;
import dev.nhsapi.core.ErrorDetails;
import dev.nhsapi.core.OperationOutcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Reads an error body in any of the platform's three shapes (FHIR OperationOutcome, OAuth error, gateway
 * fault). Anything else, including HTML, empty, oversized or truncated bodies, yields {@link ErrorDetails#none()}.
 * It never throws.
 */
public final class ErrorBodyParser {
  /** Error bodies larger than this are not parsed: no platform error comes close. */
  static final long MAX_BYTES = 256 * 1024;

  private ErrorBodyParser() {}

  /**
   * Reads up to {@link #MAX_BYTES} of {@code body} and parses it.
   *
   * @param body the error response's body
   * @return what it said, or {@link ErrorDetails#none()}
   */
  public static ErrorDetails parse(ResponseBody body) {
    Buffer buffer = new Buffer();
    try {
      BufferedSource source = body.source();
      boolean complete = !source.request(MAX_BYTES + 1);
      if (!complete) {
        return ErrorDetails.none();
      }
      source.readAll(buffer);
    } catch (IOException | RuntimeException e) {
      return ErrorDetails.none(); // cut short: whatever arrived is not trustworthy JSON
    }
    return parse(buffer);
  }

  /**
   * Parses a complete body.
   *
   * @param buffer the body; consumed
   * @return what it said, or {@link ErrorDetails#none()}
   */
  static ErrorDetails parse(Buffer buffer) {
    try {
      Object json = JsonReader.of(buffer).readJsonValue();
      if (!(json instanceof Map<?, ?> map)) {
        return ErrorDetails.none();
      }
      if ("OperationOutcome".equals(map.get("resourceType")) || map.get("issue") instanceof List) {
        return fromOperationOutcome(map);
      }
      if (map.get("error") instanceof String error) {
        return new ErrorDetails(
            error, null, string(map, "error_description"), null, null, string(map, "message_id"));
      }
      if (map.get("fault") instanceof Map<?, ?> fault) {
        Map<?, ?> detail = fault.get("detail") instanceof Map<?, ?> d ? d : Map.of();
        return new ErrorDetails(string(detail, "errorcode"), null, string(fault, "faultstring"), null, null, null);
      }
      if (map.get("statusCode") instanceof Number && map.get("message") instanceof String message) {
        // the NHS website content API's own shape: {"statusCode": 404, "message": "Resource not found"}
        return new ErrorDetails(null, null, message, null, null, null);
      }
      return ErrorDetails.none();
    } catch (IOException | RuntimeException e) {
      return ErrorDetails.none(); // not JSON, truncated, or nested absurdly deep
    }
  }

  private static ErrorDetails fromOperationOutcome(Map<?, ?> map) {
    List<OperationOutcome.Issue> issues = new ArrayList<>();
    for (Object element : list(map, "issue")) {
      if (element instanceof Map<?, ?> issue) {
        issues.add(issue(issue));
      }
    }
    OperationOutcome outcome = new OperationOutcome(issues);
    if (issues.isEmpty()) {
      return new ErrorDetails(null, null, null, null, outcome, null);
    }
    OperationOutcome.Issue first = issues.get(0);
    String display = first.details().isEmpty() ? null : first.details().get(0).display();
    return new ErrorDetails(first.nhsCode(), first.code(), display, first.diagnostics(), outcome, null);
  }

  private static OperationOutcome.Issue issue(Map<?, ?> issue) {
    List<OperationOutcome.Coding> codings = new ArrayList<>();
    String detailsText = null;
    if (issue.get("details") instanceof Map<?, ?> details) {
      detailsText = string(details, "text");
      for (Object element : listOrOne(details, "coding")) {
        if (element instanceof Map<?, ?> coding) {
          codings.add(new OperationOutcome.Coding(
              string(coding, "system"), string(coding, "version"), string(coding, "code"),
              string(coding, "display")));
        }
      }
    }
    List<String> expression = new ArrayList<>();
    for (Object element : list(issue, "expression")) {
      if (element instanceof String s) {
        expression.add(s);
      }
    }
    String severity = string(issue, "severity");
    String code = string(issue, "code");
    return new OperationOutcome.Issue(
        severity == null ? "error" : severity, code == null ? "unknown" : code, codings, detailsText,
        string(issue, "diagnostics"), expression);
  }

  private static @Nullable String string(Map<?, ?> map, String key) {
    return map.get(key) instanceof String s ? s : null;
  }

  private static List<?> list(Map<?, ?> map, String key) {
    return map.get(key) instanceof List<?> l ? l : List.of();
  }

  /**
   * A list member, or a lone object where a list belongs: the older Spine shape of an OperationOutcome, which the
   * ODS spec's own error examples use, has {@code issue.details.coding} as an object (and {@code meta.profile} as
   * a string). Error bodies are diagnostics, so they are read leniently enough to keep the NHS error code.
   */
  private static List<?> listOrOne(Map<?, ?> map, String key) {
    Object value = map.get(key);
    return value instanceof Map<?, ?> one ? List.of(one) : list(map, key);
  }
}
