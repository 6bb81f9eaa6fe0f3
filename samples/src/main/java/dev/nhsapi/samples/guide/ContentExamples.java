package dev.nhsapi.samples.guide;

import dev.nhsapi.NhsClient;
import dev.nhsapi.websitecontent.ContentArea;
import dev.nhsapi.websitecontent.ContentPage;
import dev.nhsapi.websitecontent.ContentSearch;
import dev.nhsapi.websitecontent.ContentSummary;
import dev.nhsapi.websitecontent.WebsiteContentClient;
import java.time.LocalDate;
import java.util.List;

/**
 * The examples in the Javadoc of the NHS website content API's types, compiled. Each method's parameters are the
 * names an example uses without declaring them.
 */
public final class ContentExamples {
  private ContentExamples() {}

  /**
   * {@code WebsiteContentClient}: a page, and a search of conditions.
   *
   * @param nhs the client
   * @return the conditions listed
   */
  public static List<ContentSummary> websiteContentClient(NhsClient nhs) {
    // @start region="website-content-client"
    ContentPage asthma = nhs.websiteContent().read(ContentArea.CONDITIONS, "asthma");
    List<ContentSummary> conditions = nhs.websiteContent()
        .search(ContentArea.CONDITIONS, ContentSearch.builder().category('A').build(), 100)
        .toList();
    // @end
    System.out.println(asthma.name() + " and " + conditions.size() + " conditions");
    return conditions;
  }

  /**
   * {@code ContentSearch}: pages changed since a date, newest first.
   *
   * @return the search
   */
  public static ContentSearch contentSearch() {
    // @start region="content-search"
    ContentSearch recent = ContentSearch.builder()
        .orderBy(ContentSearch.OrderBy.DATE_MODIFIED).startDate(LocalDate.of(2025, 1, 1)).build();
    // @end
    return recent;
  }

  /**
   * The {@code dev.nhsapi.websitecontent} package: a page's section headlines.
   *
   * @param nhs the client
   * @return the page
   */
  public static ContentPage contentPackage(NhsClient nhs) {
    // @start region="content-package"
    ContentPage asthma = nhs.websiteContent().read(ContentArea.CONDITIONS, "asthma");
    asthma.sections().forEach(section -> System.out.println(section.headline()));
    // @end
    return asthma;
  }
}
