package dev.nhsapi.immunisation;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.OperationOutcome;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.Immunization;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.internal.client.FhirRequests;
import dev.nhsapi.internal.codec.Decoding;
import dev.nhsapi.internal.codec.FhirCodecs;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import okio.Buffer;

/**
 * The Immunisation FHIR API: records, reads, updates, deletes and searches a patient's vaccinations. It takes
 * application-restricted access with a signed JWT only.
 *
 * <pre>{@code
 * ImmunizationSearchResult history = nhs.immunisation().search(ImmunizationSearch.builder()
 *     .patient(nhsNumber)
 *     .vaccineTypes(VaccineType.FLU, VaccineType.COVID, VaccineType.RSV)
 *     .build());
 * }</pre>
 *
 * <p>Records are addressed by the id the API gives them (a UUID), whose shape every method checks before any call. An
 * update sends the version from the last read in the API's {@code E-Tag} request header, so it fails rather than
 * overwrite a change made meanwhile. The transport resends reads and updates after a failure. It never resends a
 * create that may have reached the API (a second POST would record the vaccination twice), nor a delete (a resent
 * delete that took effect answers 404), unless the API asked for it with {@code 503} and {@code Retry-After}.
 *
 * <p>Immutable and thread-safe. Obtain it from {@link NhsClient#immunisation()}.
 */
public final class ImmunisationClient {
  /** The API's id rule (a FHIR id), without the path segments {@code .} and {@code ..}. */
  private static final Pattern ID = Pattern.compile("(?!\\.\\.?$)[A-Za-z0-9.-]{1,64}");
  private static final Pattern VERSION = Pattern.compile("[0-9]{1,18}");

  /** The writes answer with headers only; their bodies, if any, are not read. */
  private static final ResponseDecoder<Boolean> NO_BODY = body -> Boolean.TRUE;

  private final NhsTransport transport;

  ImmunisationClient(NhsTransport transport) {
    this.transport = transport;
  }

  /**
   * Returns a client that sends every call through {@code transport}; most code obtains one from
   * {@link NhsClient#immunisation()} instead.
   *
   * @param transport the transport
   * @return the client
   * @throws NullPointerException if {@code transport} is null
   */
  public static ImmunisationClient of(NhsTransport transport) {
    return new ImmunisationClient(Objects.requireNonNull(transport, "transport == null"));
  }

  /**
   * Records a vaccination. The API answers {@code 201} with the new record's id in {@code Location}.
   *
   * @param immunization the vaccination: a contained Patient with the NHS number, the vaccine, the target
   *     disease, when and where it was given
   * @return the id the API gave the new record
   * @throws dev.nhsapi.core.InvalidRequestException if the API refused the record (400 {@code INVARIANT}...)
   * @throws dev.nhsapi.core.NhsDecodeException if the API's answer names no record id
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise; see {@link NhsTransport}
   * @throws NullPointerException if {@code immunization} is null
   */
  public String create(Immunization immunization) {
    Objects.requireNonNull(immunization, "immunization == null");
    NhsRequest request = FhirRequests.request(NhsApi.IMMUNISATION, "POST", "/Immunization")
        .body(FhirJson.encode(immunization), FhirRequests.FHIR_JSON)
        .build();
    NhsResponse<Boolean> response = transport.execute(request, NO_BODY);
    return response.header("Location").map(ImmunisationClient::recordId).filter(id -> ID.matcher(id).matches())
        .orElseThrow(() -> new NhsDecodeException("the API recorded the immunisation but its Location header names "
            + "no record id", null, response.requestId(), response.correlationId()));
  }

  /**
   * Reads an immunisation by id, with its version from the {@code E-Tag} response header.
   *
   * @param id the record's id, as {@link #create} returned it
   * @return the record and its version
   * @throws IllegalArgumentException if {@code id} is not an immunisation id: 1 to 64 letters, digits, {@code -}
   *     and {@code .}
   * @throws dev.nhsapi.core.ResourceNotFoundException if there is no such record, or it was deleted (404
   *     {@code NOT-FOUND})
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise; see {@link NhsTransport}
   * @throws NullPointerException if {@code id} is null
   */
  public ImmunizationRecord read(String id) {
    NhsRequest request = FhirRequests.get(NhsApi.IMMUNISATION, "/Immunization/{id}", checkId(id))
        .build();
    NhsResponse<Immunization> response = transport.execute(request, FhirJson.responseDecoder(Immunization.class));
    Immunization immunization = response.value();
    String version = response.header("E-Tag").flatMap(ImmunisationClient::version).orElse(immunization.versionId());
    return new ImmunizationRecord(immunization, version);
  }

