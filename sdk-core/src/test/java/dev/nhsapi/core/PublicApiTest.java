package dev.nhsapi.core;

import dev.nhsapi.testsupport.ApiDump;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The module's public API changes only on purpose: it is recorded in {@code api/nhsapi-core.api}, and this test fails,
 * naming what changed, when the compiled API differs. Record a deliberate change with {@code mvn verify -DupdateApi}.
 */
class PublicApiTest {
  @Test
  void matchesTheRecordedApi() {
    ApiDump.assertMatchesRecorded(NhsTransport.class, Path.of("api", "nhsapi-core.api"));
  }
}
