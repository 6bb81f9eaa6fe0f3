package dev.nhsapi.fhir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON members of an element that the SDK does not model (newer FHIR elements, extensions of other
 * profiles, primitive extensions such as {@code _birthDate}). They are kept exactly as read and written back
 * unchanged, so a read-modify-write never drops what the SDK does not understand.
 *
 * <p>Immutable. Values are JSON trees: {@link Map} for objects, {@link java.util.List} for arrays,
 * {@link String}, {@link java.math.BigDecimal} for numbers, {@link Boolean}, and {@link #JSON_NULL} for null.
 * {@link #toString()} shows the member names only.
 */
public final class UnknownElements {
  /** Stands for a JSON {@code null}. */
  public static final Object JSON_NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private static final UnknownElements NONE = new UnknownElements(Map.of());

  private final Map<String, Object> members;

  private UnknownElements(Map<String, Object> members) {
    this.members = members;
  }

  /**
   * Returns an empty set of members.
   *
   * @return no members
   */
  public static UnknownElements none() {
    return NONE;
  }

  /**
   * Returns members in the given order. The map is copied; its values must already be JSON trees as described
   * above, deeply immutable.
   *
   * @param members the members by name
   * @return the members
   * @throws NullPointerException if the map, a name or a value is null
   */
  public static UnknownElements of(Map<String, Object> members) {
    Objects.requireNonNull(members, "members == null");
    if (members.isEmpty()) {
      return NONE;
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    members.forEach((name, value) -> copy.put(
        Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null")));
    return new UnknownElements(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns whether there are no unknown members.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return members.isEmpty();
  }

  /**
   * Returns the members' names in document order.
   *
   * @return the names
   */
  public Set<String> names() {
    return members.keySet();
  }

  /**
   * Returns the members as JSON trees, by name, in document order.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> asMap() {
    return members;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof UnknownElements that && members.equals(that.members);
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }

  @Override
  public String toString() {
    return "UnknownElements" + members.keySet();
  }
}
