package dev.nhsapi.samples;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * Runs the sample that {@code -Dsample=Name} picks ({@code mvn -q -pl samples -am package -DskipTests -Pquickstart
 * -Dsample=SearchPatients}); a name that is no sample prints one line listing the samples, not a stack trace.
 */
public final class RunSample {
  /** The samples {@code -Dsample} can name. */
  static final List<String> SAMPLES = List.of(
      "Quickstart", "CheckSetup", "SearchPatients", "UpdatePatient", "HandleErrors", "SignedJwtAuth", "FindPractice",
      "FindRecords", "ConditionInfo", "PatientJourney", "Vaccinations", "ReadmeExample", "GenerateKeyPair");

  private RunSample() {}

  /**
   * Runs the sample named by the system property {@code nhsapi.sample} with {@code args}.
   *
   * @param args the sample's arguments
   * @throws Exception whatever the sample throws
   */
  public static void main(String[] args) throws Exception {
    String name = System.getProperty("nhsapi.sample", "Quickstart");
    Optional<Method> main = mainOf(name);
    if (main.isEmpty()) {
      System.err.println(unknown(name));
      System.exit(2);
      return;
    }
    try {
      main.get().invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /** The main method of the sample called {@code name}, if it is one. */
  static Optional<Method> mainOf(String name) {
    if (!SAMPLES.contains(name)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Class.forName(RunSample.class.getPackageName() + "." + name)
          .getMethod("main", String[].class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("sample " + name + " is listed but has no public main method", e);
    }
  }

  /** One line saying that {@code name} is no sample, and naming the samples. */
  static String unknown(String name) {
    return "there is no sample called " + name + "; set -Dsample to one of: " + String.join(", ", SAMPLES);
  }
}
