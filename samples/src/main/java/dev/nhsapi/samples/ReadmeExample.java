package dev.nhsapi.samples;

import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.auth.Credentials;

/**
 * The README's ten-line example, compiled. A test checks that the README shows exactly the lines between the
 * region markers, so the README cannot drift from code that builds.
 */
public final class ReadmeExample {
  private ReadmeExample() {}

  /**
   * Reads the sandbox's example patient from NHS England's hosted sandbox (needs network access).
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // @start region="readme"
    NhsTransport nhs = NhsTransport.builder()
        .environment(NhsEnvironment.SANDBOX)        // or INTEGRATION, PRODUCTION, custom(URI)
        .credentials(Credentials.none())            // the sandbox is open; elsewhere ApiKeyCredentials.of(key)
        .build();                                   // immutable and thread-safe: build once, share
    try {
      NhsResponse<String> patient = nhs.execute(
          NhsRequest.get(NhsApi.PDS, "/Patient/{id}", "9000000009").build(), ResponseDecoder.ofString());
      System.out.println(patient.value());
    } catch (ResourceNotFoundException e) {
      System.out.println("No such patient: " + e.errorCode() + ", request " + e.requestId());
    }
    // @end
  }
}
