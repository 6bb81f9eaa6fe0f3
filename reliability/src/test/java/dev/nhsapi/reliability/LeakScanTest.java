package dev.nhsapi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import dev.nhsapi.NhsClient;
import dev.nhsapi.core.CallInfo;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsEventListener;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.core.auth.SignedJwtCredentials;
import dev.nhsapi.core.auth.UserTokenCredentials;
import dev.nhsapi.fhir.Address;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.ContactPoint;
import dev.nhsapi.fhir.FhirDate;
import dev.nhsapi.fhir.HumanName;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.UkCore;
import dev.nhsapi.pds.PatientPatch;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.pds.PatientSearch;
import dev.nhsapi.testing.Fault;
import dev.nhsapi.testing.NhsSandbox;
import dev.nhsapi.testing.SandboxRequest;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Runs every kind of call the SDK makes (signed-JWT and healthcare-worker access, reads, searches, writes,
 * conflicts, platform errors, refused tokens, retried faults) with the SDK's loggers, and those of the libraries it
 * logs through, at their finest level into a captured sink; then checks that no NHS number, name, date of birth,
 * address, contact detail, access token, client assertion, API key or private-key material of the run appears in
 * the captured log, in any exception's message, or in the {@code toString()} of anything the SDK handed back.
 */
class LeakScanTest {
  static final String API_KEY = "leak-scan-api-key-4f1c9a";
  static final List<String> LOGGERS = List.of("dev.nhsapi", "io.github.resilience4j", "okhttp3");
  static final List<NhsNumber> PATIENTS = List.of("9000000009", "9000000017", "9000000025", "9000000033").stream()
      .map(NhsNumber::of).toList();

  /** What the SDK handed back or threw, to be scanned through toString() and exception messages. */
  final List<Object> handedBack = new CopyOnWriteArrayList<>();

