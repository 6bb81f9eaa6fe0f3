package dev.nhsapi.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A FHIR R4 OperationOutcome: the list of issues an NHS API returns when a call fails (and, for PDS searches
 * that match too many patients, with HTTP 200).
 *
 * <p>The NHS error code, such as {@code RESOURCE_NOT_FOUND} or {@code INVALID_VALUE}, is the code of the first
 * coding in an issue's details ({@link Issue#nhsCode()}). Do not key error handling on severity: the platform
 * sends {@code information} for some failures.
 *
 * <p>{@link #toString()} shows codes only, by allow-list: diagnostics, details text and displays may echo the
 * caller's input.
 *
 * @param issues the issues, in the order the server sent them; never null
 */
public record OperationOutcome(List<Issue> issues) {
  /**
   * Copies the list.
   *
   * @param issues the issues, in the order the server sent them
   * @throws NullPointerException if {@code issues} or an element is null
   */
  public OperationOutcome {
    issues = List.copyOf(issues);
  }

  /**
   * Returns the NHS error code of the first issue, or null if there is none.
   *
   * @return the first issue's NHS code, or null
   */
  public @Nullable String nhsCode() {
    return issues.isEmpty() ? null : issues.get(0).nhsCode();
  }

  @Override
  public String toString() {
    return "OperationOutcome" + issues;
  }

  /**
   * One issue of an OperationOutcome.
   *
   * @param severity {@code fatal}, {@code error}, {@code warning} or {@code information}
   * @param code the FHIR issue type, for example {@code not-found} or {@code value}
   * @param details the codings of the issue's details, for example the NHS error code
   * @param detailsText the details' free text, or null
   * @param diagnostics the server's diagnostic text, or null; may echo input, so never log it
   * @param expression FHIRPath expressions of the elements at fault
   */
  public record Issue(
      String severity,
      String code,
      List<Coding> details,
      @Nullable String detailsText,
      @Nullable String diagnostics,
      List<String> expression) {

    /**
     * Copies the lists.
     *
     * @param severity the issue severity
     * @param code the FHIR issue type
     * @param details the codings of the issue's details
     * @param detailsText the details' free text, or null
     * @param diagnostics the server's diagnostic text, or null
     * @param expression FHIRPath expressions of the elements at fault
     * @throws NullPointerException if severity, code or a list is null
     */
    public Issue {
      Objects.requireNonNull(severity, "severity == null");
      Objects.requireNonNull(code, "code == null");
      details = List.copyOf(details);
      expression = List.copyOf(expression);
    }

    /**
     * Returns the NHS error code: the code of the first coding in the details, or null.
     *
     * @return the NHS code, or null
     */
    public @Nullable String nhsCode() {
      return details.isEmpty() ? null : details.get(0).code();
    }

    @Override
    public String toString() {
      return "Issue[severity=" + ServerCodes.shown(severity) + ", code=" + ServerCodes.shown(code) + ", details="
          + details.stream().map(c -> String.valueOf(ServerCodes.shown(c.code())))
              .collect(Collectors.joining(",", "[", "]")) + "]";
    }
  }

  /**
   * A coding in an issue's details.
   *
   * @param system the code system, for example {@code https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode}
   * @param version the code system version, or null
   * @param code the code, for example {@code INVALID_VALUE}
   * @param display the code's display text, or null
   */
  public record Coding(
      @Nullable String system, @Nullable String version, @Nullable String code, @Nullable String display) {
    /** Shows the code by allow-list, and {@code ***} for a display, which is the server's free text. */
    @Override
    public String toString() {
      return "Coding[code=" + ServerCodes.shown(code) + ", display=" + ServerCodes.masked(display) + "]";
    }
  }
}
