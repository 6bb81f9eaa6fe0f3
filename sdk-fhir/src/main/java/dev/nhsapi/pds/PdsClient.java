package dev.nhsapi.pds;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.RelatedPerson;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads, searches and updates patients in the Personal Demographics Service (PDS FHIR R4), following the
 * platform's rules.
 *
 * <p>Instances are thread-safe; obtain one from {@link NhsClient#pds()}. This is an interface so callers can fake
 * it in their own tests.
 *
 * <p>Access modes: every operation here is open to healthcare workers (NHS CIS2) and to application-restricted
 * access (signed JWT) unless its documentation says otherwise.
 */
public interface PdsClient {
  /**
   * Returns a PDS client that sends every call through {@code transport}; most code obtains one from
   * {@link NhsClient#pds()} instead.
   *
   * @param transport the transport
   * @return the client
   * @throws NullPointerException if {@code transport} is null
   */
  static PdsClient of(NhsTransport transport) {
    return new RealPdsClient(Objects.requireNonNull(transport, "transport == null"));
  }

  /**
   * Reads a patient by NHS number.
   *
   * @param nhsNumber the NHS number
   * @return the record, with its version; check {@link PatientRecord#wasSuperseded()}
   * @throws PatientInvalidatedException if the record was invalidated (404 {@code INVALIDATED_RESOURCE})
   * @throws dev.nhsapi.core.ResourceNotFoundException if PDS has no such patient (404 {@code RESOURCE_NOT_FOUND})
   * @throws dev.nhsapi.core.NhsApiException for any other failure; see {@link dev.nhsapi.core.NhsTransport}
   * @throws NullPointerException if {@code nhsNumber} is null
   */
  PatientRecord read(NhsNumber nhsNumber);

  /**
   * Reads a patient by NHS number, with per-call options, returning the whole response.
   *
   * @param nhsNumber the NHS number
   * @param options per-call options
   * @return the response, whose value is the record
   * @throws PatientInvalidatedException if the record was invalidated (404 {@code INVALIDATED_RESOURCE})
   * @throws dev.nhsapi.core.ResourceNotFoundException if PDS has no such patient (404 {@code RESOURCE_NOT_FOUND})
   * @throws dev.nhsapi.core.NhsApiException for any other failure; see {@link dev.nhsapi.core.NhsTransport}
   * @throws NullPointerException if an argument is null
   */
  NhsResponse<PatientRecord> readWithResponse(NhsNumber nhsNumber, RequestOptions options);

  /**
   * Searches for patients. The search was checked against PDS's rules when it was built.
   *
   * <p>Application-restricted access may search with {@code _max-results} 1 only (PDS defaults it to 1) and gets
   * a unique match or none.
   *
   * @param search the search
   * @return the matches, best first, or the outcome PDS sent instead (see
   *     {@link PatientSearchResult#tooManyMatches()})
   * @throws dev.nhsapi.core.InvalidRequestException if PDS refused the parameters
   * @throws dev.nhsapi.core.NhsApiException for any other failure; see {@link dev.nhsapi.core.NhsTransport}
   * @throws NullPointerException if {@code search} is null
   */
  PatientSearchResult search(PatientSearch search);

  /**
   * Searches for patients with per-call options, returning the whole response.
   *
   * @param search the search
   * @param options per-call options
   * @return the response, whose value is the result
   * @throws dev.nhsapi.core.InvalidRequestException if PDS refused the parameters
   * @throws dev.nhsapi.core.NhsApiException for any other failure; see {@link dev.nhsapi.core.NhsTransport}
   * @throws NullPointerException if an argument is null
   */
  NhsResponse<PatientSearchResult> searchWithResponse(PatientSearch search, RequestOptions options);

  /**
   * Reads a patient's related people (emergency contacts, next of kin, carers).
   *
   * <p>PDS answers with every related person in one unpaged Bundle whose {@code total} is the number of entries
   * returned (personal-demographics-service-api, {@code specification/components/schemas/RelatedPersonBundle.yaml}),
   * so the list's size is that total and no result type is needed to carry it.
   *
   * @param nhsNumber the patient's NHS number
   * @return the related people, in the order PDS lists them; empty if there are none
   * @throws dev.nhsapi.core.ResourceNotFoundException if PDS has no such patient
   * @throws dev.nhsapi.core.NhsApiException for any other failure; see {@link dev.nhsapi.core.NhsTransport}
   * @throws NullPointerException if {@code nhsNumber} is null
   */
  List<RelatedPerson> relatedPersons(NhsNumber nhsNumber);

  /**
   * Reads a patient's related people with per-call options, returning the whole response.
   *
   * @param nhsNumber the patient's NHS number
   * @param options per-call options
   * @return the response, whose value is the related people
   * @throws dev.nhsapi.core.ResourceNotFoundException if PDS has no such patient
   * @throws dev.nhsapi.core.NhsApiException for any other failure; see {@link dev.nhsapi.core.NhsTransport}
   * @throws NullPointerException if an argument is null
   */
  NhsResponse<List<RelatedPerson>> relatedPersonsWithResponse(NhsNumber nhsNumber, RequestOptions options);

  /**
   * Updates a patient with a JSON Patch built from the record that was read; {@code If-Match} carries that
   * record's version. A write PDS is still processing (503 with {@code Retry-After}) is resent with the same
   * {@code X-Request-ID}, which PDS de-duplicates, within the transport's retry policy and deadline.
   *
   * <p>Access: healthcare workers (NHS CIS2) and, for the fields PDS allows, patients (NHS login). PDS refuses
   * updates with application-restricted access.
   *
   * @param record the record the patch was built from
   * @param patch the changes
   * @return the updated record with its new version
   * @throws IllegalStateException if the client uses application-restricted (signed JWT) credentials, or the
   *     record has no version
   * @throws dev.nhsapi.core.ConflictException if the record changed since it was read (409
   *     {@code RESOURCE_VERSION_MISMATCH}): read it again and reapply, or use {@link #update}
   * @throws dev.nhsapi.core.InvalidRequestException if PDS refused the patch ({@code INVALID_UPDATE}...)
   * @throws dev.nhsapi.core.ForbiddenException if this user may not change a field ({@code FORBIDDEN_UPDATE})
   * @throws dev.nhsapi.core.NhsApiException for any other failure; see {@link dev.nhsapi.core.NhsTransport}
   * @throws NullPointerException if an argument is null
   */
  PatientRecord patch(PatientRecord record, PatientPatch patch);

  /**
   * Updates a patient, with per-call options, returning the whole response; see
   * {@link #patch(PatientRecord, PatientPatch)}.
   *
   * @param record the record the patch was built from
   * @param patch the changes
   * @param options per-call options; supply a request id to resend a write safely after a crash
   * @return the response, whose value is the updated record
   * @throws IllegalStateException if the client uses application-restricted (signed JWT) credentials, or the
   *     record has no version
   * @throws dev.nhsapi.core.ConflictException if the record changed since it was read
   * @throws dev.nhsapi.core.NhsApiException for any other failure; see {@link dev.nhsapi.core.NhsTransport}
   * @throws NullPointerException if an argument is null
   */
  NhsResponse<PatientRecord> patchWithResponse(PatientRecord record, PatientPatch patch, RequestOptions options);

  /**
   * Reads a patient, builds a patch from the record with {@code change}, and applies it; when PDS answers that
   * the record changed meanwhile (409 {@code RESOURCE_VERSION_MISMATCH}), reads it again and reapplies, at most
   * {@code maxAttempts} times in all.
   *
   * @param nhsNumber the patient
   * @param change builds the patch from the current record; called once per attempt
   * @param maxAttempts 1 to 10
   * @return the updated record
   * @throws IllegalArgumentException if {@code maxAttempts} is out of range
   * @throws dev.nhsapi.core.ConflictException if the record kept changing for every attempt
   * @throws dev.nhsapi.core.NhsApiException for any other failure, as {@link #patch} and {@link #read} throw
   * @throws NullPointerException if an argument is null
   */
  PatientRecord update(NhsNumber nhsNumber, Function<PatientRecord, PatientPatch> change, int maxAttempts);

  /**
   * Updates a patient as {@link #update(NhsNumber, Function, int)} does, with per-call options, returning the
   * whole response of the patch that succeeded.
   *
   * <p>An update makes several calls (a read and a patch per attempt), and {@code options} apply to each of them:
   * each carries the headers and the correlation id given (set one to trace all of an update's calls together),
   * and each has the timeout given, not the update as a whole. Each call needs its own
   * {@code X-Request-ID}, so options that supply one are refused; to resend a write safely after a crash, use
   * {@link #patchWithResponse} with the record you read.
   *
   * @param nhsNumber the patient
   * @param change builds the patch from the current record; called once per attempt
   * @param maxAttempts 1 to 10
   * @param options per-call options for every read and patch, without a request id
   * @return the response of the patch that succeeded, whose value is the updated record
   * @throws IllegalArgumentException if {@code maxAttempts} is out of range, or {@code options} supply a request
   *     id
   * @throws dev.nhsapi.core.ConflictException if the record kept changing for every attempt
   * @throws dev.nhsapi.core.NhsApiException for any other failure, as {@link #patch} and {@link #read} throw
   * @throws NullPointerException if an argument is null
   */
  NhsResponse<PatientRecord> updateWithResponse(NhsNumber nhsNumber, Function<PatientRecord, PatientPatch> change,
      int maxAttempts, RequestOptions options);

  /**
   * Asks PDS to create a record for a person who may have no NHS number (an immigrant, for example; PDS wants a
   * search done first). PDS first looks for the person: none allocates a new NHS number
   * ({@link PatientCreateResult.Created}), one or several matches create nothing
   * ({@link PatientCreateResult.SingleMatch}, {@link PatientCreateResult.MultipleMatches}). The request is
   * resent on the same {@code X-Request-ID} while PDS is still processing it (503 with {@code Retry-After}), which
   * PDS de-duplicates.
   *
   * <p>Access: healthcare workers (NHS CIS2) only.
   *
   * @param patient the demographics, as the PDS specification requires them: exactly one name, whose use is
   *     usual, temp, nickname, old or maiden and which has a family name; gender, date of birth, an address, the
   *     Registering Authority extension ({@link dev.nhsapi.fhir.UkCore#registeringAuthority(String, String)}); no id
   * @return what PDS did
   * @throws IllegalStateException if the client uses application-restricted (signed JWT) credentials
   * @throws IllegalArgumentException naming the rule, if the patient breaks one of those, before anything is sent
   * @throws dev.nhsapi.core.InvalidRequestException if PDS refused the demographics ({@code INVALID_VALUE}...)
   * @throws dev.nhsapi.core.NhsDecodeException if PDS answered with a Patient that has no valid NHS number, or
   *     with a Patient and a status other than 201
   * @throws dev.nhsapi.core.NhsApiException for any other failure; see {@link dev.nhsapi.core.NhsTransport}
   * @throws NullPointerException if {@code patient} is null
   */
  PatientCreateResult create(Patient patient);

  /**
   * Asks PDS to create a record, with per-call options, returning the whole response; see
   * {@link #create(Patient)}.
   *
   * @param patient the demographics, as the PDS specification requires them: exactly one name, whose use is
   *     usual, temp, nickname, old or maiden and which has a family name; gender, date of birth, an address, the
   *     Registering Authority extension ({@link dev.nhsapi.fhir.UkCore#registeringAuthority(String, String)}); no id
   * @param options per-call options; supply a request id to resend the create safely after a crash, since PDS
   *     de-duplicates writes by it
   * @return the response (its status, ETag and request id), whose value is what PDS did
   * @throws IllegalStateException if the client uses application-restricted (signed JWT) credentials
   * @throws IllegalArgumentException naming the rule, if the patient breaks one of those, before anything is sent
   * @throws dev.nhsapi.core.InvalidRequestException if PDS refused the demographics ({@code INVALID_VALUE}...)
   * @throws dev.nhsapi.core.NhsDecodeException if PDS answered with a Patient that has no valid NHS number, or
   *     with a Patient and a status other than 201
   * @throws dev.nhsapi.core.NhsApiException for any other failure; see {@link dev.nhsapi.core.NhsTransport}
   * @throws NullPointerException if an argument is null
   */
  NhsResponse<PatientCreateResult> createWithResponse(Patient patient, RequestOptions options);
}
