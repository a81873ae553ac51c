package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Arms the {@link FxThreadIoGuard} around every test: a store access or delivery attempt on the
 * FX thread fails the test with the stack that made it. Registered for all tests
 * (META-INF/services, junit-platform.properties), so it covers every window test however it starts
 * the toolkit (TestFX's ApplicationExtension, FxToolkit, Platform.startup); a test without the
 * toolkit has no FX thread and so nothing to report. Tests run one at a time in a test JVM (the
 * guard is one switch per JVM).
 */
public final class FxThreadIoGuardExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        FxThreadIoGuard.arm();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> violations = FxThreadIoGuard.violations();
        FxThreadIoGuard.disarm();
        if (!violations.isEmpty() && context.getExecutionException().isEmpty()) {
            fail(violations.size() + " store or delivery access(es) on the FX thread:\n" + String.join("\n", violations));
        }
    }
}
