package dev.cnpolicy.parser.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser's layout as rules: no package cycles, no stage imports the orchestrator, and nothing
 * outside {@code dev.cnpolicy.parser} is public unless another internal package needs it. Runs
 * ArchUnit's rules from ordinary tests on the production classes only.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.cnpolicy.parser";
    private static final String ORCHESTRATOR = "dev.cnpolicy.parser.internal";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** Every package of the parser is a slice; a cycle between any two is a failure. */
    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching("dev.cnpolicy.(**)")
            .should().beFreeOfCycles();

    /** The stages and their helpers never reach back into the package that runs them. */
    static final ArchRule STAGES_DO_NOT_IMPORT_THE_ORCHESTRATOR = noClasses()
            .that().resideInAPackage(ORCHESTRATOR + ".(*)..")
            .should().dependOnClassesThat().resideInAPackage(ORCHESTRATOR)
            .as("no stage imports " + ORCHESTRATOR + " (the orchestrator's package)");

    /** Only the front door's package is API: nothing internal reaches back to it. */
    static final ArchRule INTERNALS_DO_NOT_IMPORT_THE_FRONT_DOOR = noClasses()
            .that().resideInAPackage(ORCHESTRATOR + "..")
            .should().dependOnClassesThat().resideInAPackage(ROOT);

    @Test
    void hasNoCyclesBetweenPackages() {
        assertPasses(NO_CYCLES_BETWEEN_PACKAGES);
    }

    @Test
    void stagesNeverImportTheOrchestrator() {
        assertPasses(STAGES_DO_NOT_IMPORT_THE_ORCHESTRATOR);
    }

    @Test
    void internalsNeverImportTheFrontDoor() {
        assertPasses(INTERNALS_DO_NOT_IMPORT_THE_FRONT_DOOR);
    }

    @Test
    void internalTypesArePublicOnlyWhereAnotherPackageUsesThem() {
        ArchRule rule = classes().that().resideInAPackage(ORCHESTRATOR + "..").and().arePublic()
                .and().areTopLevelClasses()
                .should(new ArchCondition<JavaClass>("be used from another package") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (!usedFromAnotherPackage(type)) {
                            events.add(SimpleConditionEvent.violated(type, type.getName()
                                    + " is public but only its own package uses it: make it package-private"));
                        }
                    }
                });
        assertPasses(rule);
    }

    @Test
    void theModuleExportsOnlyTheFrontDoor() {
        ModuleDescriptor module = ModuleFinder.of(Path.of("target", "classes")).find(ROOT)
                .orElseThrow(() -> new AssertionError("target/classes holds no module " + ROOT)).descriptor();
        assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly(ROOT);
        assertThat(module.exports()).allMatch(e -> !e.isQualified());
    }

    /**
     * Whether Java needs {@code type} public: another package depends on it, or it stands in the
     * signature of a public method of a type that another package uses ({@code Metadata.organizations()}).
     */
    private static boolean usedFromAnotherPackage(JavaClass type) {
        return usedFromAnotherPackage(type, new HashSet<>());
    }

    private static boolean usedFromAnotherPackage(JavaClass type, Set<JavaClass> seen) {
        if (!seen.add(type)) {
            return false;
        }
        boolean direct = type.getDirectDependenciesToSelf().stream()
                .anyMatch(d -> !d.getOriginClass().getPackageName().equals(type.getPackageName()));
        if (direct) {
            return true;
        }
        Set<JavaCodeUnit> signatures = new HashSet<>(type.getMethodsWithReturnTypeOfSelf());
        signatures.addAll(type.getMethodsWithParameterTypeOfSelf());
        signatures.addAll(type.getConstructorsWithParameterTypeOfSelf());
        return signatures.stream()
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaCodeUnit::getOwner)
                .filter(owner -> owner.getModifiers().contains(JavaModifier.PUBLIC) && !owner.equals(type))
                .anyMatch(owner -> usedFromAnotherPackage(owner, seen));
    }

    private static void assertPasses(ArchRule rule) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }
}
