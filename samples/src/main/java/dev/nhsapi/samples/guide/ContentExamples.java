package dev.nhsapi.samples.guide;

import dev.nhsapi.NhsClient;
import dev.nhsapi.websitecontent.ContentArea;
import dev.nhsapi.websitecontent.ContentPage;
import dev.nhsapi.websitecontent.ContentQuery;
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
   * {@code WebsiteContentClient}: a page, and a list of conditions.
   *
   * @param nhs the client
   * @return the conditions listed
   */
  public static List<ContentSummary> websiteContentClient(NhsClient nhs) {
    // @start region="website-content-client"
    ContentPage asthma = nhs.websiteContent().page(ContentArea.CONDITIONS, "asthma");
    List<ContentSummary> conditions = nhs.websiteContent()
        .list(ContentArea.CONDITIONS, ContentQuery.builder().category('A').build(), 100)
        .toList();
    // @end
    System.out.println(asthma.name() + " and " + conditions.size() + " conditions");
    return conditions;
  }

  /**
   * {@code ContentQuery}: pages changed since a date, newest first.
   *
   * @return the query
   */
  public static ContentQuery contentQuery() {
    // @start region="content-query"
    ContentQuery recent = ContentQuery.builder()
        .orderBy(ContentQuery.OrderBy.DATE_MODIFIED).startDate(LocalDate.of(2025, 1, 1)).build();
    // @end
    return recent;
  }

  /**
   * The {@code dev.nhsapi.content} package: a page's section headlines.
   *
   * @param nhs the client
   * @return the page
   */
  public static ContentPage contentPackage(NhsClient nhs) {
    // @start region="content-package"
    ContentPage asthma = nhs.websiteContent().page(ContentArea.CONDITIONS, "asthma");
    asthma.sections().forEach(section -> System.out.println(section.headline()));
    // @end
    return asthma;
  }
}
