package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.websitecontent.ContentArea;
import dev.nhsapi.websitecontent.ContentPage;
import dev.nhsapi.websitecontent.ContentSearch;
import dev.nhsapi.websitecontent.ContentSection;
import dev.nhsapi.websitecontent.ContentSummary;
import java.io.PrintStream;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The NHS website content API: lists the Health A to Z's conditions starting with A, then shows the asthma
 * page's sections, with the attribution the API's terms ask for.
 *
 * <p>It takes the application's API key ({@code NHS_API_KEY} on INT). On the embedded sandbox the key is set up for
 * you, and the pages are sample text written for testing.
 */
public final class ConditionInfo {
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private ConditionInfo() {}

  /**
   * Runs the sample.
   *
   * @param args {@code --env embedded|sandbox|int}, or nothing for the embedded sandbox
   */
  public static void main(String[] args) {
    SampleEnvironment.main(args, SampleEnvironment.Access.API_KEY, ConditionInfo::run);
  }

  static void run(SampleEnvironment environment, PrintStream out) throws SampleEnvironment.SetupException {
    NhsClient nhs = environment.client();

    // The list follows the API's pages (25 to a page) lazily, up to 10 results.
    out.println("Health A to Z, conditions starting with A:");
    nhs.websiteContent().search(ContentArea.CONDITIONS, ContentSearch.builder().category('A').build(), 10)
        .map(ContentSummary::name).forEach(name -> out.println("  " + name));

    printPage(nhs.websiteContent().read(ContentArea.CONDITIONS, "asthma"), out);
  }

  /** Prints a page's title, review date and sections as plain text, then the attribution. */
  static void printPage(ContentPage page, PrintStream out) {
    out.println(page.name() + (page.lastReviewed() == null ? "" : ", last reviewed "
        + page.lastReviewed().toLocalDate()) + ":");
    for (ContentSection section : page.sections()) {
      out.println("  " + section.headline() + ": " + plainText(section));
    }
    out.println("Content supplied by the NHS website: " + page.webpage());
  }

  /** The text of a section and its parts, without HTML tags. */
  private static String plainText(ContentSection section) {
    return Stream.concat(Stream.ofNullable(section.text()), section.parts().stream().map(ConditionInfo::plainText))
        .map(text -> TAG.matcher(text).replaceAll("").strip()).filter(text -> !text.isEmpty())
        .collect(Collectors.joining(" "));
  }
}
