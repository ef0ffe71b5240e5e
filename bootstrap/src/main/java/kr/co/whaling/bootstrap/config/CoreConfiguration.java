package kr.co.whaling.bootstrap.config;

import java.time.Clock;
import kr.co.whaling.domain.vote.GameRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every rule reads time from, and the rules of the game. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    GameRules gameRules() {
        return GameRules.standard();
    }
}
