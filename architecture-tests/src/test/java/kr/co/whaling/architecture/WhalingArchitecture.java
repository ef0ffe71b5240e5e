package kr.co.whaling.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.conditions.ArchConditions.implement;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of spec/architecture.md and conventions.md, for a code base whose root package is given.
 *
 * <p>The same rule objects are checked against the production code ({@code kr.co.whaling}), where
 * they must hold, and against the deliberately broken fixture ({@code fixture.whaling}), where they
 * must report exactly the planted offenders: that is what proves each rule can fail.
 */
public final class WhalingArchitecture {

    private static final String SPRING_CONTROLLER = "org.springframework.stereotype.Controller";
    private static final String SPRING_COMPONENT = "org.springframework.stereotype.Component";
    private static final String JPA_ENTITY = "jakarta.persistence.Entity";
    private static final String SPRING_DATA_REPOSITORY = "org.springframework.data.repository.Repository";

    /** Frameworks whose annotations would turn a domain object into something other than plain Java. */
    private static final String[] FRAMEWORK_PACKAGES = {
        "org.springframework..", "jakarta..", "javax..", "lombok..", "com.fasterxml..", "tools.jackson..",
        "org.hibernate.."
    };

    private final String root;
    private final String domain;
    private final String application;
    private final String portIn;
    private final String portInTypes;
    private final String portOut;
    private final String portOutTypes;
    private final String services;
    private final String adapters;
    private final String web;
    private final String outgoingAdapters;
    private final String persistence;
    private final String bootstrap;
    private final String batch;

    private WhalingArchitecture(String root) {
        this.root = root;
        this.domain = root + ".domain..";
        this.application = root + ".application..";
        this.portIn = root + ".application..port.in..";
        this.portInTypes = root + ".application..port.in";
        this.portOut = root + ".application..port.out..";
        this.portOutTypes = root + ".application..port.out";
        this.services = root + ".application..service..";
        this.adapters = root + ".adapter..";
        this.web = root + ".adapter.in.web..";
        this.outgoingAdapters = root + ".adapter.out..";
        this.persistence = root + ".adapter.out.persistence..";
        this.bootstrap = root + ".bootstrap..";
        this.batch = root + ".batch..";
    }

    /** The rules for the code base rooted at {@code rootPackage} (e.g. {@code kr.co.whaling}). */
    public static WhalingArchitecture rootedAt(String rootPackage) {
        return new WhalingArchitecture(rootPackage);
    }

    /** A rule with a stable name, so that tests can address it and reports can cite it. */
    public record NamedRule(String name, ArchRule rule) {

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The rings of architecture.md in one rule: who may use whom. Feature models, feature exceptions
     * and {@code application.shared} belong to no layer here (both port sides and the web use them);
     * the rules below this one give the details.
     */
    public ArchRule rings() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy(domain)
                .layer("ports in").definedBy(portIn)
                .layer("ports out").definedBy(portOut)
                .layer("services").definedBy(services)
                .layer("web").definedBy(web)
                .layer("outgoing adapters").definedBy(outgoingAdapters)
                .layer("bootstrap").definedBy(bootstrap)
                .whereLayer("bootstrap").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("bootstrap")
                .whereLayer("outgoing adapters").mayOnlyBeAccessedByLayers("bootstrap")
                .whereLayer("services").mayOnlyBeAccessedByLayers("bootstrap")
                .whereLayer("ports in").mayOnlyBeAccessedByLayers("services", "web", "bootstrap")
                .whereLayer("ports out").mayOnlyBeAccessedByLayers("services", "outgoing adapters", "bootstrap")
                .because("dependencies point inward only, and each adapter reaches the core through its ports");
    }

