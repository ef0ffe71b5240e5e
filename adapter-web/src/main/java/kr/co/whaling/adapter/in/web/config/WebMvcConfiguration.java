package kr.co.whaling.adapter.in.web.config;

import java.util.List;
import java.util.Locale;
import kr.co.whaling.adapter.in.web.security.CurrentMemberArgumentResolver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.core.StreamWriteFeature;

/** MVC settings: Korean unless English is asked for, lower-case enum parameters, {@code @CurrentMember}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ListingProperties.class)
public class WebMvcConfiguration implements WebMvcConfigurer {

    /** Korean is the service's language; English is the one translation. */
    public static final Locale DEFAULT_LOCALE = Locale.KOREAN;

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    public LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.KOREAN, Locale.ENGLISH));
        resolver.setDefaultLocale(DEFAULT_LOCALE);
        return resolver;
    }

    /** Prices are decimals far below 1 KRW at times: never write them in exponent notation. */
    @Bean
    JsonMapperBuilderCustomizer plainDecimalsCustomizer() {
        return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** Every enum request parameter: the API spells values in lower case, accepts any case, refuses others (400). */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new ConverterFactory<String, Enum>() {
            @Override
            public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
                return text -> text.isBlank() ? null : (T) Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
            }
        });
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentMemberArgumentResolver());
    }
}
