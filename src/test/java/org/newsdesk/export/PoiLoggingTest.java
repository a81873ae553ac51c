package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.util.PropertiesUtil;
import org.junit.jupiter.api.Test;

/**
 * Apache POI logs through the Log4j API, which prints "could not find a logging provider" on
 * stderr at the first .docx export unless a provider is named: the command line's output must
 * stay the command's own.
 */
class PoiLoggingTest {

    @Test
    void theLog4jApiUsesItsSimpleLoggerInsteadOfComplainingAboutAMissingProvider() {
        // without it the API falls back to the same factory, but only after printing the complaint
        assertThat(PropertiesUtil.getProperties().getStringProperty("log4j2.loggerContextFactory"))
                .isEqualTo(SimpleLoggerContextFactory.class.getName());
        assertThat(LogManager.getFactory()).isInstanceOf(SimpleLoggerContextFactory.class);
    }
}
