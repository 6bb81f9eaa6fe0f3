package dev.nhsapi.core.internal.keys;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * DER's tag-length-value framing, strictly: single-byte tags, definite and minimal lengths, contents that fit, and
 * no bytes left over. The JDK's {@code KeyFactory} parses the keys; this only frames them first, because the JDK
 * accepts bytes after a PKCS#8 key and says little about why it refuses one, and reads the few fields that name
 * what a refused key is (its algorithm, its version). Messages describe the structure, never the bytes.
 */
final class Der {
  static final int INTEGER = 0x02;
  static final int OCTET_STRING = 0x04;
  static final int OBJECT_IDENTIFIER = 0x06;
  static final int SEQUENCE = 0x30;

  private Der() {}

  /**
   * Frames the one element that {@code der} holds.
   *
   * @throws Malformed if it is truncated or not minimally encoded, or bytes follow it
   */
  static Element read(byte[] der) throws Malformed {
    Element element = next(der, 0, der.length);
    if (element.end != der.length) {
      throw new Malformed("unexpected data after the structure");
    }
    return element;
  }

  /** Encodes one element, whose contents are {@code parts} one after another, with the minimal length. */
  static byte[] encode(int tag, byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(length + 6);
    out.write(tag);
    if (length < 0x80) {
      out.write(length);
    } else {
      int count = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
      out.write(0x80 | count);
      for (int i = count - 1; i >= 0; i--) {
        out.write(length >>> (8 * i));
      }
    }
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** Frames the element at {@code pos}, which must end by {@code limit}. */
  private static Element next(byte[] der, int pos, int limit) throws Malformed {
    if (limit - pos < 2) {
      throw new Malformed("truncated");
    }
    int tag = der[pos] & 0xff;
    if ((tag & 0x1f) == 0x1f) {
      throw new Malformed("a multi-byte tag, which keys do not use");
    }
    int first = der[pos + 1] & 0xff;
    int at = pos + 2;
    long length;
    if (first < 0x80) {
      length = first;
    } else {
      int count = first & 0x7f;
      if (count == 0 || count > 4) {
        throw new Malformed("an indefinite or oversized length");
      }
      if (limit - at < count) {
        throw new Malformed("truncated");
      }
      if (der[at] == 0) {
        throw new Malformed("a length is not minimally encoded");
      }
      length = 0;
      for (int i = 0; i < count; i++) {
        length = (length << 8) | (der[at++] & 0xff);
      }
      if (length < 0x80) {
        throw new Malformed("a length is not minimally encoded");
      }
    }
    if (length > limit - at) {
      throw new Malformed("truncated");
    }
    return new Element(tag, der, at, at + (int) length);
  }

  /** One framed element: its tag and where its contents lie. */
  static final class Element {
    private final int tag;
    private final byte[] der;
    private final int start;
    private final int end;

    private Element(int tag, byte[] der, int start, int end) {
      this.tag = tag;
      this.der = der;
      this.start = start;
      this.end = end;
    }

    /**
     * Returns the {@code index}th element inside this one, which must have tag {@code tag}.
     *
     * @param what the field's name, for the message if it is missing or of another type
     * @throws Malformed if the contents are not a series of elements, or the field is missing or of another type
     */
    Element child(int index, int tag, String what) throws Malformed {
      List<Element> children = new ArrayList<>();
      int pos = start;
      while (pos < end) {
        Element child = next(der, pos, end);
        children.add(child);
        pos = child.end;
      }
      if (index >= children.size() || children.get(index).tag != tag) {
        throw new Malformed("expected " + RsaKeyChecks.article(name(tag)) + " for " + what);
      }
      return children.get(index);
    }

    /** Returns the contents. */
    byte[] contents() {
      byte[] contents = new byte[end - start];
      System.arraycopy(der, start, contents, 0, contents.length);
      return contents;
    }

    /** Returns the contents as a two's-complement integer. */
    BigInteger integer() throws Malformed {
      if (end == start) {
        throw new Malformed("an empty INTEGER");
      }
      return new BigInteger(contents());
    }

    /** Returns the contents as an object identifier in dotted form, such as {@code 1.2.840.113549.1.1.1}. */
    String oid() throws Malformed {
      if (end == start || end - start > 64) {
        throw new Malformed("an OBJECT IDENTIFIER of a bad length");
      }
      StringBuilder dotted = new StringBuilder();
      int pos = start;
      while (pos < end) {
        if ((der[pos] & 0xff) == 0x80) {
          throw new Malformed("an OBJECT IDENTIFIER that is not minimally encoded");
        }
        long value = 0;
        int b;
        do {
          if (pos >= end || value > (Long.MAX_VALUE >> 7)) {
            throw new Malformed("a malformed OBJECT IDENTIFIER");
          }
          b = der[pos++] & 0xff;
          value = (value << 7) | (b & 0x7f);
        } while ((b & 0x80) != 0);
        if (dotted.length() == 0) {
          long arc = Math.min(value / 40, 2);
          dotted.append(arc).append('.').append(value - 40 * arc);
        } else {
          dotted.append('.').append(value);
        }
      }
      return dotted.toString();
    }

    private static String name(int tag) {
      return switch (tag) {
        case INTEGER -> "INTEGER";
        case OCTET_STRING -> "OCTET STRING";
        case OBJECT_IDENTIFIER -> "OBJECT IDENTIFIER";
        case SEQUENCE -> "SEQUENCE";
        default -> "element of tag " + tag;
      };
    }
  }

  /** A structural error; its message describes the structure, never the bytes. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception, without a stack trace: it never leaves this package. */
    Malformed(String message) {
      super(message, null, false, false);
    }
  }
}
