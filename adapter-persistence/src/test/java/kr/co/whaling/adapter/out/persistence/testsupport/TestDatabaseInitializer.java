package kr.co.whaling.adapter.out.persistence.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context's data source at the {@link TestDatabase}:
 * {@code @ContextConfiguration(initializers = TestDatabaseInitializer.class)} on a {@code @SpringBootTest}.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("whalingTestDatabase", TestDatabase.get().springProperties()));
    }
}
