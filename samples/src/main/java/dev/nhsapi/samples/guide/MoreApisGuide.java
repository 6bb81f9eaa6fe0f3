package dev.nhsapi.samples.guide;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.auth.ApiKeyCredentials;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.fhir.DocumentReference;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Organization;
import dev.nhsapi.fhir.OrganizationAffiliation;
import dev.nhsapi.ods.OrganizationSearch;
import dev.nhsapi.recordlocator.DocumentReferenceSearch;
import dev.nhsapi.websitecontent.ContentArea;
import dev.nhsapi.websitecontent.ContentPage;
import dev.nhsapi.websitecontent.ContentSearch;
import dev.nhsapi.websitecontent.ContentSummary;
import java.io.PrintStream;
import java.util.List;

/**
 * The "More APIs" guide's examples, compiled; MoreApisGuideTest runs each against the embedded sandbox. Each
 * method's parameters are the names an example uses without declaring them.
 */
public final class MoreApisGuide {
  private MoreApisGuide() {}

  /**
   * An API-key client, for ODS and the NHS website content API.
   *
   * @param environment the environment
   * @param apiKey the application's API key
   * @return the client
   */
  public static NhsClient apiKeyClient(NhsEnvironment environment, String apiKey) {
    // @start region="api-key-client"
    NhsClient nhs = NhsClient.builder()
        .environment(environment)
        .credentials(ApiKeyCredentials.of(apiKey))      // the application's key, from the developer portal
        .build();
    // @end
    return nhs;
  }

  /**
   * ODS: a practice, the pharmacies at its postcode, its primary care network and ICB.
   *
   * @param nhs an API-key client
   * @param out where to print
   * @return the practice's affiliations
   */
  public static List<OrganizationAffiliation> ods(NhsClient nhs, PrintStream out) {
    // @start region="ods"
    Organization practice = nhs.ods().read(OdsCode.of("Y12345"));
    List<Organization> pharmacies = nhs.ods().search(OrganizationSearch.builder()
        .postcode(practice.address().get(0).postalCode())
        .roleCode("RO182")                              // ODS role: pharmacy
        .build(), 20).toList();                         // at most 20, fetched page by page
    List<OrganizationAffiliation> networks = nhs.ods()
        .affiliations(OdsCode.of("Y12345"), 10)          // active relationships: RE8 partner (PCN), RE4 (ICB)
        .toList();
    // @end
    out.println(practice.name() + ": " + pharmacies.size() + " pharmacies, " + networks.size() + " networks");
    return networks;
  }

  /**
   * The NHS website content API: a page and a list.
   *
   * @param nhs an API-key client
   * @param out where to print
   * @return the conditions listed
   */
  public static List<ContentSummary> websiteContent(NhsClient nhs, PrintStream out) {
    // @start region="website-content"
    ContentPage asthma = nhs.websiteContent().read(ContentArea.CONDITIONS, "asthma");
    asthma.sections().forEach(section -> out.println(section.headline()));
    List<ContentSummary> conditions = nhs.websiteContent().search(ContentArea.CONDITIONS,
        ContentSearch.builder().category('A').orderBy(ContentSearch.OrderBy.DATE_MODIFIED).build(), 50).toList();
    // @end
    return conditions;
  }

  /**
   * The National Record Locator: a client naming the end user's organisation, then a count, a search and a read.
   *
   * @param environment the environment
   * @param signedJwt application-restricted credentials
   * @param out where to print
   * @return the pointers found
   */
  public static List<DocumentReference> recordLocator(NhsEnvironment environment, Credentials signedJwt,
      PrintStream out) {
    // @start region="record-locator"
    NhsClient nhs = NhsClient.builder()
        .environment(environment)
        .credentials(signedJwt)
        .transport(t -> t.endUserOrganisation("Y12345"))  // NRL requires NHSD-End-User-Organisation-ODS
        .build();
    NhsNumber patient = NhsNumber.of("9000000009");
    int count = nhs.recordLocator().count(DocumentReferenceSearch.builder(patient).build());
    List<DocumentReference> crisisPlans = nhs.recordLocator().search(DocumentReferenceSearch.builder(patient)
        .type("736253002")                              // SNOMED CT: mental health crisis plan
        .build(), 100).toList();
    DocumentReference plan = nhs.recordLocator().read(crisisPlans.get(0).id());
    out.println(count + " pointers; the crisis plan is at " + plan.attachmentUrl().orElse("?"));
    // @end
    return crisisPlans;
  }

  /**
   * Hello World: one call per access mode.
   *
   * @param open a client with no credentials
   * @param application an API-key or signed-JWT client
   * @param healthcareWorker a healthcare worker's client
   * @param out where to print
   */
  public static void helloWorld(NhsClient open, NhsClient application, NhsClient healthcareWorker,
      PrintStream out) {
    // @start region="hello-world"
    out.println(open.helloWorld().world());                    // no credentials
    out.println(application.helloWorld().application());       // API key or signed JWT
    out.println(healthcareWorker.helloWorld().user());         // a healthcare worker's token
    // @end
  }
}
