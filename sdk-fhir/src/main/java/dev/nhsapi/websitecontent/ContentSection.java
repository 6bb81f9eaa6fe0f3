package dev.nhsapi.websitecontent;

import dev.nhsapi.fhir.UnknownElements;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A part of a page's content: a section with a headline and its own parts, or a single element of text. The
 * text is HTML, as the NHS website shows it.
 *
 * <p>A section's parts come from its {@code hasPart}, or from its {@code mainEntityOfPage} when it has no
 * {@code hasPart}. The API's page sections carry both, holding the same elements; the one not read as parts is
 * kept whole in {@link #unknown()}, as are members the SDK does not model ({@code position},
 * {@code identifier}, {@code hasHealthAspect}...).
 *
 * <p>Immutable. {@link #toString()} shows the headline and number of parts, not the text.
 *
 * @param type the schema.org type ({@code @type}), such as {@code WebPageElement} or {@code HealthTopicContent},
 *     or null
 * @param name the element's kind ({@code name}), such as {@code markdown} or {@code Callout}, or null
 * @param headline the section's heading ({@code headline}), or null; often empty
 * @param description a summary of the section ({@code description}), or null
 * @param text the element's HTML ({@code text}), or null
 * @param url the section's address ({@code url}), or null
 * @param parts the section's own parts, in order
 * @param unknown the members the SDK does not model
 */
public record ContentSection(
    @Nullable String type,
    @Nullable String name,
    @Nullable String headline,
    @Nullable String description,
    @Nullable String text,
    @Nullable String url,
    List<ContentSection> parts,
    UnknownElements unknown) {

  /**
   * Copies the parts.
   *
   * @param type the schema.org type ({@code @type}), such as {@code WebPageElement} or {@code HealthTopicContent},
   *     or null
   * @param name the element's kind ({@code name}), such as {@code markdown} or {@code Callout}, or null
   * @param headline the section's heading ({@code headline}), or null; often empty
   * @param description a summary of the section ({@code description}), or null
   * @param text the element's HTML ({@code text}), or null
   * @param url the section's address ({@code url}), or null
   * @param parts the section's own parts, in order
   * @param unknown the members the SDK does not model
   * @throws NullPointerException if {@code parts}, a part or {@code unknown} is null
   */
  public ContentSection {
    parts = List.copyOf(parts);
    Objects.requireNonNull(unknown, "unknown == null");
  }

  @Override
  public String toString() {
    return "ContentSection[headline=" + headline + ", parts=" + parts.size() + "]";
  }
}
