package dev.nhsapi.fhir;

import java.util.Locale;

/** A person's administrative gender, FHIR's required binding: {@code male}, {@code female}, {@code other}, {@code unknown}. */
public enum AdministrativeGender {
  /** Male. */
  MALE,
  /** Female. */
  FEMALE,
  /** Other. */
  OTHER,
  /** Unknown. */
  UNKNOWN;

  /**
   * Returns the FHIR code.
   *
   * @return the code, for example {@code female}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the gender for a FHIR code.
   *
   * @param code the code
   * @return the gender
   * @throws IllegalArgumentException if the code is not one of the four
   */
  public static AdministrativeGender fromCode(String code) {
    for (AdministrativeGender gender : values()) {
      if (gender.code().equals(code)) {
        return gender;
      }
    }
    throw new IllegalArgumentException("gender must be male, female, other or unknown");
  }
}
