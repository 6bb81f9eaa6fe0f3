package dev.nhsapi.websitecontent;

/**
 * An area of the NHS website that the NHS website content API serves, each under its own path: the Health A to
 * Z ({@code /conditions}), the Medicines A to Z ({@code /medicines}), and the hubs for mental health, pregnancy,
 * living well, symptoms, tests and treatments, common health questions and NHS services.
 */
public enum ContentArea {
  /** The Health A to Z of conditions, {@code /conditions}. */
  CONDITIONS("conditions"),
  /** The Medicines A to Z, {@code /medicines}. */
  MEDICINES("medicines"),
  /** The mental health hub, {@code /mental-health}. */
  MENTAL_HEALTH("mental-health"),
  /** The pregnancy hub, {@code /pregnancy}. */
  PREGNANCY("pregnancy"),
  /** The Live Well hub, {@code /live-well}. */
  LIVE_WELL("live-well"),
  /** Symptoms, {@code /symptoms}. */
  SYMPTOMS("symptoms"),
  /** Tests and treatments, {@code /tests-and-treatments}. */
  TESTS_AND_TREATMENTS("tests-and-treatments"),
  /** Common health questions, {@code /common-health-questions}. */
  COMMON_HEALTH_QUESTIONS("common-health-questions"),
  /** Information about NHS services, {@code /nhs-services}. */
  NHS_SERVICES("nhs-services");

  private final String segment;

  ContentArea(String segment) {
    this.segment = segment;
  }

  /**
   * Returns the area's path under the API's base path, such as {@code /conditions}.
   *
   * @return the path
   */
  public String path() {
    return "/" + segment;
  }
}
