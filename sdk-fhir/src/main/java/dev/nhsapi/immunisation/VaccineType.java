package dev.nhsapi.immunisation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A disease type the Immunisation FHIR API files vaccinations under, such as {@code FLU} or {@code RSV}: the values
 * of its {@code -immunization.target} search parameter. The constants are the types the API lists today;
 * {@link #of(String)} names one added later.
 *
 * @param code the code, such as {@code FLU}
 */
public record VaccineType(String code) {
  private static final Pattern CODE = Pattern.compile("[0-9A-Z]{2,20}");

  /** Tetanus, diphtheria and polio ({@code 3IN1}). */
  public static final VaccineType THREE_IN_ONE = new VaccineType("3IN1");

  /** Coronavirus ({@code COVID}). */
  public static final VaccineType COVID = new VaccineType("COVID");

  /** Influenza ({@code FLU}). */
  public static final VaccineType FLU = new VaccineType("FLU");

  /** Human papillomavirus ({@code HPV}). */
  public static final VaccineType HPV = new VaccineType("HPV");

  /** Meningococcal groups A, C, W and Y ({@code MENACWY}). */
  public static final VaccineType MENACWY = new VaccineType("MENACWY");

  /** Measles, mumps and rubella ({@code MMR}). */
  public static final VaccineType MMR = new VaccineType("MMR");

  /** Measles, mumps, rubella and varicella ({@code MMRV}). */
  public static final VaccineType MMRV = new VaccineType("MMRV");

  /** Pertussis ({@code PERTUSSIS}). */
  public static final VaccineType PERTUSSIS = new VaccineType("PERTUSSIS");

  /** Pneumococcal disease ({@code PNEUMOCOCCAL}). */
  public static final VaccineType PNEUMOCOCCAL = new VaccineType("PNEUMOCOCCAL");

  /** Respiratory syncytial virus ({@code RSV}). */
  public static final VaccineType RSV = new VaccineType("RSV");

  /** Herpes zoster ({@code SHINGLES}). */
  public static final VaccineType SHINGLES = new VaccineType("SHINGLES");

  /**
   * Validates the code.
   *
   * @param code the code
   * @throws IllegalArgumentException if it is not 2 to 20 upper-case letters and digits
   * @throws NullPointerException if {@code code} is null
   */
  public VaccineType {
    Objects.requireNonNull(code, "code == null");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a vaccine type is 2 to 20 upper-case letters and digits, such as FLU");
    }
  }

  /**
   * Returns the vaccine type with this code.
   *
   * @param code the code, such as {@code FLU}
   * @return the vaccine type
   * @throws IllegalArgumentException if it is not 2 to 20 upper-case letters and digits
   * @throws NullPointerException if {@code code} is null
   */
  public static VaccineType of(String code) {
    return new VaccineType(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
