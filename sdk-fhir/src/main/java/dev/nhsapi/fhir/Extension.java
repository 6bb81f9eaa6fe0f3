package dev.nhsapi.fhir;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A FHIR extension: a URL naming what it means, and either a value ({@code value[x]}) or nested extensions.
 * UK Core and NHS England define the extensions PDS uses; {@link Patient} has typed accessors for them.
 *
 * <p>The value's JSON name is {@code "value" + valueType}, for example {@code valueCoding}. Value types this
 * class does not model stay in {@link #unknown()} and survive a round trip all the same.
 *
 * @param url what the extension means
 * @param extension nested extensions
 * @param valueType the value's FHIR type as it appears in the JSON name ({@code Coding}, {@code String}...), or
 *     null when there is no value
 * @param value the value, of the Java type {@link #VALUE_TYPES} gives for {@code valueType}, or null
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Extension(
    String url,
    List<Extension> extension,
    @Nullable String valueType,
    @Nullable Object value,
    UnknownElements unknown) {

  /** The value types modelled, by the suffix of their JSON name, with the Java type of the value. */
  public static final Map<String, Class<?>> VALUE_TYPES = Map.ofEntries(
      Map.entry("String", String.class), Map.entry("Code", String.class), Map.entry("Uri", String.class),
      Map.entry("Url", String.class), Map.entry("Id", String.class), Map.entry("Boolean", Boolean.class),
      Map.entry("Integer", Integer.class), Map.entry("PositiveInt", Integer.class),
      Map.entry("Decimal", BigDecimal.class), Map.entry("Date", FhirDate.class),
      Map.entry("DateTime", FhirDateTime.class), Map.entry("Instant", FhirDateTime.class),
      Map.entry("Coding", Coding.class), Map.entry("CodeableConcept", CodeableConcept.class),
      Map.entry("Reference", Reference.class), Map.entry("Identifier", Identifier.class),
      Map.entry("Period", Period.class), Map.entry("Address", Address.class),
      Map.entry("HumanName", HumanName.class), Map.entry("ContactPoint", ContactPoint.class),
      Map.entry("Quantity", Quantity.class), Map.entry("Attachment", Attachment.class));

  /**
   * Validates the extension.
   *
   * @param url what the extension means
   * @param extension nested extensions
   * @param valueType the value's type suffix, or null
   * @param value the value, or null
   * @param unknown the members the SDK does not model
   * @throws IllegalArgumentException if the value and its type do not match
   * @throws NullPointerException if {@code url} is null
   */
  public Extension {
    Objects.requireNonNull(url, "url == null");
    extension = extension == null ? List.of() : List.copyOf(extension);
    unknown = unknown == null ? UnknownElements.none() : unknown;
    if ((valueType == null) != (value == null)) {
      throw new IllegalArgumentException("valueType and value must both be present or both absent");
    }
    if (valueType != null && !VALUE_TYPES.getOrDefault(valueType, Void.class).isInstance(value)) {
      throw new IllegalArgumentException("value[x] type " + valueType + " is not modelled or does not match");
    }
  }

  /**
   * Returns an extension with a value.
   *
   * @param url what it means
   * @param valueType the value's type suffix, a key of {@link #VALUE_TYPES}
   * @param value the value
   * @return the extension
   * @throws IllegalArgumentException if the value does not match its type
   */
  public static Extension of(String url, String valueType, Object value) {
    return new Extension(url, List.of(), valueType, value, UnknownElements.none());
  }

  /**
   * Returns an extension holding nested extensions only.
   *
   * @param url what it means
   * @param extension the nested extensions
   * @return the extension
   */
  public static Extension nested(String url, List<Extension> extension) {
    return new Extension(url, extension, null, null, UnknownElements.none());
  }

  /**
   * Returns the value if it has the given Java type.
   *
   * @param <V> the type
   * @param type the Java type, for example {@code Coding.class}
   * @return the value, or empty if absent or of another type
   */
  public <V> Optional<V> value(Class<V> type) {
    return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
  }

  /**
   * Returns the first nested extension with the given URL.
   *
   * @param url the URL
   * @return the nested extension, or empty
   */
  public Optional<Extension> extension(String url) {
    return extension.stream().filter(e -> e.url.equals(url)).findFirst();
  }

  /** Shows the URL and value type only: values may be patient data. */
  @Override
  public String toString() {
    return "Extension[" + url + (valueType == null ? "" : " value" + valueType) + "]";
  }
}
