package dev.nhsapi.ods;

import dev.nhsapi.internal.client.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A search of the Organisation Data Service (ODS) terminology API's organisations: by name (starting with,
 * containing, or exactly), postcode, roles, and the date ODS last changed the record ({@code lastChangeDate}).
 * Built with {@link #builder()}; the builder refuses combinations the API does not take before any call.
 *
 * <pre>{@code
 * OrganizationSearch pharmacies = OrganizationSearch.builder().postcode("LS1 4AP").roleCode("RO182").build();
 * }</pre>
 *
 * <p>Immutable. {@link #toString()} shows parameter names only.
 */
public final class OrganizationSearch {
  private static final Pattern ROLE_CODE = Pattern.compile("RO[0-9]{1,4}");

  private final QueryParameters parameters;

  private OrganizationSearch(QueryParameters parameters) {
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
    return "OrganizationSearch" + parameters;
  }

  /** The query parameters, in the order they were set. */
  List<Map.Entry<String, String>> parameters() {
    return parameters.entries();
  }

  /** Builds an {@link OrganizationSearch}. Not thread-safe. */
  public static final class Builder {
    private final QueryParameters.Builder parameters = QueryParameters.builder();
    private boolean named;

    private Builder() {}

    /**
     * Finds organisations whose name starts with {@code name} ({@code name}), ignoring case.
     *
     * @param name the start of the name
     * @return this builder
     * @throws IllegalArgumentException if blank, or a name criterion is already set
     * @throws NullPointerException if {@code name} is null
     */
    public Builder name(String name) {
      return name("name", name);
    }

    /**
     * Finds organisations whose name contains {@code text} ({@code name:contains}), ignoring case.
     *
     * @param text the text
     * @return this builder
     * @throws IllegalArgumentException if blank, or a name criterion is already set
     * @throws NullPointerException if {@code text} is null
     */
    public Builder nameContains(String text) {
      return name("name:contains", text);
    }

    /**
     * Finds organisations whose name is exactly {@code name} ({@code name:exact}).
     *
     * @param name the whole name
     * @return this builder
     * @throws IllegalArgumentException if blank, or a name criterion is already set
     * @throws NullPointerException if {@code name} is null
     */
    public Builder nameExact(String name) {
      return name("name:exact", name);
    }

    /**
     * Finds organisations at a postcode ({@code address-postalcode}).
     *
     * @param postcode the postcode, such as {@code LS1 4AP}
     * @return this builder
     * @throws IllegalArgumentException if blank
     * @throws NullPointerException if {@code postcode} is null
     */
    public Builder postcode(String postcode) {
      return add("address-postalcode", nonBlank(postcode, "postcode"));
    }

    /**
     * Finds organisations with a role ({@code roleCode}), such as {@code RO177} (prescribing cost centre, which
     * GP practices are) or {@code RO182} (pharmacy). Each call adds a role the organisation must have: repeating
     * it finds organisations with all the roles (the API's AND); for any one of several roles use
     * {@link #roleCodeAnyOf(String, String...)}.
     *
     * @param roleCode the ODS role code: {@code RO} and digits
     * @return this builder
     * @throws IllegalArgumentException if it is not an ODS role code
     * @throws NullPointerException if {@code roleCode} is null
     */
    public Builder roleCode(String roleCode) {
      return add("roleCode", roleCode(roleCode, "roleCode"));
    }

    /**
     * Finds organisations with at least one of several roles: one {@code roleCode} whose codes are separated by
     * commas (the API's OR). Combine with {@link #roleCode(String)} for roles they must also have.
     *
     * @param first an ODS role code
     * @param more further ODS role codes
     * @return this builder
     * @throws IllegalArgumentException if one is not an ODS role code
     * @throws NullPointerException if a code is null
     */
    public Builder roleCodeAnyOf(String first, String... more) {
      StringBuilder codes = new StringBuilder(roleCode(first, "first"));
      for (String code : Objects.requireNonNull(more, "more == null")) {
        codes.append(',').append(roleCode(code, "more"));
      }
      return add("roleCode", codes.toString());
    }

    /**
     * Finds organisations whose record ODS last changed after {@code date} ({@code lastChangeDate=gt...}).
     * Combine with {@link #changedBefore(LocalDate)} for a range.
     *
     * @param date the date, not included
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     */
    public Builder changedAfter(LocalDate date) {
      return add("lastChangeDate", "gt" + Objects.requireNonNull(date, "date == null"));
    }

    /**
     * Finds organisations whose record ODS last changed before {@code date} ({@code lastChangeDate=lt...}).
     *
     * @param date the date, not included
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     */
    public Builder changedBefore(LocalDate date) {
      return add("lastChangeDate", "lt" + Objects.requireNonNull(date, "date == null"));
    }

    /**
     * Finds organisations whose record ODS last changed on {@code date} ({@code lastChangeDate=...}).
     *
     * @param date the date
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     */
    public Builder changedOn(LocalDate date) {
      return add("lastChangeDate", Objects.requireNonNull(date, "date == null").toString());
    }

    /**
     * Sets how many organisations each page of results holds ({@code _count}); the API's default applies
     * otherwise.
     *
     * @param pageSize 1 to 1,000
     * @return this builder
     * @throws IllegalArgumentException if outside 1 to 1,000, or already set
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > 1000) {
        throw new IllegalArgumentException("pageSize must be 1 to 1000");
      }
      parameters.addOnce("_count", Integer.toString(pageSize));
      return this;
    }

    /**
     * Returns the search.
     *
     * @return the search
     * @throws IllegalStateException if no criterion is set (a page size alone lists nothing)
     */
    public OrganizationSearch build() {
      QueryParameters built = parameters.build();
      if (built.names().stream().allMatch("_count"::equals)) {
        throw new IllegalStateException("an organisation search needs a name, postcode, role or last-change "
            + "criterion");
      }
      return new OrganizationSearch(built);
    }

    private Builder name(String parameter, String value) {
      nonBlank(value, "name");
      if (named) {
        throw new IllegalArgumentException("set one of name, nameContains and nameExact");
      }
      named = true;
      return add(parameter, value);
    }

    private Builder add(String name, String value) {
      parameters.add(name, value);
      return this;
    }

    private static String roleCode(String code, String what) {
      Objects.requireNonNull(code, what + " == null");
      if (!ROLE_CODE.matcher(code).matches()) {
        throw new IllegalArgumentException("an ODS role code is RO followed by digits, such as RO177");
      }
      return code;
    }

    private static String nonBlank(String value, String what) {
      Objects.requireNonNull(value, what + " == null");
      if (value.isBlank()) {
        throw new IllegalArgumentException(what + " is blank");
      }
      return value;
    }
  }
}
