package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.NhsDecodeException;
import java.math.BigDecimal;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Timeout;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regressions found by {@link HostileResponseFuzzTest}: what a hostile document can put into a message. */
class HostileDocumentTest {
  @ParameterizedTest
  @ValueSource(strings = {"Pa\\ntient", "patient", "Trevithick Elowen", "Pat\\ud800ient", ""})
  void aResourceTypeThatIsNoTypeNameIsRefusedWithoutRepeatingIt(String type) {
    String json = "{\"resourceType\":\"" + type + "\",\"id\":\"1\"}";

    assertThatThrownBy(() -> FhirJson.decode(json))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessage("not valid FHIR JSON: resourceType is not a FHIR type name at path $.resourceType");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\":\"1\",\"resourceType\":\"%s\"}", "{\"resourceType\":\"%s\"}"})
  void aHugeResourceTypeIsRefusedWithoutRepeatingIt(String template) {
    String json = template.formatted("X".repeat(100_000));

    assertThatThrownBy(() -> FhirJson.decode(json, Patient.class))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("resourceType is not a FHIR type name")
        .hasMessageNotContaining("XX");
  }

  @ParameterizedTest
  @ValueSource(strings = {"na\\nme", "na\\rme", "na\\u2028me", "na\\u0000me"})
  void aMemberNameWithLineBreaksLeavesTheMessageOnOneLine(String name) {
    String json = "{\"resourceType\":\"Patient\",\"" + name + "\":[}";

    assertThatThrownBy(() -> FhirJson.decode(json))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessage("malformed JSON at path $.na?me[0]");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"resourceType\":\"Patient\",\"%s\":[}", "{\"resourceType\":\"Patient\",\"%s\":{\"a\":}}"
  })
  void aHugeMemberNameLeavesTheMessageBounded(String template) {
    String json = template.formatted("n".repeat(100_000));

    assertThatThrownBy(() -> FhirJson.decode(json))
        .isInstanceOf(NhsDecodeException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(300)
            .endsWith("..."));
  }

  /** Issue 17 finding 1: 1.6M digits took 52 s of CPU to parse, past the call's deadline, and then decoded. */
  @ParameterizedTest
  @ValueSource(strings = {
    "{\"resourceType\":\"Patient\",\"unknownMember\":%s}",
    "{\"resourceType\":\"Patient\",\"multipleBirthInteger\":%s}",
    "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[{\"search\":{\"score\":%s}}]}",
    "{\"resourceType\":\"Patient\",\"_gender\":{\"extension\":[{\"url\":\"u\",\"valueDecimal\":%s}]}}"
  })
  void aNumberLongerThanTheLimitIsRefusedBeforeItIsParsed(String template) {
    String json = template.formatted("7".repeat(1_600_000));

    assertThatThrownBy(() -> FhirJson.decode(json))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageStartingWith("not valid FHIR JSON: number longer than 400 characters at path $.")
        .hasMessageNotContaining("7".repeat(20));
  }

  @Test
  void aNumberAsLongAsTheLimitDecodes() {
    String number = "0." + "1".repeat(398);
    String json = "{\"resourceType\":\"Patient\",\"unknownMember\":" + number + "}";

    Patient patient = FhirJson.decode(json, Patient.class);

    assertThat(patient.unknown().asMap()).containsEntry("unknownMember", new BigDecimal(number));
    assertThatThrownBy(() -> FhirJson.decode(json.replace(number, number + "1")))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("number longer than 400 characters at path $.unknownMember");
  }

  @Test
  void aStringAsLongAsTheLimitDecodesAndALongerOneIsRefused() {
    String atLimit = "{\"resourceType\":\"Patient\",\"id\":\"1\",\"unknownMember\":\"" + "s".repeat(8 << 20) + "\"}";

    assertThat(FhirJson.decode(atLimit, Patient.class).id()).isEqualTo("1");
    assertThatThrownBy(() -> FhirJson.decode(atLimit.replace("\"s", "\"ss")))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessage("not valid FHIR JSON: string longer than 8388608 characters at path $.unknownMember");
  }

  @Test
  void decodingStopsWithATypedFailureOnceTheCallsDeadlineHasPassed() {
    Timeout passed = new Timeout().deadlineNanoTime(System.nanoTime() - 1);
    Buffer document = new Buffer().writeUtf8(Fixtures.read(Fixtures.PATIENT_FULL));
    ResponseBody body = new ResponseBody() {
      private final BufferedSource source = Okio.buffer(new ForwardingSource(document) {
        @Override
        public Timeout timeout() {
          return passed;
        }
      });

      @Override
      public @Nullable MediaType contentType() {
        return null;
      }

      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public BufferedSource source() {
        return source;
      }
    };

    assertThatThrownBy(() -> FhirJson.responseDecoder(Patient.class).decode(body))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessage("decoding did not finish within the call's deadline, at path $");
  }
}
