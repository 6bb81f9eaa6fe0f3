package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.fhir.Coding;
import dev.nhsapi.fhir.DocumentReference;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.recordlocator.DocumentReferenceSearch;
import java.io.PrintStream;
import java.util.List;

/**
 * Finds where a patient's shared care records are held with the National Record Locator (NRL): counts the
 * patient's document pointers, lists them with their type and custodian (the organisation holding the document),
 * and reads one.
 *
 * <p>NRL takes application-restricted access with a signed JWT, and every call names the end user's organisation
 * ({@code NHSD-End-User-Organisation-ODS}): here the fictional practice {@code Y12345}; on INT, your own
 * organisation's ODS code. On the embedded sandbox the credentials are set up for you.
 */
public final class FindRecords {
  private FindRecords() {}

  /**
   * Runs the sample.
   *
   * @param args {@code --env embedded|sandbox|int}, or nothing for the embedded sandbox
   */
  public static void main(String[] args) {
    SampleEnvironment.main(args, SampleEnvironment.Access.APPLICATION, FindRecords::run);
  }

  static void run(SampleEnvironment environment, PrintStream out) throws SampleEnvironment.SetupException {
    NhsClient nhs = environment.client(transport -> transport.endUserOrganisation("Y12345"));
    NhsNumber patient = NhsNumber.of("9000000009");

    int count = nhs.recordLocator().count(DocumentReferenceSearch.builder(patient).build());
    out.println("Patient 9000000009 has " + count + " document pointers");

    // NRL answers with all the patient's pointers at once; the stream stops after 100.
    // @start region="record-locator-search"
    List<DocumentReference> pointers = nhs.recordLocator()
        .search(DocumentReferenceSearch.builder(patient).build(), 100)
        .toList();
    // @end
    pointers.forEach(pointer -> out.println("  " + pointer.id() + "  " + typeName(pointer) + ", held by "
        + pointer.custodianOdsCode().orElse("?")));

    List<DocumentReference> crisisPlans = nhs.recordLocator()
        .search(DocumentReferenceSearch.builder(patient).type("736253002").build(), 100).toList();
    DocumentReference plan = nhs.recordLocator().read(crisisPlans.get(0).id());
    out.println("Read " + plan.id() + ": " + typeName(plan) + " at " + plan.attachmentUrl().orElse("?"));
  }

  private static String typeName(DocumentReference pointer) {
    return pointer.type() == null ? "unknown type" : pointer.type().coding().stream().findFirst()
        .map(Coding::display).orElse("unknown type");
  }
}
