package dev.nhsapi.testing.internal;

import dev.nhsapi.fhir.NhsNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's PDS patients in their current state, each with its version ({@code meta.versionId}).
 *
 * <p>Thread-safe. Reads see whole versions. An update is a compare-and-set on the version the writer started
 * from, so of several concurrent writes to one patient exactly one wins each version. Creates are serialised, so
 * NHS number allocation sees every earlier create.
 */
final class PatientStore {
  /** The first nine digits of the first NHS number a create may allocate: {@code 9000000041}. */
  private static final long FIRST_ALLOCATED = 900_000_004L;

  private final Map<String, Stored> initial = new LinkedHashMap<>();
  private final ConcurrentMap<String, Stored> patients = new ConcurrentHashMap<>();
  private final Object creates = new Object();
  private long nextCandidate = FIRST_ALLOCATED;

  /**
   * Creates a store holding {@code documents}.
   *
   * @param documents the initial patients' JSON, each with an {@code id} and a {@code meta.versionId}
   */
  PatientStore(List<String> documents) {
    for (String json : documents) {
      Stored patient = Stored.of(Json.createReader(new StringReader(json)).readObject());
      initial.put(patient.id(), patient);
    }
    patients.putAll(initial);
  }

  /** Returns a patient's current state, or null if there is none with that id. */
  @Nullable Stored get(String id) {
    return patients.get(id);
  }

  /**
   * Replaces {@code current} with {@code document} as the next version, unless another write replaced it first.
   *
   * @return the new state, or null if {@code current} is no longer the patient's state
   */
  @Nullable Stored replace(Stored current, JsonObject document) {
    Stored next = Stored.of(withVersion(document, current.version() + 1));
    return patients.replace(current.id(), current, next) ? next : null;
  }

  /**
   * Allocates the next free NHS number and stores {@code build}'s document for it at version 1.
   *
   * @param build the new patient's document for an NHS number
   * @return the patient created
   */
  Stored create(Function<String, JsonObject> build) {
    synchronized (creates) {
      String nhsNumber = allocate();
      Stored created = Stored.of(withVersion(build.apply(nhsNumber), 1));
      patients.put(nhsNumber, created);
      return created;
    }
  }

  /** Restores the initial patients and versions and forgets allocated numbers. */
  void reset() {
    synchronized (creates) {
      patients.keySet().retainAll(initial.keySet()); // the initial patients never go missing, even for a moment
      patients.putAll(initial);
      nextCandidate = FIRST_ALLOCATED;
    }
  }

  /** Returns the next valid NHS number not in use; numbers whose check digit would be 10 are skipped. */
  private String allocate() {
    while (true) {
      long candidate = nextCandidate++;
      for (int check = 0; check <= 9; check++) {
        String number = candidate + Integer.toString(check);
        if (NhsNumber.isValid(number)) {
          if (!patients.containsKey(number)) {
            return number;
          }
          break;
        }
      }
    }
  }

  private static JsonObject withVersion(JsonObject document, int version) {
    return Json.createObjectBuilder(document)
        .add("meta", Json.createObjectBuilder(document.getJsonObject("meta")).add("versionId", Integer.toString(version)))
        .build();
  }

  /**
   * One version of a patient.
   *
   * @param id the NHS number
   * @param version the version, as in {@code meta.versionId}
   * @param document the Patient resource
   * @param json the resource as served
   */
  record Stored(String id, int version, JsonObject document, String json) {
    static Stored of(JsonObject document) {
      return new Stored(document.getString("id"),
          Integer.parseInt(document.getJsonObject("meta").getString("versionId")), document, document.toString());
    }

    /** Returns the weak ETag PDS sends for this version. */
    String etag() {
      return "W/\"" + version + "\"";
    }
  }
}
