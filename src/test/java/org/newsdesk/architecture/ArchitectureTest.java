package org.newsdesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.Version;

/**
 * The layering the project relies on: JavaFX only in the UI, SQL only in the store,
 * a model that depends on nothing, services that never reach up into the UI, layers that
 * only depend downwards (model, text/store, services, ui/cli, app), no package cycles, and
 * view models without the scene graph.
 */
class ArchitectureTest {

    private static final String[] FX = {"javafx..", "org.fxmisc..", "org.controlsfx.."};
    private static final String[] DATABASE = {"org.jooq..", "java.sql..", "javax.sql..", "org.flywaydb..", "org.h2.."};
    private static final String[] SERVICES = {"org.newsdesk.store..", "org.newsdesk.text..", "org.newsdesk.json..",
            "org.newsdesk.i18n..", "org.newsdesk.model..", "org.newsdesk.cli..", "org.newsdesk.importer..",
            "org.newsdesk.export..", "org.newsdesk.search..", "org.newsdesk.sync..", "org.newsdesk.credentials..",
            "org.newsdesk.workflow..", "org.newsdesk.newsroom..",
            "org.newsdesk.prefs..", "org.newsdesk.proof.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() throws URISyntaxException {
        // Only the folder (or jar) the production classes were loaded from. DoNotIncludeTests
        // recognises test classes by a ".../target/test-classes/..." path, which a build with
        // its own output folder (-Dnewsdesk.build.dir) does not have, so keep to main's location.
        Path mainLocation = Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ImportOption onlyMainLocation = location -> {
            URI uri = location.asURI();
            return "file".equals(uri.getScheme())
                    ? Path.of(uri).startsWith(mainLocation)
                    : uri.toString().contains(mainLocation.toUri().getPath()); // jar:file:/...!/...
        };
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(onlyMainLocation)
                .importPackages("org.newsdesk");
    }

    @Test
    void theImportHoldsTheProductionClassesAndNoTests() {
        assertThat(main.contain("org.newsdesk.cli.NewsdeskCommand")).isTrue();
        assertThat(main.contain("org.newsdesk.app.Main")).isTrue();
        assertThat(main.contain("org.newsdesk.store.Store")).isTrue();
        assertThat(main.contain("org.newsdesk.model.Story")).isTrue();
        assertThat(main.contain("org.newsdesk.ui.main.MainView")).isTrue();
        assertThat(main.contain(ArchitectureTest.class)).isFalse();
        assertThat(main.stream().map(JavaClass::getSimpleName)).noneMatch(name -> name.endsWith("Test"));
    }

    @Test
    void onlyTheUiAndTheAppUseJavaFx() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("org.newsdesk.ui..", "org.newsdesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage(FX)
                .because("the CLI and the services must run without JavaFX");
        rule.check(main);
    }

