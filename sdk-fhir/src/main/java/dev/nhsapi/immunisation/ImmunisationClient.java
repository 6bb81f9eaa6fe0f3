package dev.nhsapi.immunisation;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.fhir.Immunization;
import java.util.Objects;

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
 * <p>Records are addressed by the id the API gives them (a UUID), whose shape every method checks before any call.
 * An update changes the record that was read: it sends that record's version in the API's {@code E-Tag} request
 * header, so it fails rather than overwrite a change made meanwhile. The transport resends reads and updates after
 * a failure. It never resends a create that may have reached the API (a second POST would record the vaccination
 * twice), nor a delete (a resent delete that took effect answers 404), unless the API asked for it with
 * {@code 503} and {@code Retry-After}.
 *
 * <p>Instances are thread-safe; obtain one from {@link NhsClient#immunisation()}. This is an interface so callers
 * can fake it in their own tests.
 */
public interface ImmunisationClient {
  /**
   * Returns an Immunisation client that sends every call through {@code transport}; most code obtains one from
   * {@link NhsClient#immunisation()} instead.
   *
   * @param transport the transport
   * @return the client
   * @throws NullPointerException if {@code transport} is null
   */
  static ImmunisationClient of(NhsTransport transport) {
    return new RealImmunisationClient(Objects.requireNonNull(transport, "transport == null"));
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
  String create(Immunization immunization);

  /**
   * Records a vaccination with per-call options, returning the whole response.
   *
   * @param immunization the vaccination
   * @param options per-call options
   * @return the response, whose value is the id the API gave the new record
   * @throws dev.nhsapi.core.InvalidRequestException if the API refused the record (400 {@code INVARIANT}...)
   * @throws dev.nhsapi.core.NhsDecodeException if the API's answer names no record id
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise; see {@link NhsTransport}
   * @throws NullPointerException if an argument is null
   */
  NhsResponse<String> createWithResponse(Immunization immunization, RequestOptions options);

  /**
   * Reads an immunisation by id, with its version from the {@code E-Tag} response header.
   *
   * @param id the record's id, as {@link #create} returned it
   * @return the record, its id and its version
   * @throws IllegalArgumentException if {@code id} is not an immunisation id: 1 to 64 letters, digits, {@code -}
   *     and {@code .}
   * @throws dev.nhsapi.core.ResourceNotFoundException if there is no such record, or it was deleted (404
   *     {@code NOT-FOUND})
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise; see {@link NhsTransport}
   * @throws NullPointerException if {@code id} is null
   */
  ImmunizationRecord read(String id);

  /**
   * Reads an immunisation by id with per-call options, returning the whole response.
   *
   * @param id the record's id, as {@link #create} returned it
   * @param options per-call options
   * @return the response, whose value is the record, its id and its version
   * @throws IllegalArgumentException if {@code id} is not an immunisation id
   * @throws dev.nhsapi.core.ResourceNotFoundException if there is no such record, or it was deleted
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise; see {@link NhsTransport}
   * @throws NullPointerException if an argument is null
   */
  NhsResponse<ImmunizationRecord> readWithResponse(String id, RequestOptions options);

  /**
   * Replaces the immunisation that was read with a new version of the whole record, on condition that the stored
   * record is still the version that was read: its id and version come from {@code current}. The request is
   * conditional, so the transport may resend it after a failure.
   *
   * @param current the record as {@link #read} returned it
   * @param changed the whole new record; its id, if set, must be the record's, and is set to it otherwise
   * @return the record as sent, with the new version from the answer's {@code E-Tag}, ready for another update;
   *     its version is null if the API sent none
   * @throws IllegalStateException if {@code current} has no version: read it again
   * @throws IllegalArgumentException if {@code current}'s id is not an immunisation id or its version is not a
   *     whole number, or {@code changed} has another id
   * @throws dev.nhsapi.core.InvalidRequestException if the record changed since {@code current} was read, or the
   *     API refused the record (400 {@code INVARIANT}): read it again and reapply the change
   * @throws dev.nhsapi.core.ResourceNotFoundException if there is no such record (404 {@code NOT-FOUND})
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise; see {@link NhsTransport}
   * @throws NullPointerException if an argument is null
   */
  ImmunizationRecord update(ImmunizationRecord current, Immunization changed);

  /**
   * Replaces the immunisation that was read, with per-call options, returning the whole response; see
   * {@link #update(ImmunizationRecord, Immunization)}.
   *
   * @param current the record as {@link #read} returned it
   * @param changed the whole new record
   * @param options per-call options
   * @return the response, whose value is the record as sent with its new version
   * @throws IllegalStateException if {@code current} has no version: read it again
   * @throws IllegalArgumentException if {@code current}'s id is not an immunisation id or its version is not a
   *     whole number, or {@code changed} has another id
   * @throws dev.nhsapi.core.InvalidRequestException if the record changed since {@code current} was read, or the
   *     API refused the record
   * @throws dev.nhsapi.core.ResourceNotFoundException if there is no such record
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise; see {@link NhsTransport}
   * @throws NullPointerException if an argument is null
   */
  NhsResponse<ImmunizationRecord> updateWithResponse(ImmunizationRecord current, Immunization changed,
      RequestOptions options);

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
  void delete(String id);

  /**
   * Marks an immunisation as entered in error, with per-call options, returning the whole response; the API
   * answers {@code 204} with no body.
   *
   * @param id the record's id, as {@link #create} returned it
   * @param options per-call options
   * @return the response, whose value is the id of the record deleted
   * @throws IllegalArgumentException if {@code id} is not an immunisation id
   * @throws dev.nhsapi.core.ResourceNotFoundException if there is no such record, or it was already deleted
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise; see {@link NhsTransport}
   * @throws NullPointerException if an argument is null
   */
  NhsResponse<String> deleteWithResponse(String id, RequestOptions options);

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
  ImmunizationSearchResult search(ImmunizationSearch search);

  /**
   * Searches a patient's immunisations with per-call options, returning the whole response.
   *
   * @param search the search
   * @param options per-call options
   * @return the response, whose value is the result
   * @throws dev.nhsapi.core.InvalidRequestException if the API refused the parameters (400 {@code INVALID})
   * @throws dev.nhsapi.core.ForbiddenException if the application may not read some of the vaccine types
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise; see {@link NhsTransport}
   * @throws NullPointerException if an argument is null
   */
  NhsResponse<ImmunizationSearchResult> searchWithResponse(ImmunizationSearch search, RequestOptions options);
}
