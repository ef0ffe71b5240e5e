package kr.co.whaling.bootstrap.config;

import kr.co.whaling.adapter.out.kakao.KakaoIdentityAdapter;
import kr.co.whaling.adapter.out.kakao.KakaoProperties;
import kr.co.whaling.application.member.IdentityProviderUnavailableException;
import kr.co.whaling.application.member.port.out.FetchKakaoIdentityPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** Kakao as the identity provider ({@code whaling.kakao.*}); the price source has its own configuration. */
@Configuration(proxyBeanMethods = false)
public class OutsideServicesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OutsideServicesConfiguration.class);

    /** Without {@code whaling.kakao.client-id} the app refuses to start, except on H2: login answers 502 there. */
    @Bean
    FetchKakaoIdentityPort kakaoIdentityPort(Environment environment) {
        if (!StringUtils.hasText(environment.getProperty("whaling.kakao.client-id"))) {
            if (!EmbeddedDatabase.isActive(environment)) {
                throw new IllegalStateException("whaling.kakao.client-id is not set: Kakao login cannot work without "
                        + "the app's REST API key (e.g. the WHALING_KAKAO_CLIENT_ID environment variable).");
            }
            log.warn("whaling.kakao.client-id is not set: Kakao login answers 502 until it is configured");
            return (code, redirectUri) -> {
                throw new IdentityProviderUnavailableException("Kakao login is not configured on this server", null);
            };
        }
        return new KakaoIdentityAdapter(Binder.get(environment)
                .bindOrCreate("whaling.kakao", Bindable.of(KakaoProperties.class)));
    }
}
