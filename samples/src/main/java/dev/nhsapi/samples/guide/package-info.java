/**
 * The code of the guides in the API site ({@code javadoc/src/main/javadoc/doc-files}) and of the examples in the
 * SDK's Javadoc, compiled. Each example sits between {@code // @start region="..."} and {@code // @end} markers, and
 * {@code GuideExamplesTest} checks that every code block of every guide and every {@code <pre>} example in the SDK's
 * Javadoc is one of these regions, verbatim, so the documentation cannot drift from code that builds.
 */
package dev.nhsapi.samples.guide;