    /** Every rule: the rings first, then the dependency rules in detail, then the naming rules. */
    public List<NamedRule> all() {
        List<NamedRule> rules = new ArrayList<>();
        rules.add(new NamedRule("rings", rings()));
        rules.add(new NamedRule("domain_depends_on_the_jdk_only", domainDependsOnTheJdkOnly()));
        rules.add(new NamedRule("domain_carries_no_framework_annotation", domainCarriesNoFrameworkAnnotation()));
        rules.add(new NamedRule("application_depends_on_domain_and_spring_tx_only",
                applicationDependsOnDomainAndSpringTxOnly()));
        rules.add(new NamedRule("core_depends_on_no_adapter_nor_bootstrap", coreDependsOnNoAdapterNorBootstrap()));
        rules.add(new NamedRule("adapters_do_not_depend_on_each_other", adaptersDoNotDependOnEachOther()));
        rules.add(new NamedRule("adapters_do_not_depend_on_services", adaptersDoNotDependOnServices()));
        rules.add(new NamedRule("only_bootstrap_depends_on_services", onlyBootstrapDependsOnServices()));
        rules.add(new NamedRule("nothing_depends_on_bootstrap", nothingDependsOnBootstrap()));
        rules.add(new NamedRule("batch_uses_no_spring_web_persistence_service_nor_bootstrap",
                batchUsesNoSpringWebPersistenceServiceNorBootstrap()));
        rules.add(new NamedRule("controllers_reach_the_core_through_ports_in_and_domain",
                controllersReachTheCoreThroughPortsInAndDomain()));
        rules.add(new NamedRule("controllers_never_use_ports_out", controllersNeverUsePortsOut()));
        rules.add(new NamedRule("web_adapter_uses_no_outgoing_port", webAdapterUsesNoOutgoingPort()));
        rules.add(new NamedRule("outgoing_adapters_never_call_use_cases", outgoingAdaptersNeverCallUseCases()));
        rules.add(new NamedRule("outgoing_adapters_implement_ports_out", outgoingAdaptersImplementPortsOut()));
        rules.add(new NamedRule("ports_out_are_implemented_by_outgoing_adapters_only",
                portsOutAreImplementedByOutgoingAdaptersOnly()));
        rules.add(new NamedRule("rings_are_free_of_cycles", ringsAreFreeOfCycles()));
        rules.add(new NamedRule("domain_packages_are_free_of_cycles", domainPackagesAreFreeOfCycles()));
        rules.add(new NamedRule("application_packages_are_free_of_cycles", applicationPackagesAreFreeOfCycles()));
        rules.add(new NamedRule("adapter_packages_are_free_of_cycles", adapterPackagesAreFreeOfCycles()));
        rules.add(new NamedRule("port_in_types_are_use_cases_commands_or_queries",
                portInTypesAreUseCasesCommandsOrQueries()));
        rules.add(new NamedRule("use_cases_are_interfaces_with_one_method", useCasesAreInterfacesWithOneMethod()));
        rules.add(new NamedRule("commands_and_queries_are_records", commandsAndQueriesAreRecords()));
        rules.add(new NamedRule("port_out_types_are_ports_or_exceptions", portOutTypesArePortsOrExceptions()));
        rules.add(new NamedRule("services_are_named_service_and_implement_a_use_case",
                servicesAreNamedServiceAndImplementAUseCase()));
        rules.add(new NamedRule("core_carries_no_spring_stereotype", coreCarriesNoSpringStereotype()));
        rules.add(new NamedRule("jpa_entities_are_named_jpa_entity", jpaEntitiesAreNamedJpaEntity()));
        rules.add(new NamedRule("spring_data_repositories_are_named_spring_data_repository",
                springDataRepositoriesAreNamedSpringDataRepository()));
        rules.add(new NamedRule("controllers_live_in_the_web_adapter", controllersLiveInTheWebAdapter()));
        return List.copyOf(rules);
    }

    // ---- dependency rules (the module table of spec/architecture.md) ----

