package dev.nhsapi.recordlocator;

import dev.nhsapi.fhir.Coding;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.internal.client.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A search of the National Record Locator's document pointers: always for one patient, by NHS number, and
 * optionally narrowed to one custodian (the organisation holding the documents), one document type and one
 * category. Built with {@link #builder(NhsNumber)}.
 *
 * <p>Immutable. {@link #toString()} shows parameter names only, never the NHS number.
 */
public final class DocumentReferenceSearch {
  private static final Pattern SNOMED_CODE = Pattern.compile("[1-9][0-9]{5,17}");

  private final QueryParameters parameters;

  private DocumentReferenceSearch(QueryParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * Returns a builder for a search of one patient's document pointers.
   *
   * @param patient the patient's NHS number ({@code subject:identifier})
   * @return a new builder
   * @throws NullPointerException if {@code patient} is null
   */
  public static Builder builder(NhsNumber patient) {
    return new Builder(Objects.requireNonNull(patient, "patient == null"));
  }

  @Override
  public String toString() {
    return "DocumentReferenceSearch" + parameters;
  }

  /** The query parameters, in the order they were set; the patient's comes first. */
  List<Map.Entry<String, String>> parameters() {
    return parameters.entries();
  }

  /** Builds a {@link DocumentReferenceSearch}. Not thread-safe. */
  public static final class Builder {
    private final QueryParameters.Builder parameters = QueryParameters.builder();

    private Builder(NhsNumber patient) {
      parameters.add("subject:identifier", NhsNumber.SYSTEM + "|" + patient.value());
    }

    /**
     * Finds only the pointers whose documents one organisation holds ({@code custodian:identifier}).
     *
     * @param custodian the organisation's ODS code
     * @return this builder
     * @throws IllegalArgumentException if a custodian is already set
     * @throws NullPointerException if {@code custodian} is null
     */
    public Builder custodian(OdsCode custodian) {
      Objects.requireNonNull(custodian, "custodian == null");
      parameters.addOnce("custodian:identifier", OdsCode.SYSTEM + "|" + custodian.value());
      return this;
    }

    /**
     * Finds only the pointers to one kind of document ({@code type}), such as {@code 736253002} (mental health
     * crisis plan) or {@code 861421000000109} (end of life care coordination summary).
     *
     * @param snomedCode the document type's SNOMED CT concept id
     * @return this builder
     * @throws IllegalArgumentException if it is not a SNOMED CT concept id (6 to 18 digits), or a type is already set
     * @throws NullPointerException if {@code snomedCode} is null
     */
    public Builder type(String snomedCode) {
      parameters.addOnce("type", snomed(snomedCode));
      return this;
    }

    /**
     * Finds only the pointers in one category of document ({@code category}), such as {@code 734163000} (care
     * plan).
     *
     * @param snomedCode the category's SNOMED CT concept id
     * @return this builder
     * @throws IllegalArgumentException if it is not a SNOMED CT concept id (6 to 18 digits), or a category is
     *     already set
     * @throws NullPointerException if {@code snomedCode} is null
     */
    public Builder category(String snomedCode) {
      parameters.addOnce("category", snomed(snomedCode));
      return this;
    }

    /**
     * Returns the search.
     *
     * @return the search
     */
    public DocumentReferenceSearch build() {
      return new DocumentReferenceSearch(parameters.build());
    }

    private static String snomed(String code) {
      Objects.requireNonNull(code, "snomedCode == null");
      if (!SNOMED_CODE.matcher(code).matches()) {
        throw new IllegalArgumentException("a SNOMED CT concept id is 6 to 18 digits, not starting with 0");
      }
      return Coding.SNOMED_CT + "|" + code;
    }
  }
}
