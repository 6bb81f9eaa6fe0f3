package dev.nhsapi.internal.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A search's query parameters in the order they are sent: a name with a value, repeated once per value for a
 * parameter that takes several. Every API's search type keeps its parameters in one of these, so the searches
 * share one way to collect them, check them and show them.
 *
 * <p>Immutable. {@link #toString()} shows the names only, since values may be patient data.
 */
public final class QueryParameters {
  private final List<Map.Entry<String, String>> entries;

  private QueryParameters(List<Map.Entry<String, String>> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Returns a builder with no parameters.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the parameters, names and values, in the order they are sent.
   *
   * @return an unmodifiable list
   */
  public List<Map.Entry<String, String>> entries() {
    return entries;
  }

  /**
   * Returns the parameters' names in the order they are sent, a repeated parameter once per value.
   *
   * @return an unmodifiable list
   */
  public List<String> names() {
    return entries.stream().map(Map.Entry::getKey).toList();
  }

  /** Shows the names only. */
  @Override
  public String toString() {
    return names().toString();
  }

  /** Collects {@link QueryParameters} in the order they are added. Not thread-safe. */
  public static final class Builder {
    private final List<Map.Entry<String, String>> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a parameter; adding a name again sends it once per value.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder add(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      entries.add(Map.entry(name, Objects.requireNonNull(value, "value == null")));
      return this;
    }

    /**
     * Adds a parameter the API takes at most once.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is already added
     * @throws NullPointerException if an argument is null
     */
    public Builder addOnce(String name, String value) {
      if (entries.stream().anyMatch(entry -> entry.getKey().equals(name))) {
        throw new IllegalArgumentException(name + " is already set: the API takes one value of it");
      }
      return add(name, value);
    }

    /**
     * Adds a parameter whose value is set, as its {@code toString()}; adds nothing for null.
     *
     * @param name the name
     * @param value the value, or null to leave the parameter out
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder addIfSet(String name, @Nullable Object value) {
      return value == null ? this : add(name, value.toString());
    }

    /**
     * Adds one parameter holding several values joined by commas, the FHIR way of asking for any of them; adds
     * nothing if there are none.
     *
     * @param name the name
     * @param values the values, in order
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder addJoined(String name, Collection<String> values) {
      return values.isEmpty() ? this : add(name, String.join(",", values));
    }

    /**
     * Returns the parameters added so far; the builder may go on adding.
     *
     * @return the parameters
     */
    public QueryParameters build() {
      return new QueryParameters(entries);
    }
  }
}