    /** Domain: the JDK only. No Spring, JPA, Jackson, Lombok, jakarta, nor any outer ring. */
    public ArchRule domainDependsOnTheJdkOnly() {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain)
                .because("the domain is plain Java, reusable as a jar by batch tools (architecture.md)");
    }

    /**
     * Domain classes and their members carry no framework annotation. The JDK-only rule already
     * forbids them; this one names the mistake directly (an {@code @Entity} or {@code @Component}
     * slipped onto a domain object).
     */
    public ArchRule domainCarriesNoFrameworkAnnotation() {
        return classes().that().resideInAPackage(domain)
                .should(carryNoAnnotationFrom(FRAMEWORK_PACKAGES))
                .because("domain objects are mapped by adapters, never annotated for a framework (conventions.md)");
    }

    /** Application: domain, itself, and spring-tx (for {@code @Transactional}) and nothing else. */
    public ArchRule applicationDependsOnDomainAndSpringTxOnly() {
        return classes().that().resideInAPackage(application)
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", domain, application, "org.springframework.transaction..")
                .because("@Transactional is the one Spring annotation the application ring may use (architecture.md)");
    }

    /** Neither domain nor application know any adapter or the bootstrap wiring. */
    public ArchRule coreDependsOnNoAdapterNorBootstrap() {
        return noClasses().that().resideInAnyPackage(domain, application)
                .should().dependOnClassesThat().resideInAnyPackage(adapters, bootstrap, root)
                .because("dependencies point inward only (architecture.md)");
    }

    /** Every adapter ({@code adapter.in.web}, {@code adapter.out.persistence}, ...) stands alone. */
    public ArchRule adaptersDoNotDependOnEachOther() {
        return slices().matching(root + ".adapter.(*).(*)..").namingSlices("adapter $1.$2")
                .should().notDependOnEachOther()
                .because("no adapter depends on another adapter (architecture.md)");
    }

    /** Adapters talk to ports, never to the services behind them. */
    public ArchRule adaptersDoNotDependOnServices() {
        return noClasses().that().resideInAPackage(adapters)
                .should().dependOnClassesThat().resideInAPackage(services)
                .because("controllers call port.in interfaces, never services (architecture.md)");
    }

    /** Services are built by bootstrap's @Bean methods; nobody else names them. */
    public ArchRule onlyBootstrapDependsOnServices() {
        return noClasses().that().resideOutsideOfPackages(root, bootstrap, services)
                .should().dependOnClassesThat().resideInAPackage(services)
                .because("only bootstrap wires services; everyone else sees the use-case interfaces");
    }

    /** Bootstrap is the outermost ring: it may use everything, nothing uses it. */
    public ArchRule nothingDependsOnBootstrap() {
        return noClasses().that().resideOutsideOfPackages(root, bootstrap)
                .should().dependOnClassesThat().resideInAnyPackage(root, bootstrap)
                .because("bootstrap wires the rings together and is known by none of them");
    }

    /**
     * The batch tools are plain Java on the domain, the ports and the price-source adapters: no
     * Spring, and neither the web adapter, the (Spring) persistence adapter, a service nor bootstrap.
     */
    public ArchRule batchUsesNoSpringWebPersistenceServiceNorBootstrap() {
        return noClasses().that().resideInAPackage(batch)
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", web, persistence, services, bootstrap)
                .because("batch runs on the domain jar, the ports and the price-source adapters (architecture.md)");
    }

    /**
     * Controllers reach the core only through port.in (use cases, commands, queries), the features'
     * read models and exceptions, and domain types; besides that their own web package and libraries.
     */
    public ArchRule controllersReachTheCoreThroughPortsInAndDomain() {
        return classes().that(areControllers())
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(root + "..")
                        .or(resideInAnyPackage(domain, web))
                        .or(resideInAPackage(application).and(resideOutsideOfPackages(portOut, services)))
                        .as("reside outside of '%s..', in the domain, the web adapter or the application "
                                + "outside port.out and services", root))
                .because("controllers call port.in interfaces (architecture.md)");
    }

    /** Controllers never touch an outgoing port, not even its exceptions. */
    public ArchRule controllersNeverUsePortsOut() {
        return noClasses().that(areControllers())
                .should().dependOnClassesThat().resideInAPackage(portOut)
                .because("a controller that loads or saves through port.out bypasses the use case");
    }

    /**
     * The web adapter as a whole uses no outgoing port, not even an exception: failures the web
     * maps to a status live in the feature's own package (e.g. {@code application.coin}).
     */
    public ArchRule webAdapterUsesNoOutgoingPort() {
        return noClasses().that().resideInAPackage(web)
                .should().dependOnClassesThat().resideInAPackage(portOut)
                .because("adapter-web may depend on the ports in only (architecture.md)");
    }

    /** Outgoing adapters serve the core; calling a use case from one would turn the flow around. */
    public ArchRule outgoingAdaptersNeverCallUseCases() {
        return noClasses().that().resideInAPackage(outgoingAdapters)
                .should().dependOnClassesThat(resideInAPackage(portIn).and(simpleNameEndingWith("UseCase"))
                        .as("are use cases"))
                .because("outgoing adapters implement ports out and depend on nothing else of the application");
    }

    /** Each {@code *Adapter} of an outgoing adapter implements at least one port.out interface. */
    public ArchRule outgoingAdaptersImplementPortsOut() {
        return classes().that().resideInAPackage(outgoingAdapters)
                .and().haveSimpleNameEndingWith("Adapter").and().areTopLevelClasses()
                .should(implement(resideInAPackage(portOut).as("a port.out interface")))
                .because("an outgoing adapter is the implementation of what the core needs (architecture.md)");
    }

    /** Ports out are implemented by outgoing adapters, never by the core, the web adapter or bootstrap. */
    public ArchRule portsOutAreImplementedByOutgoingAdaptersOnly() {
        return classes().that().implement(resideInAPackage(portOut).as("a port.out interface"))
                .should().resideInAPackage(outgoingAdapters)
                .because("the port.out persistence, price and identity adapters live in the adapter modules");
    }

    /** No cycle between the rings (domain, application, adapter, bootstrap). */
    public ArchRule ringsAreFreeOfCycles() {
        return slices().matching(root + ".(*)..").namingSlices("ring $1")
                .should().beFreeOfCycles()
                .because("dependencies point inward only (architecture.md)");
    }

    /**
     * The domain's concept packages form no cycle: ids, exceptions and the clock live in
     * {@code shared}, a question's terms in {@code terms}, and {@code vote} (with {@code GameRules})
     * sits on top of the others.
     */
    public ArchRule domainPackagesAreFreeOfCycles() {
        return slices().matching(root + ".domain.(*)..").namingSlices("domain.$1")
                .should().beFreeOfCycles()
                .because("each domain concept can be read, tested and reused without the ones above it");
    }

    /** The features' port.in, model, port.out and service packages form no cycle. */
    public ArchRule applicationPackagesAreFreeOfCycles() {
        return slices().matching(root + ".application.(**)").namingSlices("application.$1")
                .should().beFreeOfCycles()
                .because("ports are the stable center of the application ring, services sit on top of them");
    }

    /** The packages inside the adapters form no cycle. */
    public ArchRule adapterPackagesAreFreeOfCycles() {
        return slices().matching(root + ".adapter.(**)").namingSlices("adapter.$1")
                .should().beFreeOfCycles()
                .because("each adapter is a small layered translator, not a tangle");
    }

    // ---- naming rules (conventions.md) ----

    /** Top-level types of port.in are use cases, commands or queries; read models live in the feature's model package. */
    public ArchRule portInTypesAreUseCasesCommandsOrQueries() {
        return classes().that().resideInAPackage(portInTypes).and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("UseCase")
                .orShould().haveSimpleNameEndingWith("Command")
                .orShould().haveSimpleNameEndingWith("Query")
                .because("names say what a thing is: CreateVoteUseCase, CreateVoteCommand, GetVoteQuery (conventions.md)");
    }

    /** A use case is an interface with one method. */
    public ArchRule useCasesAreInterfacesWithOneMethod() {
        return classes().that().resideInAPackage(portIn).and().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces()
                .andShould(declareExactlyOneMethod())
                .because("a use case is one action of the game behind one interface (conventions.md)");
    }

    /** Commands and queries are records. */
    public ArchRule commandsAndQueriesAreRecords() {
        return classes().that().resideInAPackage(portInTypes).and().areTopLevelClasses()
                .and(simpleNameEndingWith("Command").or(simpleNameEndingWith("Query")).as("are commands or queries"))
                .should().beRecords()
                .because("the input of a use case is an immutable record checked in its constructor (conventions.md)");
    }

    /** Top-level types of port.out are {@code ...Port} interfaces or {@code ...Exception}s. */
    public ArchRule portOutTypesArePortsOrExceptions() {
        DescribedPredicate<JavaClass> port = JavaClass.Predicates.INTERFACES.and(simpleNameEndingWith("Port"));
        DescribedPredicate<JavaClass> exception = assignableTo(Throwable.class).and(simpleNameEndingWith("Exception"));
        return classes().that().resideInAPackage(portOutTypes).and().areTopLevelClasses()
                .should(be(port.or(exception).as("an interface named ...Port or an exception named ...Exception")))
                .because("outgoing ports are named by what the core needs, ending in Port (conventions.md)");
    }

    /** Every public class of application.service is a {@code ...Service} implementing a port.in use case. */
    public ArchRule servicesAreNamedServiceAndImplementAUseCase() {
        return classes().that().resideInAPackage(services).and().arePublic().and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Service")
                .andShould(implement(resideInAPackage(portInTypes).and(simpleNameEndingWith("UseCase"))
                        .as("a port.in use case")))
                .because("CreateVoteService implements CreateVoteUseCase (conventions.md)");
    }

    /** No Spring stereotype ({@code @Component}, {@code @Service}, ...) in domain or application. */
    public ArchRule coreCarriesNoSpringStereotype() {
        return noClasses().that().resideInAnyPackage(domain, application)
                .should().beMetaAnnotatedWith(SPRING_COMPONENT)
                .because("beans for use cases come from @Bean methods in bootstrap; services carry no stereotype (conventions.md)");
    }

    /** JPA entities live in the persistence adapter and are named {@code ...JpaEntity}. */
    public ArchRule jpaEntitiesAreNamedJpaEntity() {
        return classes().that().areAnnotatedWith(JPA_ENTITY)
                .should().haveSimpleNameEndingWith("JpaEntity")
                .andShould().resideInAPackage(persistence)
                .allowEmptyShould(true)
                .because("JPA entities are separate classes from domain objects: VoteJpaEntity (conventions.md)");
    }

    /** Spring Data repositories live in the persistence adapter and are named {@code SpringData...Repository}. */
    public ArchRule springDataRepositoriesAreNamedSpringDataRepository() {
        return classes().that().areAssignableTo(SPRING_DATA_REPOSITORY).and().areInterfaces()
                .should().haveSimpleNameStartingWith("SpringData")
                .andShould().haveSimpleNameEndingWith("Repository")
                .andShould().resideInAPackage(persistence)
                .allowEmptyShould(true)
                .because("SpringDataVoteRepository is told apart from the port it serves (conventions.md)");
    }

    /** Controllers, by name or by annotation, live in the web adapter. */
    public ArchRule controllersLiveInTheWebAdapter() {
        return classes().that().haveSimpleNameEndingWith("Controller").or().areMetaAnnotatedWith(SPRING_CONTROLLER)
                .should().resideInAPackage(web)
                .because("the web adapter is the one incoming adapter (architecture.md)");
    }

    // ---- building blocks ----

    /** Classes of the web adapter that are controllers: annotated {@code @Controller}/{@code @RestController} or named so. */
    private DescribedPredicate<JavaClass> areControllers() {
        return resideInAPackage(web)
                .and(metaAnnotatedWith(SPRING_CONTROLLER).<JavaClass>forSubtype()
                        .or(simpleNameEndingWith("Controller")))
                .as("are controllers (in %s, annotated @Controller/@RestController or named *Controller)", web);
    }

    private static ArchCondition<JavaClass> declareExactlyOneMethod() {
        return new ArchCondition<>("declare exactly one method") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                int methods = javaClass.getMethods().size();
                if (methods != 1) {
                    events.add(SimpleConditionEvent.violated(javaClass,
                            javaClass.getDescription() + " declares " + methods + " methods instead of one"));
                }
            }
        };
    }

    /** The class itself, its fields, constructors, methods and parameters carry no annotation from these packages. */
    private static ArchCondition<JavaClass> carryNoAnnotationFrom(String... packages) {
        PackageMatchers forbidden = PackageMatchers.of(packages);
        return new ArchCondition<>("carry no annotation from " + String.join(", ", packages)) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                report(javaClass, javaClass.getDescription(), javaClass.getAnnotations(), events);
                for (JavaMember member : javaClass.getMembers()) {
                    report(javaClass, member.getDescription(), member.getAnnotations(), events);
                }
                for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                    for (JavaParameter parameter : unit.getParameters()) {
                        report(javaClass, parameter.getDescription(), parameter.getAnnotations(), events);
                    }
                }
            }

            private void report(JavaClass owner, String element, Set<? extends JavaAnnotation<?>> annotations,
                                ConditionEvents events) {
                annotations.stream()
                        .map(JavaAnnotation::getRawType)
                        .filter(type -> forbidden.test(type.getPackageName()))
                        .forEach(type -> events.add(SimpleConditionEvent.violated(owner,
                                element + " is annotated with @" + type.getName())));
            }
        };
    }
}
