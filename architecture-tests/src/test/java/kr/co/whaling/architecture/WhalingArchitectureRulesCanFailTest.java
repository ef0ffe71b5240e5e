package kr.co.whaling.architecture;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kr.co.whaling.architecture.WhalingArchitecture.NamedRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every architecture rule can fail, and fails only where it should.
 *
 * <p>{@code fixture.whaling} (test sources of this module, outside {@code kr.co.whaling} so it never
 * mixes with the production import) mirrors the Whaling packages. Its well-formed classes must pass
 * every rule; each class named {@code Broken...} breaks rules on purpose, and each rule must report
 * exactly the broken classes listed for it below, and nothing else.
 */
class WhalingArchitectureRulesCanFailTest {

    private static final String ROOT = "fixture.whaling";
    private static final WhalingArchitecture RULES = WhalingArchitecture.rootedAt(ROOT);

    private static final JavaClasses WITH_BROKEN = new ClassFileImporter().importPackages(ROOT);
    private static final JavaClasses WELL_FORMED = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/Broken"))
            .importPackages(ROOT);

    /** For each rule, the planted offenders (relative to {@link #ROOT}) it must report. */
    private static final Map<String, List<String>> OFFENDERS = Map.ofEntries(
            entry("rings", List.of(
                    "domain.thing.BrokenAdapterAwareThing",
                    "application.port.in.BrokenServiceAwareUseCase",
                    "application.port.out.BrokenAdapterLeakPort",
                    "adapter.in.web.BrokenServiceController",
                    "adapter.in.web.BrokenPortOutController",
                    "adapter.in.web.BrokenPortOutMapper",
                    "adapter.in.web.BrokenNamedOnlyController",
                    "adapter.out.persistence.BrokenUseCaseCallingAdapter",
                    "adapter.out.upbit.BrokenBootstrapAwareClient")),
            entry("domain_depends_on_the_jdk_only", List.of(
                    "domain.thing.BrokenSpringThing",
                    "domain.thing.BrokenEmbeddableThing",
                    "domain.thing.BrokenColumnThing",
                    "domain.thing.BrokenComponentThing",
                    "domain.thing.BrokenAdapterAwareThing")),
            entry("domain_carries_no_framework_annotation", List.of(
                    "domain.thing.BrokenEmbeddableThing",
                    "domain.thing.BrokenColumnThing",
                    "domain.thing.BrokenComponentThing")),
            entry("application_depends_on_domain_and_spring_tx_only", List.of(
                    "application.port.out.BrokenAdapterLeakPort",
                    "application.service.BrokenJpaService",
                    "application.service.BrokenStereotypedService")),
            entry("core_depends_on_no_adapter_nor_bootstrap", List.of(
                    "domain.thing.BrokenAdapterAwareThing",
                    "application.port.out.BrokenAdapterLeakPort")),
            entry("adapters_do_not_depend_on_each_other", List.of(
                    "adapter.out.upbit.BrokenCrossAdapterClient",
                    "adapter.out.csv.BrokenUpbitBackedCsvSource")),
            entry("adapters_do_not_depend_on_services", List.of(
                    "adapter.in.web.BrokenServiceController")),
            entry("only_bootstrap_depends_on_services", List.of(
                    "adapter.in.web.BrokenServiceController",
                    "application.port.in.BrokenServiceAwareUseCase")),
            entry("nothing_depends_on_bootstrap", List.of(
                    "adapter.out.upbit.BrokenBootstrapAwareClient")),
            entry("batch_uses_no_spring_web_persistence_service_nor_bootstrap", List.of(
                    "batch.BrokenSpringAwareTool",
                    "batch.BrokenWebAwareTool")),
            entry("controllers_reach_the_core_through_ports_in_and_domain", List.of(
                    "adapter.in.web.BrokenServiceController",
                    "adapter.in.web.BrokenPortOutController",
                    "adapter.in.web.BrokenNamedOnlyController")),
            entry("controllers_never_use_ports_out", List.of(
                    "adapter.in.web.BrokenPortOutController",
                    "adapter.in.web.BrokenNamedOnlyController")),
            entry("web_adapter_uses_no_outgoing_port", List.of(
                    "adapter.in.web.BrokenPortOutController",
                    "adapter.in.web.BrokenNamedOnlyController",
                    "adapter.in.web.BrokenPortOutMapper")),
            entry("outgoing_adapters_never_call_use_cases", List.of(
                    "adapter.out.persistence.BrokenUseCaseCallingAdapter")),
            entry("outgoing_adapters_implement_ports_out", List.of(
                    "adapter.out.kakao.BrokenPortlessAdapter")),
            entry("ports_out_are_implemented_by_outgoing_adapters_only", List.of(
                    "bootstrap.BrokenBootstrapPortImpl")),
            entry("rings_are_free_of_cycles", List.of(
                    "domain.thing.BrokenAdapterAwareThing",
                    "application.port.out.BrokenAdapterLeakPort",
                    "adapter.out.upbit.BrokenBootstrapAwareClient")),
            entry("domain_packages_are_free_of_cycles", List.of(
                    "domain.ledger.BrokenOwnerAwareEntry")),
            entry("application_packages_are_free_of_cycles", List.of(
                    "application.port.in.BrokenServiceAwareUseCase")),
            entry("adapter_packages_are_free_of_cycles", List.of(
                    "adapter.out.persistence.entity.BrokenCyclicEntityListener")),
            entry("port_in_types_are_use_cases_commands_or_queries", List.of(
                    "application.port.in.BrokenThingRequest")),
            entry("use_cases_are_interfaces_with_one_method", List.of(
                    "application.port.in.BrokenClassUseCase",
                    "application.port.in.BrokenTwoMethodUseCase")),
            entry("commands_and_queries_are_records", List.of(
                    "application.port.in.BrokenMutableCommand")),
            entry("port_out_types_are_ports_or_exceptions", List.of(
                    "application.port.out.BrokenThingLoader",
                    "application.port.out.BrokenThingFailure")),
            entry("services_are_named_service_and_implement_a_use_case", List.of(
                    "application.service.BrokenThingManager",
                    "application.service.BrokenUnrelatedService")),
            entry("core_carries_no_spring_stereotype", List.of(
                    "domain.thing.BrokenComponentThing",
                    "application.service.BrokenStereotypedService")),
            entry("jpa_entities_are_named_jpa_entity", List.of(
                    "adapter.out.persistence.BrokenThingEntity")),
            entry("spring_data_repositories_are_named_spring_data_repository", List.of(
                    "adapter.out.persistence.BrokenThingRepository")),
            entry("controllers_live_in_the_web_adapter", List.of(
                    "adapter.out.upbit.BrokenMisplacedController",
                    "bootstrap.BrokenBootstrapEndpoint")));

