package dev.nhsapi.websitecontent;

import dev.nhsapi.fhir.UnknownElements;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page in a list of an area's pages (a schema.org {@code LinkRole} in {@code significantLink}): its name,
 * address and summary, and the dates its {@code mainEntityOfPage} gives. Read the whole page with
 * {@link dev.nhsapi.websitecontent.WebsiteContentClient#read(dev.nhsapi.websitecontent.ContentArea, String)}.
 *
 * <p>Immutable.
 *
 * @param name the page's title ({@code name}); with synonyms listed, the synonym
 * @param url the page's address in the API ({@code url})
 * @param description a summary of the page ({@code description}), or null
 * @param genres the kinds of page ({@code mainEntityOfPage.genre}), such as {@code Condition}
 * @param dateModified when the page last changed ({@code mainEntityOfPage.dateModified}), or null
 * @param lastReviewed when the page was last reviewed (the first of {@code mainEntityOfPage.lastReviewed}), or
 *     null
 * @param nextReview when the page is next due for review (the second of {@code mainEntityOfPage.lastReviewed}),
 *     or null
 * @param unknown the members the SDK does not model, such as {@code linkRelationship}; those of
 *     {@code mainEntityOfPage} (such as {@code datePublished} and {@code alternateName}) are kept as an object
 *     under {@code mainEntityOfPage}
 */
public record ContentSummary(
    String name,
    String url,
    @Nullable String description,
    List<String> genres,
    @Nullable OffsetDateTime dateModified,
    @Nullable OffsetDateTime lastReviewed,
    @Nullable OffsetDateTime nextReview,
    UnknownElements unknown) {

  /**
   * Copies the genres.
   *
   * @param name the page's title ({@code name}); with synonyms listed, the synonym
   * @param url the page's address in the API ({@code url})
   * @param description a summary of the page ({@code description}), or null
   * @param genres the kinds of page ({@code mainEntityOfPage.genre}), such as {@code Condition}
   * @param dateModified when the page last changed ({@code mainEntityOfPage.dateModified}), or null
   * @param lastReviewed when the page was last reviewed (the first of {@code mainEntityOfPage.lastReviewed}), or
   *     null
   * @param nextReview when the page is next due for review (the second of {@code mainEntityOfPage.lastReviewed}),
   *     or null
   * @param unknown the members the SDK does not model, such as {@code linkRelationship}; those of
   *     {@code mainEntityOfPage} (such as {@code datePublished} and {@code alternateName}) are kept as an object
   *     under {@code mainEntityOfPage}
   * @throws NullPointerException if {@code name}, {@code url}, {@code genres}, a genre or {@code unknown}
   *     is null
   */
  public ContentSummary {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(url, "url == null");
    genres = List.copyOf(genres);
    Objects.requireNonNull(unknown, "unknown == null");
  }
}
