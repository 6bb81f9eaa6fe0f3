package dev.nhsapi.websitecontent;

import dev.nhsapi.internal.client.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A search of an area of the NHS website content API: the pages starting with a letter, ordered by a date,
 * changed or reviewed between two dates, with synonyms, child articles or modules. Built with
 * {@link #builder()}; {@link #all()} lists everything in the API's order. The builder refuses what the API does
 * not take before any call.
 *
 * <pre>{@code
 * ContentSearch recent = ContentSearch.builder()
 *     .orderBy(ContentSearch.OrderBy.DATE_MODIFIED).startDate(LocalDate.of(2025, 1, 1)).build();
 * }</pre>
 *
 * <p>Immutable.
 */
public final class ContentSearch {
  private static final ContentSearch ALL = builder().build();

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

  private final QueryParameters parameters;

  private ContentSearch(QueryParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * Returns a search that lists every page of an area, in the API's order.
   *
   * @return the search
   */
  public static ContentSearch all() {
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

  /** Shows the parameters with their values, which are never patient data. */
  @Override
  public String toString() {
    return "ContentSearch" + parameters.entries();
  }

  /** The query parameters, in a fixed order; the page number is the next-page links' to add. */
  List<Map.Entry<String, String>> parameters() {
    return parameters.entries();
  }

  /** Builds a {@link ContentSearch}; setting a parameter again replaces it. Not thread-safe. */
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
     * Returns the search.
     *
     * @return the search
     * @throws IllegalStateException if a start or end date is set without {@link #orderBy(OrderBy)}, which names
     *     the date they filter on, or the end date is before the start date
     */
    public ContentSearch build() {
      if ((startDate != null || endDate != null) && orderBy == null) {
        throw new IllegalStateException("startDate and endDate filter on the orderBy date: set orderBy too");
      }
      if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
        throw new IllegalStateException("endDate is before startDate");
      }
      return new ContentSearch(QueryParameters.builder()
          .addIfSet("category", category)
          .addIfSet("order", order == null ? null : order.name().toLowerCase(Locale.ROOT))
          .addIfSet("orderBy", orderBy == null ? null : orderBy.parameter())
          .addIfSet("startDate", startDate)
          .addIfSet("endDate", endDate)
          .addIfSet("synonyms", synonyms)
          .addIfSet("childArticles", childArticles)
          .addIfSet("modules", modules)
          .build());
    }
  }
}
