package kr.co.whaling;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The deployable Whaling app: every ring wired into one Spring Boot process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WhalingApplication {

    public static void main(String[] args) {
        SpringApplication.run(WhalingApplication.class, args);
    }
}