  @Test
  void noPatientDataOrSecretReachesTheLogsExceptionsOrToString() {
    KeyPair keys = rsaKeyPair();
    StringBuilder log = new StringBuilder();
    int records;
    Set<String> secrets = new LinkedHashSet<>();
    Set<String> patientData = new LinkedHashSet<>();
    try (Capture capture = Capture.start(); NhsSandbox sandbox = NhsSandbox.start()) {
      sandbox.registerApplication(API_KEY, new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic())
          .keyID("leak-1").build()).toString());
      workload(sandbox, SignedJwtCredentials.builder().apiKey(API_KEY).keyId("leak-1")
          .privateKey((RSAPrivateCrtKey) keys.getPrivate()).build(), patientData);
      secrets.addAll(credentialsSeenBy(sandbox));
      records = capture.records();
      log.append(capture.text());
    }
    secrets.add(API_KEY);
    secrets.addAll(privateKeyMaterial((RSAPrivateCrtKey) keys.getPrivate()));
    String handed = describe(handedBack);

    assertThat(records).as("records captured at FINEST").isGreaterThan(50);
    assertThat(log).as("the capture saw the SDK's request lines").contains("--> GET pds /Patient/{id}");
    assertThat(secrets).as("secrets to look for").hasSizeGreaterThan(10);
    assertThat(patientData).as("patient data to look for").hasSizeGreaterThan(20);
    for (String secret : secrets) {
      assertThat(log).as("log").doesNotContain(secret);
      assertThat(handed).as("exceptions and toString()").doesNotContain(secret);
    }
    for (String value : patientData) {
      assertThat(log).as("log").doesNotContain(value);
      assertThat(handed).as("exceptions and toString()").doesNotContain(value);
    }
    System.out.println("LEAKS: log records=" + records + " (" + log.length() + " chars), objects and exceptions="
        + handedBack.size() + ", secrets checked=" + secrets.size() + ", patient values checked="
        + patientData.size() + ", leaks=0");
  }

  private void workload(NhsSandbox sandbox, SignedJwtCredentials application, Set<String> patientData) {
    NhsClient app = client(sandbox, application);
    NhsClient worker = client(sandbox, sandbox.signInHealthcareWorker());
    for (NhsNumber number : PATIENTS) {
      PatientRecord record = keep(app.pds().read(number));
      patientData.addAll(values(record.patient()));
      patientData.add(number.value());
      patientData.add(number.formatted());
      keep(app.pds().relatedPersons(number));
    }
    attempt(() -> app.pds().read(NhsNumber.of("9111231130")));
    patientData.addAll(List.of("9111231130", "911 123 1130"));
    keep(app.pds().search(search("Smith").maxResults(1).build()));
    attempt(() -> app.pds().patch(app.pds().read(PATIENTS.get(0)), genderChange(app.pds().read(PATIENTS.get(0)))));
    for (String family : List.of("Smith", "Sm*", "Smythe")) {
      keep(worker.pds().search(search(family).build()));
    }
    keep(worker.pds().search(search("Sm*").maxResults(1).build()));
    keep(worker.pds().search(PatientSearch.builder().family("Smith").given("Jane")
        .birthDate(LocalDate.of(2010, 10, 22)).fuzzy(true).build()));

    PatientRecord before = keep(worker.pds().read(PATIENTS.get(0)));
    Address home = Address.of("home", List.of("7 Leakscan Row", "Leakstead"), "LS9 9ZZ");
    patientData.addAll(List.of("Leakscan Row", "Leakstead", "LS9 9ZZ"));
    keep(worker.pds().patch(before, keep(PatientPatch.builder(before).replaceHomeAddress(home).build())));
    attempt(() -> worker.pds().patch(before, genderChange(before)));
    keep(worker.pds().update(PATIENTS.get(0), current -> genderChange(current), 3));
    Patient person = Patient.builder().name(List.of(HumanName.of("usual", "Quillfeather", List.of("Ottoline"))))
        .gender(AdministrativeGender.FEMALE).birthDate(FhirDate.of(LocalDate.of(1987, 3, 14)))
        .address(List.of(Address.of("home", List.of("7 Leakscan Row"), "LS9 9ZZ")))
        .extension(List.of(UkCore.registeringAuthority("x", "RGS")))
        .telecom(List.of(ContactPoint.of("phone", "07700 900461", "mobile"))).build();
    patientData.addAll(List.of("Quillfeather", "Ottoline", "1987-03-14", "07700 900461"));
    keep(worker.pds().create(person));
    keep(worker.pds().create(person));

    sandbox.faults().next("/personal-demographics/", 2, Fault.serviceUnavailable(Duration.ofSeconds(1)))
        .next("/personal-demographics/", 1, Fault.tooManyRequests())
        .next("/personal-demographics/", 1, Fault.disconnect())
        .next("/personal-demographics/", 1, Fault.truncatedBody());
    for (int i = 0; i < 3; i++) {
      attempt(() -> worker.pds().read(PATIENTS.get(1)));
    }
    sandbox.faults().next("/oauth2/token", 1, Fault.serverError());
    attempt(() -> client(sandbox, sandbox.registerApplication("leak-scan-second-app")).pds().read(PATIENTS.get(2)));
    attempt(() -> client(sandbox, sandbox.registerApplication("leak-scan-third-app")).pds().read(PATIENTS.get(2)));
    attempt(() -> client(sandbox, UserTokenCredentials.of(() -> "leak-scan-forged-token")).pds()
        .read(PATIENTS.get(3)));
    attempt(() -> client(sandbox, SignedJwtCredentials.builder().apiKey("leak-scan-unregistered-key")
        .keyId("leak-1").privateKey((RSAPrivateCrtKey) rsaKeyPair().getPrivate()).build()).pds()
        .read(PATIENTS.get(3)));
    keep(app);
    keep(worker);
    keep(application);
  }

  private NhsClient client(NhsSandbox sandbox, Credentials credentials) {
    NhsEventListener listener = new NhsEventListener() {
      @Override
      public void retryScheduled(CallInfo call, int nextAttempt, String reason, Duration delay) {
        handedBack.add(call);
        handedBack.add(reason);
      }

      @Override
      public void callFailed(CallInfo call, NhsApiException failure, int attempts, Duration elapsed) {
        handedBack.add(call);
        handedBack.add(failure);
      }
    };
    Consumer<NhsTransport.Builder> settings = t -> t.rateLimit(RateLimitOptions.disabled()).eventListener(listener);
    return keep(NhsClient.builder().environment(sandbox.environment()).credentials(credentials).transport(settings)
        .build());
  }

  private static PatientSearch.Builder search(String family) {
    return PatientSearch.builder().family(family).gender(AdministrativeGender.FEMALE)
        .birthDate(LocalDate.of(2010, 10, 22));
  }

  private PatientPatch genderChange(PatientRecord record) {
    return keep(PatientPatch.builder(record).gender(AdministrativeGender.OTHER).build());
  }

  private <T> T keep(T value) {
    handedBack.add(value);
    return value;
  }

  private void attempt(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      handedBack.add(e);
    }
  }

  /** Names, dates, identifiers, addresses and contacts of a patient, at least four characters each. */
  private static List<String> values(Patient patient) {
    List<String> values = new ArrayList<>();
    patient.name().forEach(name -> {
      values.add(name.family());
      values.addAll(name.given());
    });
    if (patient.birthDate() != null) {
      values.add(patient.birthDate().value());
    }
    patient.address().forEach(address -> {
      values.addAll(address.line());
      values.add(address.postalCode());
    });
    patient.telecom().forEach(telecom -> values.add(telecom.value()));
    return values.stream().filter(value -> value != null && value.length() >= 4).toList();
  }

  /** The access tokens and client assertions that crossed the wire, as the sandbox recorded them. */
  private static Set<String> credentialsSeenBy(NhsSandbox sandbox) {
    Set<String> seen = new LinkedHashSet<>();
    for (SandboxRequest request : sandbox.requests()) {
      String authorization = request.header("Authorization");
      if (authorization != null) {
        seen.add(authorization.substring(authorization.indexOf(' ') + 1));
      }
      if (request.target().equals("/oauth2/token")) {
        HttpUrl form = HttpUrl.get("http://form/?" + request.body());
        String assertion = form.queryParameter("client_assertion");
        if (assertion != null) {
          seen.add(assertion);
          seen.add(assertion.substring(assertion.lastIndexOf('.') + 1)); // the signature alone
        }
      }
    }
    return seen;
  }

  /** Slices of the private key's PKCS#8 encoding and its private exponent, as they would appear if printed. */
  private static List<String> privateKeyMaterial(RSAPrivateCrtKey key) {
    String pkcs8 = Base64.getEncoder().encodeToString(key.getEncoded());
    String exponent = Base64URL.encode(key.getPrivateExponent()).toString();
    List<String> slices = new ArrayList<>();
    for (int i = pkcs8.length() / 2; i + 40 <= pkcs8.length(); i += 200) {
      slices.add(pkcs8.substring(i, i + 40));
    }
    slices.add(exponent.substring(0, 40));
    slices.add(key.getPrivateExponent().toString().substring(0, 40));
    return slices;
  }

  private static String describe(List<Object> objects) {
    StringBuilder text = new StringBuilder();
    for (Object object : objects) {
      text.append(object).append('\n');
      for (Throwable cause = object instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
        text.append(cause.getMessage()).append('\n');
        if (cause instanceof NhsHttpException api) {
          text.append(api.details()).append('\n').append(api.operationOutcome()).append('\n');
        }
      }
    }
    return text.toString();
  }

  private static KeyPair rsaKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JUL handler on the SDK's loggers at their finest level, restoring their levels when closed. */
  static final class Capture extends Handler implements AutoCloseable {
    private final StringBuilder text = new StringBuilder();
    private final List<Logger> loggers = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();
    private int records;

    static Capture start() {
      Capture capture = new Capture();
      capture.setLevel(Level.ALL);
      for (String name : LOGGERS) {
        Logger logger = Logger.getLogger(name);
        capture.loggers.add(logger);
        capture.levels.add(logger.getLevel());
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
      }
      return capture;
    }

    @Override
    public synchronized void publish(LogRecord record) {
      records++;
      text.append(formatter.format(record));
    }

    synchronized int records() {
      return records;
    }

    synchronized String text() {
      return text.toString();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      for (int i = 0; i < loggers.size(); i++) {
        loggers.get(i).removeHandler(this);
        loggers.get(i).setLevel(levels.get(i));
      }
    }
  }
}
