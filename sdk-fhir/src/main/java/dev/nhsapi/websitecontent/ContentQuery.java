package dev.nhsapi.websitecontent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to list of an area of the NHS website content API: pages starting with a letter, ordered by a date,
 * changed or reviewed between two dates, with synonyms, child articles or modules. Built with
 * {@link #builder()}; {@link #all()} lists everything in the API's order. The builder refuses what the API does
 * not take before any call.
 *
 * <pre>{@code
 * ContentQuery recent = ContentQuery.builder()
 *     .orderBy(ContentQuery.OrderBy.DATE_MODIFIED).startDate(LocalDate.of(2025, 1, 1)).build();
 * }</pre>
 *
 * <p>Immutable.
 */
public final class ContentQuery {
  private static final ContentQuery ALL = builder().build();

  /** Which way a list is ordered ({@code order}). */
  public enum Order {
    /** Newest first, {@code newest}: the API's order when a date is chosen with {@link OrderBy}. */
    NEWEST,
    /** Oldest first, {@code oldest}. */
    OLDEST
  }

  /** Which date a list is ordered and filtered by ({@code orderBy}). */
  public enum OrderBy {
    /** When the page last changed, {@code dateModified}. */
    DATE_MODIFIED("dateModified"),
    /** When the page was last reviewed, {@code lastReviewed}. */
    LAST_REVIEWED("lastReviewed"),
    /** When the page is next due for review, {@code nextReview}. */
    NEXT_REVIEW("nextReview");

    private final String parameter;

    OrderBy(String parameter) {
      this.parameter = parameter;
    }

    /**
     * Returns the value the API takes, such as {@code dateModified}.
     *
     * @return the parameter value
     */
    public String parameter() {
      return parameter;
    }
  }

  private final List<Map.Entry<String, String>> parameters;

  private ContentQuery(List<Map.Entry<String, String>> parameters) {
    this.parameters = List.copyOf(parameters);
  }

  /**
   * Returns a query that lists every page of an area, in the API's order.
   *
   * @return the query
   */
  public static ContentQuery all() {
    return ALL;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the query parameters, in a fixed order; the page number is the client's to add.
   *
   * @return the parameters, names and values
   */
  public List<Map.Entry<String, String>> parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return "ContentQuery" + parameters;
  }

  /** Builds a {@link ContentQuery}; setting a parameter again replaces it. Not thread-safe. */
  public static final class Builder {
    private @Nullable Character category;
    private @Nullable Order order;
    private @Nullable OrderBy orderBy;
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate endDate;
    private @Nullable Boolean synonyms;
    private @Nullable Boolean childArticles;
    private @Nullable Boolean modules;

    private Builder() {}

    /**
     * Lists only pages whose name starts with a letter ({@code category}).
     *
     * @param letter A to Z, either case; sent in upper case
     * @return this builder
     * @throws IllegalArgumentException if it is not a letter from A to Z
     */
    public Builder category(char letter) {
      char upper = Character.toUpperCase(letter);
      if (upper < 'A' || upper > 'Z') {
        throw new IllegalArgumentException("category must be a letter from A to Z");
      }
      this.category = upper;
      return this;
    }

    /**
     * Orders the list newest or oldest first ({@code order}).
     *
     * @param order the order
     * @return this builder
     * @throws NullPointerException if {@code order} is null
     */
    public Builder order(Order order) {
      this.order = Objects.requireNonNull(order, "order == null");
      return this;
    }

    /**
     * Orders the list by a date, newest first unless {@link #order(Order)} says otherwise ({@code orderBy}); the
     * start and end dates filter on the same date.
     *
     * @param orderBy the date
     * @return this builder
     * @throws NullPointerException if {@code orderBy} is null
     */
    public Builder orderBy(OrderBy orderBy) {
      this.orderBy = Objects.requireNonNull(orderBy, "orderBy == null");
      return this;
    }

    /**
     * Lists only pages whose {@link #orderBy(OrderBy)} date is on or after {@code date} ({@code startDate}).
     *
     * @param date the earliest date
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     */
    public Builder startDate(LocalDate date) {
      this.startDate = Objects.requireNonNull(date, "date == null");
      return this;
    }

    /**
     * Lists only pages whose {@link #orderBy(OrderBy)} date is on or before {@code date} ({@code endDate}).
     *
     * @param date the latest date
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     */
    public Builder endDate(LocalDate date) {
      this.endDate = Objects.requireNonNull(date, "date == null");
      return this;
    }

    /**
     * Lists a page once under each of its names, not only its main one ({@code synonyms}).
     *
     * @param synonyms whether to list synonyms
     * @return this builder
     */
    public Builder synonyms(boolean synonyms) {
      this.synonyms = synonyms;
      return this;
    }

    /**
     * Includes the child pages of each topic listed, under its {@code subjectOf} ({@code childArticles}).
     *
     * @param childArticles whether to include child pages
     * @return this builder
     */
    public Builder childArticles(boolean childArticles) {
      this.childArticles = childArticles;
      return this;
    }

    /**
     * Asks for the modules of modularised topics only ({@code modules}).
     *
     * @param modules whether to return modules only
     * @return this builder
     */
    public Builder modules(boolean modules) {
      this.modules = modules;
      return this;
    }

    /**
     * Returns the query.
     *
     * @return the query
     * @throws IllegalStateException if a start or end date is set without {@link #orderBy(OrderBy)}, which names
     *     the date they filter on, or the end date is before the start date
     */
    public ContentQuery build() {
      if ((startDate != null || endDate != null) && orderBy == null) {
        throw new IllegalStateException("startDate and endDate filter on the orderBy date: set orderBy too");
      }
      if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
        throw new IllegalStateException("endDate is before startDate");
      }
      List<Map.Entry<String, String>> parameters = new ArrayList<>();
      add(parameters, "category", category);
      add(parameters, "order", order == null ? null : order.name().toLowerCase(Locale.ROOT));
      add(parameters, "orderBy", orderBy == null ? null : orderBy.parameter());
      add(parameters, "startDate", startDate);
      add(parameters, "endDate", endDate);
      add(parameters, "synonyms", synonyms);
      add(parameters, "childArticles", childArticles);
      add(parameters, "modules", modules);
      return new ContentQuery(parameters);
    }

    private static void add(List<Map.Entry<String, String>> parameters, String name, @Nullable Object value) {
      if (value != null) {
        parameters.add(Map.entry(name, value.toString()));
      }
    }
  }
}
