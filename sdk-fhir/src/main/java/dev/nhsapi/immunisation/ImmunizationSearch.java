package dev.nhsapi.immunisation;

import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.internal.client.QueryParameters;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A search of one patient's immunisations in the Immunisation FHIR API: the patient's NHS number, one or more
 * vaccine types, optionally a date range and an explicit request for the Patient resource. Built with
 * {@link #builder()}, which refuses a search the API would refuse before any call.
 *
 * <pre>{@code
 * ImmunizationSearch search = ImmunizationSearch.builder()
 *     .patient(NhsNumber.of("9000000009"))
 *     .vaccineTypes(VaccineType.FLU, VaccineType.COVID)
 *     .dateFrom(LocalDate.of(2024, 9, 1))
 *     .build();
 * }</pre>
 *
 * <p>Immutable. {@link #toString()} shows parameter names only, never the NHS number.
 */
public final class ImmunizationSearch {
  private final QueryParameters parameters;

  private ImmunizationSearch(QueryParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "ImmunizationSearch" + parameters;
  }

  /** The query parameters, in the order the API documents them. */
  List<Map.Entry<String, String>> parameters() {
    return parameters.entries();
  }

  /** Builds an {@link ImmunizationSearch}. Not thread-safe. */
  public static final class Builder {
    private @Nullable NhsNumber patient;
    private final Set<VaccineType> vaccineTypes = new LinkedHashSet<>();
    private @Nullable LocalDate dateFrom;
    private @Nullable LocalDate dateTo;
    private boolean includePatient;

    private Builder() {}

    /**
     * Sets the patient whose immunisations to find ({@code patient.identifier}). Required.
     *
     * @param nhsNumber the patient's NHS number
     * @return this builder
     * @throws NullPointerException if {@code nhsNumber} is null
     */
    public Builder patient(NhsNumber nhsNumber) {
      this.patient = Objects.requireNonNull(nhsNumber, "nhsNumber == null");
      return this;
    }

    /**
     * Adds vaccine types to find ({@code -immunization.target}); at least one is required. Adding a type twice
     * sends it once.
     *
     * @param vaccineTypes the types, such as {@link VaccineType#FLU}
     * @return this builder
     * @throws NullPointerException if the array or a type is null
     */
    public Builder vaccineTypes(VaccineType... vaccineTypes) {
      for (VaccineType type : Objects.requireNonNull(vaccineTypes, "vaccineTypes == null")) {
        this.vaccineTypes.add(Objects.requireNonNull(type, "vaccineType == null"));
      }
      return this;
    }

    /**
     * Finds immunisations given on or after a date ({@code -date.from}).
     *
     * @param date the earliest date
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     */
    public Builder dateFrom(LocalDate date) {
      this.dateFrom = Objects.requireNonNull(date, "date == null");
      return this;
    }

    /**
     * Finds immunisations given on or before a date ({@code -date.to}).
     *
     * @param date the latest date
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     */
    public Builder dateTo(LocalDate date) {
      this.dateTo = Objects.requireNonNull(date, "date == null");
      return this;
    }

    /**
     * Asks for the patient's Patient resource too ({@code _include=Immunization:patient}), which the API
     * documents as its default.
     *
     * @return this builder
     */
    public Builder includePatient() {
      this.includePatient = true;
      return this;
    }

    /**
     * Returns the search.
     *
     * @return the search
     * @throws IllegalStateException if no patient or no vaccine type is set, or the date range ends before it
     *     starts
     */
    public ImmunizationSearch build() {
      if (patient == null) {
        throw new IllegalStateException("an immunisation search needs the patient's NHS number");
      }
      if (vaccineTypes.isEmpty()) {
        throw new IllegalStateException("an immunisation search needs at least one vaccine type");
      }
      if (dateFrom != null && dateTo != null && dateTo.isBefore(dateFrom)) {
        throw new IllegalStateException("dateTo must not be before dateFrom");
      }
      QueryParameters parameters = QueryParameters.builder()
          .add("patient.identifier", NhsNumber.SYSTEM + "|" + patient.value())
          .addJoined("-immunization.target", vaccineTypes.stream().map(VaccineType::code).toList())
          .addIfSet("-date.from", dateFrom)
          .addIfSet("-date.to", dateTo)
          .addIfSet("_include", includePatient ? "Immunization:patient" : null)
          .build();
      return new ImmunizationSearch(parameters);
    }
  }
}
