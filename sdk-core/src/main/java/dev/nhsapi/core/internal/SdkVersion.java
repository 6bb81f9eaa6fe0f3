package dev.nhsapi.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version, from a resource the build fills in. */
final class SdkVersion {
  static final String VERSION = load();

  private SdkVersion() {}

  private static String load() {
    Properties properties = new Properties();
    try (InputStream in = SdkVersion.class.getResourceAsStream("nhsapi-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
