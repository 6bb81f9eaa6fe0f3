package dev.nhsapi.internal.codec;

import static dev.nhsapi.internal.codec.Primitives.STRING;

import dev.nhsapi.core.OperationOutcome;
import dev.nhsapi.fhir.UnknownElements;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The codec of {@link OperationOutcome}. */
final class OperationOutcomeCodec {
  private OperationOutcomeCodec() {}

  /** The details of an issue: its codings and text. */
  private record Details(List<OperationOutcome.Coding> coding, @Nullable String text) {}

  static final ObjectCodec<OperationOutcome.Coding> OUTCOME_CODING =
      ObjectCodec.<OperationOutcome.Coding>datatype("Coding")
          .one("system", STRING)
          .one("version", STRING)
          .one("code", STRING)
          .one("display", STRING)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> UnknownElements.none();
            case 0 -> m.system();
            case 1 -> m.version();
            case 2 -> m.code();
            case 3 -> m.display();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new OperationOutcome.Coding(v.next(), v.next(), v.next(), v.next()));

  static final ObjectCodec<Details> OUTCOME_DETAILS =
      ObjectCodec.<Details>datatype("CodeableConcept")
          .many("coding", OUTCOME_CODING)
          .one("text", STRING)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> UnknownElements.none();
            case 0 -> m.coding();
            case 1 -> m.text();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new Details(v.list(), v.next()));

  @SuppressWarnings("NullAway")
  static final ObjectCodec<OperationOutcome.Issue> OUTCOME_ISSUE =
      ObjectCodec.<OperationOutcome.Issue>datatype("OperationOutcome.issue")
          .one("severity", STRING)
          .one("code", STRING)
          .one("details", OUTCOME_DETAILS)
          .one("diagnostics", STRING)
          .many("expression", STRING)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> UnknownElements.none();
            case 0 -> m.severity();
            case 1 -> m.code();
            case 2 -> m.details().isEmpty() && m.detailsText() == null
                ? null : new Details(m.details(), m.detailsText());
            case 3 -> m.diagnostics();
            case 4 -> m.expression();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> {
            String severity = v.next();
            String code = v.next();
            Details details = v.next();
            return new OperationOutcome.Issue(severity, code, details == null ? List.of() : details.coding(),
                details == null ? null : details.text(), v.next(), v.list());
          });

  /**
   * OperationOutcome, read into the transport's model. Elements it does not model (issue locations, extensions)
   * are dropped: an OperationOutcome is only ever read, never sent back.
   */
  static final ObjectCodec<OperationOutcome> OPERATION_OUTCOME =
      ObjectCodec.<OperationOutcome>resource("OperationOutcome")
          .many("issue", OUTCOME_ISSUE)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> UnknownElements.none();
            case 0 -> m.issues();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new OperationOutcome(v.list()));
}
