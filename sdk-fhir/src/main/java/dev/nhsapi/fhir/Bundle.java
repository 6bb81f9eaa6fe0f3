package dev.nhsapi.fhir;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A FHIR Bundle, such as the {@code searchset} PDS returns for a search: entries with their match scores, the
 * total, and links for paging.
 *
 * <p>{@link #toString()} shows the type, id, version and entry count only.
 *
 * @param id the logical id, or null
 * @param meta the metadata, or null
 * @param type {@code searchset}, {@code collection}, {@code transaction}...
 * @param timestamp when the bundle was assembled, or null
 * @param total the number of matches, or null
 * @param link links such as {@code self} and {@code next}
 * @param entry the entries
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Bundle(
    @Nullable String id,
    @Nullable Meta meta,
    String type,
    @Nullable FhirDateTime timestamp,
    @Nullable Integer total,
    List<Link> link,
    List<Entry> entry,
    UnknownElements unknown) implements Resource {

  /**
   * Copies lists and fills absent ones.
   *
   * @param id the logical id, or null
   * @param meta the metadata, or null
   * @param type the bundle type
   * @param timestamp when it was assembled, or null
   * @param total the number of matches, or null
   * @param link the links
   * @param entry the entries
   * @param unknown the members the SDK does not model
   * @throws NullPointerException if {@code type} is null
   */
  public Bundle {
    Objects.requireNonNull(type, "type == null");
    link = link == null ? List.of() : List.copyOf(link);
    entry = entry == null ? List.of() : List.copyOf(entry);
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  @Override
  public String resourceType() {
    return "Bundle";
  }

  /**
   * Returns the resources of the entries that have the given type, in entry order.
   *
   * @param <R> the resource type
   * @param type the resource class, for example {@code Patient.class}
   * @return the resources
   */
  public <R extends Resource> List<R> resources(Class<R> type) {
    return entry.stream().map(Entry::resource).filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * Returns the URL of the link with the given relation, such as {@code next}.
   *
   * @param relation the relation
   * @return the URL, or empty
   */
  public Optional<String> link(String relation) {
    return link.stream().filter(l -> relation.equals(l.relation())).map(Link::url).findFirst();
  }

  @Override
  public String toString() {
    return Resource.describe(this) + "[entries=" + entry.size() + "]";
  }

  /**
   * A link from the bundle.
   *
   * @param relation the relation, such as {@code self} or {@code next}
   * @param url the URL
   * @param unknown the members the SDK does not model
   */
  public record Link(String relation, String url, UnknownElements unknown) {
    /**
     * Validates the link.
     *
     * @param relation the relation
     * @param url the URL
     * @param unknown the members the SDK does not model
     * @throws NullPointerException if the relation or URL is null
     */
    public Link {
      Objects.requireNonNull(relation, "relation == null");
      Objects.requireNonNull(url, "url == null");
      unknown = unknown == null ? UnknownElements.none() : unknown;
    }

    /** Shows the relation only: the URL may carry search values. */
    @Override
    public String toString() {
      return "Link[" + relation + "]";
    }
  }

  /**
   * One entry.
   *
   * @param fullUrl the resource's absolute URL, or null
   * @param resource the resource, or null
   * @param search how the entry matched a search, or null
   * @param unknown the members the SDK does not model
   */
  public record Entry(
      @Nullable String fullUrl, @Nullable Resource resource, @Nullable Search search, UnknownElements unknown) {
    /**
     * Fills absent unknown members.
     *
     * @param fullUrl the resource's absolute URL, or null
     * @param resource the resource, or null
     * @param search how the entry matched, or null
     * @param unknown the members the SDK does not model
     */
    public Entry {
      unknown = unknown == null ? UnknownElements.none() : unknown;
    }

    /** Shows the resource's summary only. */
    @Override
    public String toString() {
      return "Entry[" + resource + "]";
    }
  }

  /**
   * How an entry matched a search.
   *
   * @param mode {@code match}, {@code include} or {@code outcome}, or null
   * @param score the match score from 0 to 1 (PDS: 1 for an exact match), or null
   * @param unknown the members the SDK does not model
   */
  public record Search(@Nullable String mode, @Nullable BigDecimal score, UnknownElements unknown) {
    /**
     * Fills absent unknown members.
     *
     * @param mode the mode, or null
     * @param score the score, or null
     * @param unknown the members the SDK does not model
     */
    public Search {
      unknown = unknown == null ? UnknownElements.none() : unknown;
    }
  }
}
