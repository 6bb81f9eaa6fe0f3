package dev.nhsapi.internal.codec;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.nhsapi.fhir.FhirDate;
import dev.nhsapi.fhir.FhirDateTime;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/** Codecs for FHIR's primitive types, strict about JSON types. */
public final class Primitives {
  private Primitives() {}

  /** {@code string}, {@code code}, {@code uri}, {@code id}, {@code markdown}, {@code base64Binary}. */
  public static final Codec<String> STRING = new Codec<>() {
    @Override
    public String read(JsonReader reader) throws IOException {
      expect(reader, JsonReader.Token.STRING, "a string");
      return Raw.checkedString(reader);
    }

    @Override
    public void write(JsonWriter writer, String value) throws IOException {
      writer.value(value);
    }
  };

  /** {@code boolean}. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(JsonReader reader) throws IOException {
      expect(reader, JsonReader.Token.BOOLEAN, "true or false");
      return reader.nextBoolean();
    }

    @Override
    public void write(JsonWriter writer, Boolean value) throws IOException {
      writer.value(value.booleanValue());
    }
  };

  /** {@code decimal}: digits and scale kept. */
  public static final Codec<BigDecimal> DECIMAL = new Codec<>() {
    @Override
    public BigDecimal read(JsonReader reader) throws IOException {
      expect(reader, JsonReader.Token.NUMBER, "a number");
      return Raw.number(reader);
    }

    @Override
    public void write(JsonWriter writer, BigDecimal value) throws IOException {
      Raw.writeNumber(writer, value);
    }
  };

  /** {@code integer}. */
  public static final Codec<Integer> INTEGER = integer(Integer.MIN_VALUE, "an integer");
  /** {@code unsignedInt}: 0 or more. */
  public static final Codec<Integer> UNSIGNED_INT = integer(0, "an unsignedInt (0 or more)");
  /** {@code positiveInt}: 1 or more. */
  public static final Codec<Integer> POSITIVE_INT = integer(1, "a positiveInt (1 or more)");

  /** {@code date}. */
  public static final Codec<FhirDate> DATE = text(FhirDate::new, FhirDate::value, "a FHIR date");
  /** {@code dateTime} and {@code instant}. */
  public static final Codec<FhirDateTime> DATE_TIME =
      text(FhirDateTime::new, FhirDateTime::value, "a FHIR dateTime");

  private static Codec<Integer> integer(int min, String expected) {
    return new Codec<>() {
      @Override
      public Integer read(JsonReader reader) throws IOException {
        expect(reader, JsonReader.Token.NUMBER, expected);
        BigDecimal number = Raw.number(reader);
        try {
          int value = number.intValueExact();
          if (value < min) {
            throw new ArithmeticException();
          }
          return value;
        } catch (ArithmeticException e) {
          throw new JsonDataException("expected " + expected + " at path " + reader.getPath());
        }
      }

      @Override
      public void write(JsonWriter writer, Integer value) throws IOException {
        writer.value(value.longValue());
      }
    };
  }

  private static <T> Codec<T> text(Function<String, T> parse, Function<T, String> format, String expected) {
    return new Codec<>() {
      @Override
      public T read(JsonReader reader) throws IOException {
        String text = STRING.read(reader);
        try {
          return parse.apply(text);
        } catch (IllegalArgumentException e) {
          throw new JsonDataException("expected " + expected + " at path " + reader.getPath());
        }
      }

      @Override
      public void write(JsonWriter writer, T value) throws IOException {
        writer.value(format.apply(value));
      }
    };
  }

  static void expect(JsonReader reader, JsonReader.Token token, String expected) throws IOException {
    JsonReader.Token actual = reader.peek();
    if (actual != token) {
      throw new JsonDataException(
          "expected " + expected + " but found " + actual.name().toLowerCase(java.util.Locale.ROOT) + " at path "
              + reader.getPath());
    }
  }
}
