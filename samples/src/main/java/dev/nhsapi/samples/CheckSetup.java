package dev.nhsapi.samples;

import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.helloworld.HelloWorldClient;
import java.io.PrintStream;

/**
 * Is my set-up right? Calls NHS England's Hello World API once per access mode (open, application-restricted,
 * user-restricted) and says, for each, whether the credentials work and if not, why.
 *
 * <p>Hello World is served by NHS England's hosted sandbox ({@code --env sandbox}) and by the embedded sandbox
 * (the default), where the sample signs in with a generated key pair and as a healthcare worker.
 */
public final class CheckSetup {
  private CheckSetup() {}

  /**
   * Runs the checks.
   *
   * @param args {@code --env embedded|sandbox}, or nothing for the embedded sandbox
   */
  public static void main(String[] args) {
    SampleEnvironment.main(args, SampleEnvironment.Access.APPLICATION, CheckSetup::run);
  }

  static void run(SampleEnvironment environment, PrintStream out) {
    for (SampleEnvironment.Access access : SampleEnvironment.Access.values()) {
      String check = switch (access) {
        case APPLICATION -> "application-restricted, signed JWT";
        case API_KEY -> "application-restricted, API key";
        case HEALTHCARE_WORKER -> "user-restricted";
      };
      try {
        HelloWorldClient hello = environment.client(access).helloWorld();
        if (access == SampleEnvironment.Access.APPLICATION) {
          out.println("open access: " + hello.world());
        }
        out.println(check + ": " + (access == SampleEnvironment.Access.HEALTHCARE_WORKER ? hello.user()
            : hello.application()));
      } catch (SampleEnvironment.SetupException e) {
        out.println(check + ": not configured. " + e.getMessage());
      } catch (NhsApiException e) {
        out.println(failure(check, e));
      }
    }
  }

  /**
   * One line for a failed check: "refused" only where the platform answered; a failure to reach it (an unknown
   * host, a refused connection, a timeout) says so. The exception's message already ends with the request id.
   */
  static String failure(String check, NhsApiException e) {
    String what = e instanceof NhsHttpException ? "refused" : "could not reach the platform";
    return check + ": " + what + ", " + e.getClass().getSimpleName() + " " + e.getMessage();
  }
}
