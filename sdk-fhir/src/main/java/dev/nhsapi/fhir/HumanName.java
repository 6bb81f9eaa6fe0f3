package dev.nhsapi.fhir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person's name. A FHIR R4 datatype.
 *
 * @param id the element id, which PDS updates refer to
 * @param use usual, official, temp, nickname, anonymous, old or maiden
 * @param text the whole name as text
 * @param family the family name
 * @param given given names, in order
 * @param prefix prefixes such as Mrs
 * @param suffix suffixes
 * @param period when the name was in use
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record HumanName(
    @Nullable String id,
    @Nullable String use,
    @Nullable String text,
    @Nullable String family,
    List<String> given,
    List<String> prefix,
    List<String> suffix,
    @Nullable Period period,
    UnknownElements unknown) {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param id the element id, which PDS updates refer to
   * @param use usual, official, temp, nickname, anonymous, old or maiden
   * @param text the whole name as text
   * @param family the family name
   * @param given given names, in order
   * @param prefix prefixes such as Mrs
   * @param suffix suffixes
   * @param period when the name was in use
   * @param unknown the members the SDK does not model
   */
  public HumanName {
    given = given == null ? List.of() : List.copyOf(given);
    prefix = prefix == null ? List.of() : List.copyOf(prefix);
    suffix = suffix == null ? List.of() : List.copyOf(suffix);
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /**
   * Returns a name of a use, a family name and given names, the shape PDS search results and most updates carry.
   *
   * @param use how the name is used; PDS creates and updates take {@code usual}, {@code temp}, {@code nickname},
   *     {@code old} or {@code maiden}
   * @param family the family name
   * @param given the given names, in order; the first may be compound, such as {@code John Paul}
   * @return the name
   * @throws NullPointerException if an argument or a given name is null
   */
  public static HumanName of(String use, String family, List<String> given) {
    return builder().use(use).family(family).given(given).build();
  }

  /**
   * Returns a builder for a name with prefixes, suffixes or a period, such as the PDS create example's
   * {@code {"use": "usual", "given": ["Jane"], "family": "Edwards", "prefix": ["Mrs"], "period": {...}}}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HumanName} without an id or unknown members. Not thread-safe. */
  public static final class Builder {
    private @Nullable String use;
    private @Nullable String text;
    private @Nullable String family;
    private List<String> given = List.of();
    private List<String> prefix = List.of();
    private List<String> suffix = List.of();
    private @Nullable Period period;

    private Builder() {}

    /**
     * Sets how the name is used.
     *
     * @param use usual, temp, nickname, old or maiden for PDS writes
     * @return this builder
     * @throws NullPointerException if {@code use} is null
     */
    public Builder use(String use) {
      this.use = Objects.requireNonNull(use, "use == null");
      return this;
    }

    /**
     * Sets the whole name as text.
     *
     * @param text the text
     * @return this builder
     * @throws NullPointerException if {@code text} is null
     */
    public Builder text(String text) {
      this.text = Objects.requireNonNull(text, "text == null");
      return this;
    }

    /**
     * Sets the family name.
     *
     * @param family the family name
     * @return this builder
     * @throws NullPointerException if {@code family} is null
     */
    public Builder family(String family) {
      this.family = Objects.requireNonNull(family, "family == null");
      return this;
    }

    /**
     * Sets the given names, in order.
     *
     * @param given the given names
     * @return this builder
     * @throws NullPointerException if the list or a name is null
     */
    public Builder given(List<String> given) {
      this.given = List.copyOf(Objects.requireNonNull(given, "given == null"));
      return this;
    }

    /**
     * Sets the prefixes, such as {@code Mrs}.
     *
     * @param prefix the prefixes
     * @return this builder
     * @throws NullPointerException if the list or a prefix is null
     */
    public Builder prefix(List<String> prefix) {
      this.prefix = List.copyOf(Objects.requireNonNull(prefix, "prefix == null"));
      return this;
    }

    /**
     * Sets the suffixes, such as {@code MBE}.
     *
     * @param suffix the suffixes
     * @return this builder
     * @throws NullPointerException if the list or a suffix is null
     */
    public Builder suffix(List<String> suffix) {
      this.suffix = List.copyOf(Objects.requireNonNull(suffix, "suffix == null"));
      return this;
    }

    /**
     * Sets when the name was, or is, in use.
     *
     * @param period the period, for example {@code Period.startingOn(..)}
     * @return this builder
     * @throws NullPointerException if {@code period} is null
     */
    public Builder period(Period period) {
      this.period = Objects.requireNonNull(period, "period == null");
      return this;
    }

    /**
     * Builds the name.
     *
     * @return the name
     */
    public HumanName build() {
      return new HumanName(null, use, text, family, given, prefix, suffix, period, UnknownElements.none());
    }
  }

  /** Shows no values: they may identify a patient. */
  @Override
  public String toString() {
    return "HumanName[***]";
  }
}
