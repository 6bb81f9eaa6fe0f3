package dev.nhsapi.websitecontent;

import dev.nhsapi.fhir.UnknownElements;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of the NHS website content API: a schema.org {@code WebPage} (usually a {@code MedicalWebPage}) with
 * its text in sections, its review dates, and links to related pages. A list of an area's pages (the Health A to
 * Z, say) is a page too, whose {@link #results()} are the pages listed.
 *
 * <p>The API sends a page's content twice over: {@code mainEntityOfPage} holds the whole page in order, and, on
 * pages the NHS website has split into reusable modules, {@code hasPart} holds those modules. They are
 * {@link #sections()} and {@link #modules()}. Members the SDK does not model are kept in {@link #unknown()}.
 *
 * <p>Immutable. {@link #toString()} shows the name, address and number of sections, not the text.
 *
 * @param type the schema.org type ({@code @type}), such as {@code MedicalWebPage}, or null
 * @param name the page's title ({@code name})
 * @param url the page's address in the API ({@code url}), or null
 * @param description a summary of the page ({@code description}), or null
 * @param webpage the page's address on the NHS website ({@code webpage}), or null
 * @param genres the kinds of page ({@code genre}), such as {@code Condition}
 * @param dateModified when the page last changed ({@code dateModified}), or null
 * @param lastReviewed when the page was last reviewed (the first of {@code lastReviewed}), or null
 * @param nextReview when the page is next due for review (the second of {@code lastReviewed}), or null
 * @param sections the page's content in order ({@code mainEntityOfPage})
 * @param modules the page's reusable modules ({@code hasPart}), empty if it has none
 * @param relatedLinks links to related pages, including a list's pages ({@code relatedLink})
 * @param results the pages a list holds ({@code significantLink}); empty for a page that lists nothing
 * @param unknown the members the SDK does not model, such as {@code @context}, {@code breadcrumb} and
 *     {@code author}
 */
public record ContentPage(
    @Nullable String type,
    String name,
    @Nullable String url,
    @Nullable String description,
    @Nullable String webpage,
    List<String> genres,
    @Nullable OffsetDateTime dateModified,
    @Nullable OffsetDateTime lastReviewed,
    @Nullable OffsetDateTime nextReview,
    List<ContentSection> sections,
    List<ContentSection> modules,
    List<ContentLink> relatedLinks,
    List<ContentSummary> results,
    UnknownElements unknown) {

  /**
   * Copies the lists.
   *
   * @param type the schema.org type ({@code @type}), such as {@code MedicalWebPage}, or null
   * @param name the page's title ({@code name})
   * @param url the page's address in the API ({@code url}), or null
   * @param description a summary of the page ({@code description}), or null
   * @param webpage the page's address on the NHS website ({@code webpage}), or null
   * @param genres the kinds of page ({@code genre}), such as {@code Condition}
   * @param dateModified when the page last changed ({@code dateModified}), or null
   * @param lastReviewed when the page was last reviewed (the first of {@code lastReviewed}), or null
   * @param nextReview when the page is next due for review (the second of {@code lastReviewed}), or null
   * @param sections the page's content in order ({@code mainEntityOfPage})
   * @param modules the page's reusable modules ({@code hasPart}), empty if it has none
   * @param relatedLinks links to related pages, including a list's pages ({@code relatedLink})
   * @param results the pages a list holds ({@code significantLink}); empty for a page that lists nothing
   * @param unknown the members the SDK does not model, such as {@code @context}, {@code breadcrumb} and
   *     {@code author}
   * @throws NullPointerException if {@code name}, a list, an element or {@code unknown} is null
   */
  public ContentPage {
    Objects.requireNonNull(name, "name == null");
    genres = List.copyOf(genres);
    sections = List.copyOf(sections);
    modules = List.copyOf(modules);
    relatedLinks = List.copyOf(relatedLinks);
    results = List.copyOf(results);
    Objects.requireNonNull(unknown, "unknown == null");
  }

  @Override
  public String toString() {
    return "ContentPage[name=" + name + ", url=" + url + ", sections=" + sections.size() + ", modules="
        + modules.size() + ", results=" + results.size() + "]";
  }
}