    @Test
    void onlyTheStoreUsesTheDatabase() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.newsdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage(DATABASE)
                .because("jOOQ, JDBC, Flyway and H2 stay behind the store's API");
        rule.check(main);
    }

    @Test
    void onlyTheWindowsCredentialBindingUsesJna() {
        ArchRule rule = noClasses().that().doNotHaveFullyQualifiedName("org.newsdesk.credentials.WinCredApi")
                .and().doNotHaveFullyQualifiedName("org.newsdesk.credentials.WinCredApi$Advapi32")
                .and().doNotHaveFullyQualifiedName("org.newsdesk.credentials.WinCredApi$Library")
                .and().doNotHaveFullyQualifiedName("org.newsdesk.credentials.WinCredApi$Credential")
                .should().dependOnClassesThat().resideInAnyPackage("com.sun.jna..")
                .because("JNA is loaded only on Windows, when the Credential Manager is asked for");
        rule.check(main);
    }

    @Test
    void theModelDependsOnNothingButTheJdk() {
        ArchRule rule = classes().that().resideInAPackage("org.newsdesk.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.newsdesk.model..")
                .because("the model is plain data that every layer shares");
        rule.check(main);
    }

    @Test
    void servicesNeverReachIntoTheUiOrTheApp() {
        ArchRule rule = noClasses().that().resideInAnyPackage(SERVICES)
                .should().dependOnClassesThat().resideInAnyPackage("org.newsdesk.ui..", "org.newsdesk.app..")
                .because("the UI and the app sit on top of the services, not the other way round");
        rule.check(main);
    }

    @Test
    void theRootPackageNeverReachesIntoTheUiOrTheApp() {
        ArchRule rule = noClasses().that().resideInAPackage("org.newsdesk")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsdesk.ui..", "org.newsdesk.app..");
        rule.check(main);
    }

    @Test
    void theCliDoesNotUseTheUi() {
        ArchRule rule = noClasses().that().resideInAPackage("org.newsdesk.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.newsdesk.ui..")
                .because("`newsdesk list` must not load any window code");
        rule.check(main);
    }

    @Test
    void layersOnlyDependDownwards() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy("org.newsdesk.model..")
                // text, names and JSON of the model, the store (with the rules it enforces), its error texts
                .layer("Foundation").definedBy("org.newsdesk", "org.newsdesk.text..", "org.newsdesk.json..",
                        "org.newsdesk.workflow..", "org.newsdesk.store..", "org.newsdesk.i18n..")
                .layer("Services").definedBy("org.newsdesk.export..", "org.newsdesk.search..", "org.newsdesk.importer..",
                        "org.newsdesk.sync..", "org.newsdesk.credentials..", "org.newsdesk.prefs..", "org.newsdesk.newsroom..")
                .layer("Interfaces").definedBy("org.newsdesk.ui..", "org.newsdesk.cli..")
                .layer("App").definedBy("org.newsdesk.app..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Interfaces").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Interfaces", "App")
                .whereLayer("Foundation").mayOnlyBeAccessedByLayers("Services", "Interfaces", "App")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Foundation", "Services", "Interfaces", "App")
                .because("model <- text/store <- services <- ui/cli <- app: each layer only uses the ones below it");
        rule.check(main);
    }

    @Test
    void workflowRulesLiveInRoomsThatDependInOrder() {
        String w = "org.newsdesk.workflow";
        noClasses().should().resideInAPackage(w)
                .because("each workflow rule lives in the room of its job: metadata, names, sign-off, readiness, status, revisions")
                .check(main);
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Metadata").definedBy(w + ".metadata..")
                .layer("Names").definedBy(w + ".names..")
                .layer("SignOff").definedBy(w + ".signoff..")
                .layer("Readiness").definedBy(w + ".readiness..")
                .layer("Status").definedBy(w + ".status..")
                .layer("Revisions").definedBy(w + ".revisions..")
                .whereLayer("Metadata").mayOnlyBeAccessedByLayers("Names", "SignOff", "Readiness", "Status")
                .whereLayer("Readiness").mayOnlyBeAccessedByLayers("Status")
                .whereLayer("Names").mayNotBeAccessedByAnyLayer()
                .whereLayer("SignOff").mayNotBeAccessedByAnyLayer()
                .whereLayer("Status").mayNotBeAccessedByAnyLayer()
                .whereLayer("Revisions").mayNotBeAccessedByAnyLayer()
                .because("fields and their problems <- names, sign-off, readiness <- status transitions; revisions stand alone");
        rule.check(main);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("org.newsdesk.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void noPackagesHaveCycles() {
        // exception: jOOQ's generated code (org.newsdesk.store.jooq, its tables, keys and records)
        // refers back and forth between its packages by the generator's design; nothing else may
        slices().matching("org.newsdesk.(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.newsdesk.store.jooq.."), resideInAPackage("org.newsdesk.store.jooq.."))
                .check(main);
    }

    @Test
    void viewModelsDoNotUseTheSceneGraph() {
        String viewModel = ".*ViewModel(\\$.*)?"; // and the classes nested in one
        String media = "org.newsdesk.ui.media.MediaViewModel";
        ArchRule rule = noClasses().that().haveNameMatching(viewModel).and().haveNameNotMatching(media + "(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("a view model holds state and commands; nodes, events and dialogs belong to its view");
        rule.check(main);
        // exception: MediaViewModel makes the javafx.scene.media player (not a node) that its view's
        // MediaView shows; putting it behind the playback interface (FxMediaPlayback) is left for later
        noClasses().that().haveNameMatching(media + "(\\$.*)?")
                .should().dependOnClassesThat(resideInAPackage("javafx.scene..").and(not(resideInAPackage("javafx.scene.media"))))
                .check(main);
    }
}
