package dev.nhsapi.fhir;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a valid JSON document into a hostile one, deterministically for a given {@link Random}: the mutations a
 * broken or malicious server could send. Structural mutations work on the text, byte-level ones on the UTF-8
 * bytes, so invalid UTF-8 reaches the decoder as it would from the network.
 */
final class JsonMutator {
  /** One kind of damage. */
  enum Kind {
    TRUNCATE, FLIP_TYPE, DEEP_NESTING, HUGE_NUMBER, HUGE_STRING, DUPLICATE_KEY, INVALID_UTF8, BYTE_FLIP, STRAY_TOKEN
  }

  /** A mutated document and the mutations applied, in order. */
  @SuppressWarnings("ArrayRecordComponent") // test data, never compared or hashed
  record Mutant(byte[] bytes, List<Kind> kinds) {}

  /**
   * A scalar value: followed by a comma or a closing bracket, so never a member name; possessive, so huge strings
   * cannot overflow the stack.
   */
  private static final Pattern SCALAR = Pattern.compile(
      "(?<=[:\\[,]\\s{0,8})(\"(?:[^\"\\\\]++|\\\\.)*+\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null)"
          + "(?=\\s*[,}\\]])");
  private static final Pattern MEMBER = Pattern.compile("\"[A-Za-z_][A-Za-z0-9_-]*\"\\s*:");

  private static final String[] OTHER_TYPES = {
    "\"text\"", "\"\"", "12", "-1.5e3", "0", "true", "false", "null", "{}", "[]", "{\"a\":1}", "[1,\"x\",null]"
  };
  private static final String[] HUGE_NUMBERS = {
    "1e999999999", "-1E-999999999", "9223372036854775808", "-9223372036854775809", "1.0e+2147483648",
    "1e-2147483649", "-0", "2147483648", "0.000000000000000000000000000000000000000000001", "1E400", "-1e-400"
  };
  private static final String[] BAD_STRING_CONTENT = {
    "\\ud800", "\\udc00x", "\\u0000", "\\u12", "\\uZZZZ", "\\x41", "\\", "\t", "\u0001", "\uffff", "\ud83d\ude00"
  };
  private static final byte[][] INVALID_UTF8 = {
    {(byte) 0xff}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0x80},
    {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xe2, (byte) 0x82}, {0}, {(byte) 0xfe, (byte) 0xff}
  };
  private static final String[] STRAY_TOKENS = {",", ":", "}", "]", "{", "[", "\"", "\\", ",,", "//", "NaN", "'"};

  /** The codec's limit on a number literal's length, in characters ({@code Raw.MAX_NUMBER_LENGTH}). */
  static final int NUMBER_LIMIT = 400;

  private final int maxStringLength;

  /**
   * Creates a mutator.
   *
   * @param maxStringLength the longest string value {@link Kind#HUGE_STRING} inserts, and the longest number
   *     {@link Kind#HUGE_NUMBER} does
   */
  JsonMutator(int maxStringLength) {
    this.maxStringLength = maxStringLength;
  }

  /** Applies one to three random mutations to {@code json}. */
  Mutant mutate(String json, Random random) {
    Kind[] all = Kind.values();
    List<Kind> kinds = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      kinds.add(all[random.nextInt(all.length)]);
    }
    // text first, bytes after: a structural edit after a byte edit could re-encode the broken bytes away
    String text = json;
    for (Kind kind : kinds) {
      text = switch (kind) {
        case FLIP_TYPE -> replaceScalar(text, random, OTHER_TYPES[random.nextInt(OTHER_TYPES.length)]);
        case DEEP_NESTING -> replaceScalar(text, random, nesting(random));
        case HUGE_NUMBER -> replaceScalar(text, random, hugeNumber(random));
        case HUGE_STRING -> replaceScalar(text, random, hugeString(random));
        case DUPLICATE_KEY -> duplicateKey(text, random);
        case STRAY_TOKEN -> insert(text, random.nextInt(text.length() + 1),
            STRAY_TOKENS[random.nextInt(STRAY_TOKENS.length)]);
        default -> text;
      };
    }
    byte[] bytes = text.getBytes(UTF_8);
    for (Kind kind : kinds) {
      bytes = switch (kind) {
        case TRUNCATE -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        case INVALID_UTF8 -> insert(bytes, random.nextInt(bytes.length + 1),
            INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
        case BYTE_FLIP -> flipBytes(bytes, random);
        default -> bytes;
      };
    }
    return new Mutant(bytes, List.copyOf(kinds));
  }

  private static String replaceScalar(String text, Random random, String replacement) {
    List<int[]> spans = new ArrayList<>();
    Matcher matcher = SCALAR.matcher(text);
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(), matcher.end()});
    }
    if (spans.isEmpty()) {
      return insert(text, random.nextInt(text.length() + 1), replacement);
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    return text.substring(0, span[0]) + replacement + text.substring(span[1]);
  }

  private static String nesting(Random random) {
    int[] depths = {10, 100, 254, 255, 256, 257, 1000, 20_000};
    int depth = depths[random.nextInt(depths.length)];
    return random.nextBoolean()
        ? "[".repeat(depth) + "]".repeat(depth)
        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  /**
   * A number that breaks a limit or sits at its edge: a fixed awkward value, a long one, one within a character of
   * the codec's length limit, or, one time in ten, one as long as the longest string (a body's worth of digits,
   * whose parse once took quadratic time).
   */
  private String hugeNumber(Random random) {
    int choice = random.nextInt(10);
    if (choice < 4) {
      return HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)];
    }
    int length = switch (choice) {
      case 4, 5, 6 -> 1 + random.nextInt(5000);
      case 7, 8 -> NUMBER_LIMIT - 2 + random.nextInt(5);
      default -> maxStringLength / 2 + random.nextInt(1 + maxStringLength / 2);
    };
    StringBuilder digits = new StringBuilder(length + 2).append(random.nextBoolean() ? "-" : "").append('1');
    boolean fraction = random.nextBoolean();
    while (digits.length() < length - (fraction ? 2 : 0)) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return fraction ? digits.append(".1").toString() : digits.toString();
  }

  private String hugeString(Random random) {
    int length = random.nextInt(10) == 0 ? maxStringLength : random.nextInt(1 + maxStringLength / 64);
    StringBuilder value = new StringBuilder(length + 16).append('"');
    value.append("x".repeat(length));
    if (random.nextBoolean()) {
      value.insert(1 + random.nextInt(length + 1), BAD_STRING_CONTENT[random.nextInt(BAD_STRING_CONTENT.length)]);
    }
    return value.append('"').toString();
  }

  /** Repeats a member with another value, before or after the original, as the same object's member. */
  private static String duplicateKey(String text, Random random) {
    List<int[]> spans = new ArrayList<>();
    Matcher matcher = MEMBER.matcher(text);
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(), matcher.end()});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    String member = text.substring(span[0], span[1]);
    String value = random.nextBoolean() ? OTHER_TYPES[random.nextInt(OTHER_TYPES.length)] : "\"Bundle\"";
    return insert(text, span[0], member + value + ",");
  }

  private static byte[] flipBytes(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return bytes;
    }
    byte[] flipped = bytes.clone();
    int flips = 1 + random.nextInt(8);
    for (int i = 0; i < flips; i++) {
      flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
    }
    return flipped;
  }

  private static String insert(String text, int at, String inserted) {
    return text.substring(0, at) + inserted + text.substring(at);
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    byte[] result = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(inserted, 0, result, at, inserted.length);
    System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
    return result;
  }
}
