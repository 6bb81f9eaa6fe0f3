package dev.nhsapi.internal.codec;

import static dev.nhsapi.internal.codec.DatatypeCodecs.META;
import static dev.nhsapi.internal.codec.FhirCodecs.RESOURCE;
import static dev.nhsapi.internal.codec.Primitives.DATE_TIME;
import static dev.nhsapi.internal.codec.Primitives.DECIMAL;
import static dev.nhsapi.internal.codec.Primitives.STRING;
import static dev.nhsapi.internal.codec.Primitives.UNSIGNED_INT;

import dev.nhsapi.fhir.Bundle;

/** The codec of {@link Bundle}. */
final class BundleCodec {
  private BundleCodec() {}

  @SuppressWarnings("NullAway")
  static final ObjectCodec<Bundle.Link> BUNDLE_LINK =
      ObjectCodec.<Bundle.Link>datatype("Bundle.link")
          .one("relation", STRING)
          .one("url", STRING)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.relation();
            case 1 -> m.url();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new Bundle.Link(v.next(), v.next(), v.unknown()));

  static final ObjectCodec<Bundle.Search> BUNDLE_SEARCH =
      ObjectCodec.<Bundle.Search>datatype("Bundle.entry.search")
          .one("mode", STRING)
          .one("score", DECIMAL)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.mode();
            case 1 -> m.score();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new Bundle.Search(v.next(), v.next(), v.unknown()));

  static final ObjectCodec<Bundle.Entry> BUNDLE_ENTRY =
      ObjectCodec.<Bundle.Entry>datatype("Bundle.entry")
          .one("fullUrl", STRING)
          .one("resource", RESOURCE)
          .one("search", BUNDLE_SEARCH)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.fullUrl();
            case 1 -> m.resource();
            case 2 -> m.search();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new Bundle.Entry(v.next(), v.next(), v.next(), v.unknown()));

  @SuppressWarnings("NullAway")
  static final ObjectCodec<Bundle> BUNDLE = ObjectCodec.<Bundle>resource("Bundle")
      .one("id", STRING)
      .one("meta", META)
      .one("type", STRING)
      .one("timestamp", DATE_TIME)
      .one("total", UNSIGNED_INT)
      .many("link", BUNDLE_LINK)
      .many("entry", BUNDLE_ENTRY)
      .build((m, i) -> switch (i) {
        case ObjectCodec.Getters.UNKNOWN -> m.unknown();
        case 0 -> m.id();
        case 1 -> m.meta();
        case 2 -> m.type();
        case 3 -> m.timestamp();
        case 4 -> m.total();
        case 5 -> m.link();
        case 6 -> m.entry();
        default -> throw new IndexOutOfBoundsException(i);
      }, v -> new Bundle(v.next(), v.next(), v.next(), v.next(), v.next(), v.list(), v.list(), v.unknown()));
}
