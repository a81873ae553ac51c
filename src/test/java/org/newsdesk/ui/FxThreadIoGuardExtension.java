package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Arms the {@link FxThreadIoGuard} around every test of a class that runs the JavaFX toolkit
 * (extended with TestFX's {@link ApplicationExtension}): a store access or delivery attempt on
 * the FX thread fails the test with the stack that made it. Registered for all tests
 * (META-INF/services, junit-platform.properties); other tests are left alone.
 */
public final class FxThreadIoGuardExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        if (runsTheToolkit(context)) {
            FxThreadIoGuard.arm();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!runsTheToolkit(context)) {
            return;
        }
        List<String> violations = FxThreadIoGuard.violations();
        FxThreadIoGuard.disarm();
        if (!violations.isEmpty() && context.getExecutionException().isEmpty()) {
            fail(violations.size() + " store or delivery access(es) on the FX thread:\n" + String.join("\n", violations));
        }
    }

    private static boolean runsTheToolkit(ExtensionContext context) {
        for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
            ExtendWith with = c.getAnnotation(ExtendWith.class);
            if (with != null && List.of(with.value()).contains(ApplicationExtension.class)) {
                return true;
            }
        }
        return false;
    }
}