  /**
   * Replaces an immunisation with a new version of the whole record, on condition that its version is still
   * {@code version}. The request is conditional, so the transport may resend it after a failure.
   *
   * @param id the record's id, as {@link #create} returned it
   * @param immunization the whole new record; its id, if set, must be {@code id}, and is set to it otherwise
   * @param version the version the change was made from: {@link ImmunizationRecord#version()} of the last read
   * @throws IllegalArgumentException if {@code id} is not an immunisation id, {@code version} is not a whole
   *     number, or the immunisation has another id
   * @throws dev.nhsapi.core.InvalidRequestException if the record changed since {@code version} was read, or the
   *     API refused the record (400 {@code INVARIANT}): read it again and reapply the change
   * @throws dev.nhsapi.core.ResourceNotFoundException if there is no such record (404 {@code NOT-FOUND})
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise; see {@link NhsTransport}
   * @throws NullPointerException if an argument is null
   */
  public void update(String id, Immunization immunization, String version) {
    checkId(id);
    Objects.requireNonNull(immunization, "immunization == null");
    Objects.requireNonNull(version, "version == null");
    if (!VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("an immunisation's version (E-Tag) is a whole number, such as 1");
    }
    if (immunization.id() != null && !immunization.id().equals(id)) {
      throw new IllegalArgumentException("the immunisation's id must be the id being updated");
    }
    Immunization body = immunization.id() == null ? immunization.toBuilder().id(id).build() : immunization;
    NhsRequest request = FhirRequests.request(NhsApi.IMMUNISATION, "PUT", "/Immunization/{id}", id)
        .header("E-Tag", version)
        .body(FhirJson.encode(body), FhirRequests.FHIR_JSON)
        .idempotent(true) // conditional on the E-Tag version: a resend after success no longer matches
        .build();
    transport.execute(request, NO_BODY);
  }

  /**
   * Marks an immunisation as entered in error. The API keeps it for a while but no longer returns it; an update
   * can reinstate it.
   *
   * @param id the record's id, as {@link #create} returned it
   * @throws IllegalArgumentException if {@code id} is not an immunisation id: 1 to 64 letters, digits, {@code -}
   *     and {@code .}
   * @throws dev.nhsapi.core.ResourceNotFoundException if there is no such record, or it was already deleted (404
   *     {@code NOT-FOUND})
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise; see {@link NhsTransport}
   * @throws NullPointerException if {@code id} is null
   */
  public void delete(String id) {
    NhsRequest request = FhirRequests.request(NhsApi.IMMUNISATION, "DELETE", "/Immunization/{id}", checkId(id))
        .build();
    transport.execute(request, NO_BODY);
  }

  /**
   * Searches a patient's immunisations of some vaccine types. The search was checked when it was built.
   *
   * @param search the search
   * @return the immunisations, the patient they refer to, and any warning the API added, such as that the
   *     application may not read some of the vaccine types asked for
   * @throws dev.nhsapi.core.InvalidRequestException if the API refused the parameters (400 {@code INVALID})
   * @throws dev.nhsapi.core.ForbiddenException if the application may not read some of the vaccine types (403
   *     {@code FORBIDDEN})
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise; see {@link NhsTransport}
   * @throws NullPointerException if {@code search} is null
   */
  public ImmunizationSearchResult search(ImmunizationSearch search) {
    Objects.requireNonNull(search, "search == null");
    NhsRequest request = FhirRequests.search(NhsApi.IMMUNISATION, "/Immunization", search.parameters()).build();
    Bundle bundle = transport.execute(request, FhirJson.responseDecoder(Bundle.class)).value();
    List<OperationOutcome> warnings = bundle.entry().stream().map(Bundle.Entry::resource)
        .filter(r -> r != null && "OperationOutcome".equals(r.resourceType()))
        .map(r -> Decoding.decode(new Buffer().writeUtf8(FhirJson.encode(r)), FhirCodecs.OPERATION_OUTCOME::read))
        .toList();
    return new ImmunizationSearchResult(bundle.resources(Immunization.class), bundle.resources(Patient.class),
        bundle.total(), warnings);
  }

  private static String checkId(String id) {
    Objects.requireNonNull(id, "id == null");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("an immunisation id is 1 to 64 letters, digits, '-' and '.' (not '.' or "
          + "'..'), such as 12a33650-6f94-4e8f-a971-1c5c41da5b22");
    }
    return id;
  }

  /**
   * The record id in a {@code Location}: the whole value, or the segment after {@code Immunization/} of an absolute
   * or relative path; empty if neither.
   */
  private static String recordId(String location) {
    String path = location.replaceFirst("[?#].*$", "");
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    int slash = path.lastIndexOf('/');
    return slash < 0 || path.substring(0, slash).endsWith("Immunization") ? path.substring(slash + 1) : "";
  }

  /** The version in an {@code E-Tag}: a whole number, bare, quoted or weak: {@code 1}, {@code "1"}, {@code W/"1"}. */
  private static Optional<String> version(String etag) {
    String tag = etag.trim();
    tag = tag.startsWith("W/") ? tag.substring(2) : tag;
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    return VERSION.matcher(tag).matches() ? Optional.of(tag) : Optional.empty();
  }

  @Override
  public String toString() {
    return "ImmunisationClient[" + transport.environment().name() + "]";
  }
}
