package dev.nhsapi.pds;

import com.squareup.moshi.JsonWriter;
import dev.nhsapi.fhir.Address;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.ContactPoint;
import dev.nhsapi.fhir.FhirDate;
import dev.nhsapi.fhir.HumanName;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.internal.codec.Codec;
import dev.nhsapi.internal.codec.FhirCodecs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * An update to a PDS patient, written as the JSON Patch PDS accepts: appends use {@code /-}, every change to an
 * existing list item is preceded by a {@code test} of that item's {@code id}, every removal too, and several
 * removals from one list run from the highest index down so each index stays valid.
 *
 * <p>Build it from the record you read, so the patch addresses items by the ids and positions PDS gave them
 * and {@code If-Match} carries the version you saw:
 *
 * <pre>{@code
 * PatientRecord record = nhs.pds().read(nhsNumber);
 * PatientPatch patch = PatientPatch.builder(record).replaceHomeAddress(newAddress).build();
 * PatientRecord updated = nhs.pds().patch(record, patch);
 * }</pre>
 *
 * <p>Immutable. {@link #toString()} shows the operations' paths only, never values.
 */
public final class PatientPatch {
  private final String json;
  private final List<String> paths;
  private final @Nullable Duration syncWait;

  private PatientPatch(String json, List<String> paths, @Nullable Duration syncWait) {
    this.json = json;
    this.paths = List.copyOf(paths);
    this.syncWait = syncWait;
  }

  /**
   * Starts a patch of the patient in {@code record}.
   *
   * @param record the record as read, whose list items the patch refers to
   * @return a builder
   * @throws NullPointerException if {@code record} is null
   */
  public static Builder builder(PatientRecord record) {
    return new Builder(Objects.requireNonNull(record, "record == null").patient());
  }

  /** Returns the request body: {@code {"patches":[...]}}. */
  String json() {
    return json;
  }

  /**
   * Returns how long PDS should wait for the write to finish before answering 503 ({@code X-Sync-Wait}).
   *
   * @return the wait, or null for PDS's default (10 s)
   */
  public @Nullable Duration syncWait() {
    return syncWait;
  }

  @Override
  public String toString() {
    return "PatientPatch" + paths;
  }

  /** One JSON Patch operation. */
  private record Operation(String op, String path, @Nullable Writer value) {}

  /** Writes an operation's value. */
  @FunctionalInterface
  private interface Writer {
    void write(JsonWriter writer) throws IOException;
  }

  /** A removal, applied after the other operations, highest index first. */
  private record Removal(String list, int index, String id) {}

  /** Builds a {@link PatientPatch}. Not thread-safe. */
  public static final class Builder {
    private final Patient patient;
    private final List<Operation> operations = new ArrayList<>();
    private final List<Removal> removals = new ArrayList<>();
    private final Set<String> createdLists = new HashSet<>();
    private @Nullable Duration syncWait;

    private Builder(Patient patient) {
      this.patient = patient;
    }

    /**
     * Appends a name.
     *
     * @param name the name, without an {@code id} (PDS assigns one)
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder addName(HumanName name) {
      return add("name", patient.name(), FhirCodecs.HUMAN_NAME, name);
    }

    /**
     * Replaces the name whose {@code id} is {@code id}.
     *
     * @param id the id of the name in the record read
     * @param name the new name
     * @return this builder
     * @throws IllegalArgumentException if the record has no name with that id
     * @throws NullPointerException if an argument is null
     */
    public Builder replaceName(String id, HumanName name) {
      return replace("name", patient.name(), HumanName::id, id, FhirCodecs.HUMAN_NAME, name);
    }

    /**
     * Removes the name whose {@code id} is {@code id}.
     *
     * @param id the id of the name in the record read
     * @return this builder
     * @throws IllegalArgumentException if the record has no name with that id
     * @throws NullPointerException if {@code id} is null
     */
    public Builder removeName(String id) {
      return remove("name", patient.name(), HumanName::id, id);
    }

    /**
     * Appends an address.
     *
     * @param address the address, without an {@code id}
     * @return this builder
     * @throws NullPointerException if {@code address} is null
     */
    public Builder addAddress(Address address) {
      return add("address", patient.address(), FhirCodecs.ADDRESS, address);
    }

    /**
     * Replaces the address whose {@code id} is {@code id}.
     *
     * @param id the id of the address in the record read
     * @param address the new address
     * @return this builder
     * @throws IllegalArgumentException if the record has no address with that id
     * @throws NullPointerException if an argument is null
     */
    public Builder replaceAddress(String id, Address address) {
      return replace("address", patient.address(), Address::id, id, FhirCodecs.ADDRESS, address);
    }

    /**
     * Replaces the home address (the first address with use {@code home}), or adds one if there is none.
     *
     * @param address the new home address
     * @return this builder
     * @throws IllegalArgumentException if the record's home address has no {@code id} to refer to
     * @throws NullPointerException if {@code address} is null
     */
    public Builder replaceHomeAddress(Address address) {
      Objects.requireNonNull(address, "address == null");
      Address home = patient.address().stream().filter(a -> "home".equals(a.use())).findFirst().orElse(null);
      if (home == null) {
        return addAddress(address);
      }
      if (home.id() == null) {
        throw new IllegalArgumentException("the home address has no id; PDS needs one to address it");
      }
      return replaceAddress(home.id(), address);
    }

    /**
     * Removes the address whose {@code id} is {@code id}.
     *
     * @param id the id of the address in the record read
     * @return this builder
     * @throws IllegalArgumentException if the record has no address with that id
     * @throws NullPointerException if {@code id} is null
     */
    public Builder removeAddress(String id) {
      return remove("address", patient.address(), Address::id, id);
    }

    /**
     * Appends a phone number, email address or other contact.
     *
     * @param telecom the contact, without an {@code id}
     * @return this builder
     * @throws NullPointerException if {@code telecom} is null
     */
    public Builder addTelecom(ContactPoint telecom) {
      return add("telecom", patient.telecom(), FhirCodecs.CONTACT_POINT, telecom);
    }

    /**
     * Replaces the contact whose {@code id} is {@code id}.
     *
     * @param id the id of the contact in the record read
     * @param telecom the new contact
     * @return this builder
     * @throws IllegalArgumentException if the record has no contact with that id
     * @throws NullPointerException if an argument is null
     */
    public Builder replaceTelecom(String id, ContactPoint telecom) {
      return replace("telecom", patient.telecom(), ContactPoint::id, id, FhirCodecs.CONTACT_POINT, telecom);
    }

    /**
     * Removes the contact whose {@code id} is {@code id}.
     *
     * @param id the id of the contact in the record read
     * @return this builder
     * @throws IllegalArgumentException if the record has no contact with that id
     * @throws NullPointerException if {@code id} is null
     */
    public Builder removeTelecom(String id) {
      return remove("telecom", patient.telecom(), ContactPoint::id, id);
    }

    /**
     * Sets the gender.
     *
     * @param gender the gender
     * @return this builder
     * @throws NullPointerException if {@code gender} is null
     */
    public Builder gender(AdministrativeGender gender) {
      Objects.requireNonNull(gender, "gender == null");
      operations.add(new Operation(patient.gender() == null ? "add" : "replace", "/gender",
          w -> w.value(gender.code())));
      return this;
    }

    /**
     * Sets the date of birth.
     *
     * @param birthDate the date of birth
     * @return this builder
     * @throws NullPointerException if {@code birthDate} is null
     */
    public Builder birthDate(FhirDate birthDate) {
      Objects.requireNonNull(birthDate, "birthDate == null");
      operations.add(new Operation(patient.birthDate() == null ? "add" : "replace", "/birthDate",
          w -> w.value(birthDate.value())));
      return this;
    }

    /**
     * Sets how long PDS waits for the write before answering 503 ({@code X-Sync-Wait}, 0.25 to 29 s).
     *
     * @param syncWait the wait
     * @return this builder
     * @throws IllegalArgumentException if outside 0.25 to 29 seconds
     * @throws NullPointerException if {@code syncWait} is null
     */
    public Builder syncWait(Duration syncWait) {
      Objects.requireNonNull(syncWait, "syncWait == null");
      if (syncWait.compareTo(Duration.ofMillis(250)) < 0 || syncWait.compareTo(Duration.ofSeconds(29)) > 0) {
        throw new IllegalArgumentException("X-Sync-Wait must be 0.25 to 29 seconds");
      }
      this.syncWait = syncWait;
      return this;
    }

    private <V> Builder add(String list, List<?> items, Codec<V> codec, V value) {
      Objects.requireNonNull(value, list + " == null");
      if (items.isEmpty() && createdLists.add(list)) {
        // RFC 6902 appends ("/-") only to an array that exists: the first item of an absent list creates it.
        operations.add(new Operation("add", "/" + list, w -> {
          w.beginArray();
          codec.write(w, value);
          w.endArray();
        }));
      } else {
        operations.add(new Operation("add", "/" + list + "/-", w -> codec.write(w, value)));
      }
      return this;
    }

    private <I, V> Builder replace(
        String list, List<I> items, Function<I, @Nullable String> idOf, String id, Codec<V> codec, V value) {
      Objects.requireNonNull(value, list + " == null");
      int index = indexOf(list, items, idOf, id);
      operations.add(new Operation("test", "/" + list + "/" + index + "/id", w -> w.value(id)));
      operations.add(new Operation("replace", "/" + list + "/" + index, w -> codec.write(w, value)));
      return this;
    }

    private <I> Builder remove(String list, List<I> items, Function<I, @Nullable String> idOf, String id) {
      removals.add(new Removal(list, indexOf(list, items, idOf, id), id));
      return this;
    }

    private static <I> int indexOf(String list, List<I> items, Function<I, @Nullable String> idOf, String id) {
      Objects.requireNonNull(id, "id == null");
      for (int i = 0; i < items.size(); i++) {
        if (id.equals(idOf.apply(items.get(i)))) {
          return i;
        }
      }
      throw new IllegalArgumentException("the record read has no " + list + " item with that id");
    }

    /**
     * Returns the patch.
     *
     * @return the patch
     * @throws IllegalStateException if it changes nothing, or removes one item twice
     */
    public PatientPatch build() {
      List<Operation> all = new ArrayList<>(operations);
      List<Removal> ordered = new ArrayList<>(removals);
      ordered.sort(Comparator.comparing(Removal::list).thenComparing(Removal::index, Comparator.reverseOrder()));
      for (int i = 1; i < ordered.size(); i++) {
        if (ordered.get(i).equals(ordered.get(i - 1))) {
          throw new IllegalStateException("the patch removes the same " + ordered.get(i).list() + " item twice");
        }
      }
      for (Removal removal : ordered) {
        String item = "/" + removal.list() + "/" + removal.index();
        all.add(new Operation("test", item + "/id", w -> w.value(removal.id())));
        all.add(new Operation("remove", item, null));
      }
      if (all.isEmpty()) {
        throw new IllegalStateException("the patch changes nothing");
      }
      Buffer buffer = new Buffer();
      try (JsonWriter writer = JsonWriter.of(buffer)) {
        writer.beginObject().name("patches").beginArray();
        for (Operation operation : all) {
          writer.beginObject().name("op").value(operation.op()).name("path").value(operation.path());
          if (operation.value() != null) {
            writer.name("value");
            operation.value().write(writer);
          }
          writer.endObject();
        }
        writer.endArray().endObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a Buffer never fails
      }
      return new PatientPatch(buffer.readUtf8(), all.stream().map(o -> o.op() + " " + o.path()).toList(),
          syncWait);
    }
  }
}
