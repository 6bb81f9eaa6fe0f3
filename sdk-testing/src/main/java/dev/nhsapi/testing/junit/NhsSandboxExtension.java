package dev.nhsapi.testing.junit;

import dev.nhsapi.NhsClient;
import dev.nhsapi.testing.NhsSandbox;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension behind {@link NhsSandboxTest}; register it through that annotation. Starts one
 * sandbox per test class (shared with {@code @Nested} classes), resets it before each test unless told not to, and
 * resolves parameters of type {@link NhsSandbox} and {@link NhsClient}.
 */
public final class NhsSandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
    ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(NhsSandboxExtension.class);
  private static final String API_KEY = "nhs-sandbox-test";

  /** Creates the extension; JUnit does this. */
  public NhsSandboxExtension() {}

  /** What one test class (and its nested classes) shares. */
  private record Session(String owner, NhsSandbox sandbox, NhsClient client, boolean resetBeforeEach) {}

  @Override
  public void beforeAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    if (store.get(Session.class, Session.class) != null) {
      return; // a nested class: its enclosing class's sandbox serves it
    }
    NhsSandboxTest settings = context.getTestClass()
        .flatMap(type -> AnnotationSupport.findAnnotation(type, NhsSandboxTest.class))
        .orElseThrow(() -> new IllegalStateException("register the extension with @NhsSandboxTest"));
    NhsSandbox sandbox = NhsSandbox.start();
    NhsClient.Builder client = NhsClient.builder().environment(sandbox.environment());
    switch (settings.access()) {
      case HEALTHCARE_WORKER -> client.credentials(sandbox.signInHealthcareWorker());
      case APPLICATION -> client.credentials(sandbox.registerApplication(API_KEY));
      case OPEN -> { }
    }
    store.put(Session.class,
        new Session(context.getUniqueId(), sandbox, client.build(), settings.resetBeforeEach()));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Session session = session(context);
    if (session != null && session.resetBeforeEach()) {
      session.sandbox().reset();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Session session = session(context);
    if (session != null && session.owner().equals(context.getUniqueId())) {
      session.sandbox().close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == NhsSandbox.class || type == NhsClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Session session = session(context);
    if (session == null) {
      throw new ParameterResolutionException("no NHS sandbox is running for " + context.getDisplayName());
    }
    return parameter.getParameter().getType() == NhsSandbox.class ? session.sandbox() : session.client();
  }

  /** The session of the test class, found from any context below it (stores look up through their parents). */
  private static @Nullable Session session(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(Session.class, Session.class);
  }
}