    static List<NamedRule> rules() {
        return RULES.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void holds_for_the_well_formed_fixture(NamedRule rule) {
        rule.rule().check(WELL_FORMED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reports_exactly_the_planted_offenders(NamedRule rule) {
        List<String> offenders = OFFENDERS.getOrDefault(rule.name(), List.of()).stream()
                .map(name -> ROOT + "." + name)
                .toList();
        assertThat(offenders).as("planted offenders for rule %s", rule.name()).isNotEmpty();

        EvaluationResult result = rule.rule().evaluate(WITH_BROKEN);

        assertThat(result.hasViolation()).as("rule %s reports a violation", rule.name()).isTrue();
        List<String> details = result.getFailureReport().getDetails();
        for (String offender : offenders) {
            assertThat(details).as("violations of %s mention %s", rule.name(), offender)
                    .anyMatch(detail -> mentions(detail, offender));
        }
        assertThat(details).as("violations of %s that name no planted offender", rule.name())
                .allMatch(detail -> offenders.stream().anyMatch(offender -> mentions(detail, offender)));
    }

    @Test
    void the_offender_table_names_only_existing_rules() {
        Set<String> ruleNames = RULES.all().stream().map(NamedRule::name).collect(Collectors.toSet());

        assertThat(ruleNames).containsExactlyInAnyOrderElementsOf(OFFENDERS.keySet());
    }

    @Test
    void every_broken_fixture_class_is_caught_by_some_rule() {
        Set<String> planted = OFFENDERS.values().stream()
                .flatMap(Collection::stream)
                .map(name -> ROOT + "." + name)
                .collect(Collectors.toSet());
        Set<String> brokenClasses = WITH_BROKEN.stream()
                .filter(JavaClass::isTopLevelClass)
                .map(JavaClass::getName)
                .filter(name -> name.substring(name.lastIndexOf('.') + 1).startsWith("Broken"))
                .collect(Collectors.toSet());

        assertThat(brokenClasses).isNotEmpty().containsExactlyInAnyOrderElementsOf(planted);
    }

    @Test
    void the_well_formed_fixture_has_no_broken_class() {
        assertThat(WELL_FORMED.stream().map(JavaClass::getSimpleName)).noneMatch(name -> name.startsWith("Broken"))
                .isNotEmpty();
    }

    /** True when the violation text names the class itself (not merely a class whose name starts the same). */
    private static boolean mentions(String detail, String className) {
        return Pattern.compile(Pattern.quote(className) + "(?![\\w])").matcher(detail).find();
    }
}
