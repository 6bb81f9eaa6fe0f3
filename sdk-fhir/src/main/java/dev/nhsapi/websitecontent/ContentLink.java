package dev.nhsapi.websitecontent;

import dev.nhsapi.fhir.UnknownElements;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A link from a page to a related one (a schema.org {@code LinkRole} in {@code relatedLink}): navigation, the
 * page itself, or, on a list, the first, last and next pages of the list.
 *
 * <p>Immutable.
 *
 * @param name what the link is ({@code name}), such as {@code Next Page}, or null
 * @param url where it leads ({@code url})
 * @param description a longer description ({@code description}), or null
 * @param relationship how it relates to the page ({@code linkRelationship}), such as {@code Pagination},
 *     {@code Self} or {@code Navigation}, or null
 * @param unknown the members the SDK does not model, such as {@code @type} and {@code position}
 */
public record ContentLink(
    @Nullable String name,
    String url,
    @Nullable String description,
    @Nullable String relationship,
    UnknownElements unknown) {

  /**
   * Checks the address.
   *
   * @param name what the link is ({@code name}), such as {@code Next Page}, or null
   * @param url where it leads ({@code url})
   * @param description a longer description ({@code description}), or null
   * @param relationship how it relates to the page ({@code linkRelationship}), such as {@code Pagination},
   *     {@code Self} or {@code Navigation}, or null
   * @param unknown the members the SDK does not model, such as {@code @type} and {@code position}
   * @throws NullPointerException if {@code url} or {@code unknown} is null
   */
  public ContentLink {
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(unknown, "unknown == null");
  }
}
