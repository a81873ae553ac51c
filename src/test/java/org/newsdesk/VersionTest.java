package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VersionTest {

    @AfterEach
    void forgetThePackage() {
        System.clearProperty(Version.PACKAGE_VERSION);
    }

    @Test
    void aBuildRunFromTheJarNamesTheBuildsVersion() {
        System.clearProperty(Version.PACKAGE_VERSION);

        assertThat(Version.current()).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
    }

    @Test
    void anInstalledPackageNamesThePackagesVersionNotTheSnapshot() {
        System.setProperty(Version.PACKAGE_VERSION, "0.1.0");

        assertThat(Version.current()).isEqualTo("0.1.0");
    }
}
