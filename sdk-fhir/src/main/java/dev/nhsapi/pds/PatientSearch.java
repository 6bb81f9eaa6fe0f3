package dev.nhsapi.pds;

import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.OdsCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A PDS patient search, checked against the platform's documented rules before any call is made.
 *
 * <pre>{@code
 * PatientSearch search = PatientSearch.builder()
 *     .family("Smith").gender(AdministrativeGender.FEMALE).birthDate(LocalDate.of(2010, 10, 22))
 *     .build();
 * }</pre>
 *
 * <p>The rules {@link Builder#build()} enforces: a non-fuzzy search needs {@code family} and {@code birthdate};
 * a fuzzy search needs given + family + birthdate, or family + birthdate + gender + postcode, or given +
 * birthdate + gender + postcode, and allows no wildcards and no {@code _history}; {@code family} is at most 35
 * characters and a {@code *} wildcard may not be among its first two; {@code _max-results} is 1 to 50. Dates
 * take the forms {@link DateCriterion} builds, which are the ones PDS defines.
 *
 * <p>Immutable; {@link #toString()} shows the parameter names only, never their values.
 */
public final class PatientSearch {
  private final List<Map.Entry<String, String>> parameters;
  private final int maxResults;

  private PatientSearch(List<Map.Entry<String, String>> parameters, int maxResults) {
    this.parameters = List.copyOf(parameters);
    this.maxResults = maxResults;
  }

  /**
   * Returns an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the query parameters in the order PDS receives them; values are not yet percent-encoded. */
  List<Map.Entry<String, String>> parameters() {
    return parameters;
  }

  /**
   * Returns {@code _max-results}, or 0 when the search leaves it to PDS (50 for healthcare workers, 1 for
   * application-restricted access).
   *
   * @return the maximum, or 0
   */
  public int maxResults() {
    return maxResults;
  }

  @Override
  public String toString() {
    return "PatientSearch" + parameters.stream().map(Map.Entry::getKey).toList();
  }

  /** Builds a {@link PatientSearch}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String family;
    private final List<String> given = new ArrayList<>();
    private @Nullable AdministrativeGender gender;
    private @Nullable DateCriterion birthdate;
    private @Nullable DateCriterion deathDate;
    private @Nullable String postcode;
    private @Nullable OdsCode generalPractitioner;
    private @Nullable String email;
    private @Nullable String phone;
    private boolean fuzzy;
    private boolean exact;
    private boolean history;
    private int maxResults;

    private Builder() {}

    /**
     * Sets the family name, case-insensitive. A {@code *} wildcard matches any characters but not among the
     * first two ({@code Sm*} is allowed, {@code S*} is not), and never in a fuzzy search.
     *
     * @param family the family name, at most 35 characters
     * @return this builder
     * @throws NullPointerException if {@code family} is null
     */
    public Builder family(String family) {
      this.family = Objects.requireNonNull(family, "family == null");
      return this;
    }

    /**
     * Adds a given name; call again for more. The first may be compound, such as {@code John Paul}.
     *
     * @param given a given name
     * @return this builder
     * @throws NullPointerException if {@code given} is null
     */
    public Builder given(String given) {
      this.given.add(Objects.requireNonNull(given, "given == null"));
      return this;
    }

    /**
     * Sets the gender.
     *
     * @param gender the gender
     * @return this builder
     * @throws NullPointerException if {@code gender} is null
     */
    public Builder gender(AdministrativeGender gender) {
      this.gender = Objects.requireNonNull(gender, "gender == null");
      return this;
    }

    /**
     * Searches for an exact date of birth ({@code birthdate=eq...}); the same as
     * {@code birthDate(DateCriterion.on(date))}.
     *
     * @param date the date of birth
     * @return this builder
     * @throws IllegalArgumentException if the year is not 1 to 9999
     * @throws NullPointerException if {@code date} is null
     */
    public Builder birthDate(LocalDate date) {
      return birthDate(DateCriterion.on(date));
    }

    /**
     * Searches by date of birth: on a day, on or after one, on or before one, or between two
     * ({@code birthdate=eq|ge|le...}). Replaces an earlier date of birth condition.
     *
     * @param criterion the condition
     * @return this builder
     * @throws NullPointerException if {@code criterion} is null
     */
    public Builder birthDate(DateCriterion criterion) {
      this.birthdate = Objects.requireNonNull(criterion, "criterion == null");
      return this;
    }

    /**
     * Searches by date of death: on a day, on or after one, on or before one, or between two
     * ({@code death-date=eq|ge|le...}). A fuzzy search scores on it but does not match on it. Replaces an earlier
     * date of death condition.
     *
     * @param criterion the condition
     * @return this builder
     * @throws NullPointerException if {@code criterion} is null
     */
    public Builder deathDate(DateCriterion criterion) {
      this.deathDate = Objects.requireNonNull(criterion, "criterion == null");
      return this;
    }

    /**
     * Sets the postcode ({@code address-postalcode}); spaces are ignored by PDS and {@code *} is a wildcard.
     *
     * @param postcode the postcode
     * @return this builder
     * @throws NullPointerException if {@code postcode} is null
     */
    public Builder postcode(String postcode) {
      this.postcode = Objects.requireNonNull(postcode, "postcode == null");
      return this;
    }

    /**
     * Sets the registered GP practice, matched exactly.
     *
     * @param practice the practice's ODS code
     * @return this builder
     * @throws NullPointerException if {@code practice} is null
     */
    public Builder generalPractitioner(OdsCode practice) {
      this.generalPractitioner = Objects.requireNonNull(practice, "practice == null");
      return this;
    }

    /**
     * Sets the email address, matched exactly.
     *
     * @param email the email address
     * @return this builder
     * @throws NullPointerException if {@code email} is null
     */
    public Builder email(String email) {
      this.email = Objects.requireNonNull(email, "email == null");
      return this;
    }

    /**
     * Sets the phone number, matched exactly.
     *
     * @param phone the phone number
     * @return this builder
     * @throws NullPointerException if {@code phone} is null
     */
    public Builder phone(String phone) {
      this.phone = Objects.requireNonNull(phone, "phone == null");
      return this;
    }

    /**
     * Makes the search fuzzy: sound-alike and transposed names, always including history.
     *
     * @param fuzzy whether to search fuzzily
     * @return this builder
     */
    public Builder fuzzy(boolean fuzzy) {
      this.fuzzy = fuzzy;
      return this;
    }

    /**
     * Returns only exact matches (score 1).
     *
     * @param exact whether to return only exact matches
     * @return this builder
     */
    public Builder exactMatch(boolean exact) {
      this.exact = exact;
      return this;
    }

    /**
     * Also matches on historic data (old names and addresses); non-fuzzy searches only.
     *
     * @param history whether to include history
     * @return this builder
     */
    public Builder history(boolean history) {
      this.history = history;
      return this;
    }

    /**
     * Sets {@code _max-results}: 1 to 50 for healthcare workers; application-restricted access must use 1.
     * More matches than this give {@link PatientSearchResult#tooManyMatches()}.
     *
     * @param maxResults 1 to 50
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxResults(int maxResults) {
      if (maxResults < 1 || maxResults > 50) {
        throw new IllegalArgumentException("_max-results must be 1 to 50");
      }
      this.maxResults = maxResults;
      return this;
    }

    /**
     * Returns the search, checked against PDS's rules.
     *
     * @return the search
     * @throws IllegalArgumentException naming the rule broken, if the search is one PDS would refuse
     */
    public PatientSearch build() {
      boolean hasPostcode = postcode != null;
      if (family != null) {
        if (family.isBlank() || family.length() > 35) {
          throw new IllegalArgumentException("family must be 1 to 35 characters");
        }
        int wildcard = family.indexOf('*');
        if (wildcard >= 0 && wildcard < 2) {
          throw new IllegalArgumentException("a * wildcard in family may not be among its first two characters");
        }
      }
      boolean wildcards = (family != null && family.contains("*")) || (postcode != null && postcode.contains("*"))
          || given.stream().anyMatch(g -> g.contains("*"));
      if ((email != null && email.contains("*")) || (phone != null && phone.contains("*"))) {
        throw new IllegalArgumentException("email and phone match exactly: no wildcards");
      }
      if (fuzzy) {
        if (wildcards) {
          throw new IllegalArgumentException("a fuzzy search allows no wildcards");
        }
        if (history) {
          throw new IllegalArgumentException("_history applies to non-fuzzy searches only (fuzzy always searches it)");
        }
        boolean hasBirth = birthdate != null;
        boolean hasGiven = !given.isEmpty();
        boolean enough = (hasGiven && family != null && hasBirth)
            || (family != null && hasBirth && gender != null && hasPostcode)
            || (hasGiven && hasBirth && gender != null && hasPostcode);
        if (!enough) {
          throw new IllegalArgumentException("a fuzzy search needs given + family + birthdate, or family + birthdate"
              + " + gender + postcode, or given + birthdate + gender + postcode");
        }
      } else if (family == null || birthdate == null) {
        throw new IllegalArgumentException("a non-fuzzy search needs at least family and birthdate");
      }
      List<Map.Entry<String, String>> parameters = new ArrayList<>();
      if (fuzzy) {
        parameters.add(Map.entry("_fuzzy-match", "true"));
      }
      if (exact) {
        parameters.add(Map.entry("_exact-match", "true"));
      }
      if (history) {
        parameters.add(Map.entry("_history", "true"));
      }
      if (maxResults > 0) {
        parameters.add(Map.entry("_max-results", Integer.toString(maxResults)));
      }
      add(parameters, "family", family);
      given.forEach(g -> parameters.add(Map.entry("given", g)));
      add(parameters, "gender", gender == null ? null : gender.code());
      add(parameters, "birthdate", birthdate);
      add(parameters, "death-date", deathDate);
      add(parameters, "address-postalcode", postcode);
      add(parameters, "general-practitioner", generalPractitioner == null ? null : generalPractitioner.value());
      add(parameters, "email", email);
      add(parameters, "phone", phone);
      return new PatientSearch(parameters, maxResults);
    }

    private static void add(List<Map.Entry<String, String>> parameters, String name,
        @Nullable DateCriterion criterion) {
      if (criterion != null) {
        criterion.values().forEach(value -> parameters.add(Map.entry(name, value)));
      }
    }

    private static void add(List<Map.Entry<String, String>> parameters, String name, @Nullable String value) {
      if (value != null) {
        parameters.add(Map.entry(name, value));
      }
    }
  }
}
