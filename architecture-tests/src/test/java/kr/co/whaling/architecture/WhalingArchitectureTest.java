package kr.co.whaling.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import java.util.stream.Stream;
import kr.co.whaling.architecture.WhalingArchitecture.NamedRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks every architecture rule against the production code of all modules. */
class WhalingArchitectureTest {

    private static final WhalingArchitecture RULES = WhalingArchitecture.rootedAt(ProductionClasses.ROOT);

    static List<NamedRule> rules() {
        return RULES.all();
    }

    /** One package per module: an import that misses one would let every rule pass for it unchecked. */
    static Stream<String> modulePackages() {
        String root = ProductionClasses.ROOT;
        return Stream.of(
                root + ".domain",
                root + ".application.vote.port.in",
                root + ".application.vote.port.out",
                root + ".application.vote.service",
                root + ".adapter.in.web",
                root + ".adapter.out.persistence",
                root + ".adapter.out.upbit",
                root + ".adapter.out.csv",
                root + ".adapter.out.kakao",
                root + ".bootstrap",
                root + ".batch");
    }

    @ParameterizedTest(name = "production classes of {0} are imported")
    @MethodSource("modulePackages")
    void the_import_sees_every_module(String modulePackage) {
        JavaClasses classes = ProductionClasses.get();

        assertThat(classes.containPackage(modulePackage))
                .as("production classes in %s (is its module a dependency of architecture-tests?)", modulePackage)
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void production_code_follows(NamedRule rule) {
        rule.rule().check(ProductionClasses.get());
    }
}
