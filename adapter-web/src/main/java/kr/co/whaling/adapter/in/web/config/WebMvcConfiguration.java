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

/**
 * MVC settings of the API: Korean messages unless the caller asks for English, lower-case enum
 * query parameters, the {@code @CurrentMember} argument, and prices written as plain decimals.
 */
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

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // Every enum request parameter (state, sort, duration, comment, order): the API's lower-case names.
        registry.addConverterFactory(new ConverterFactory<String, Enum>() {
            @Override
            public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
                return text -> parse(type, text);
            }
        });
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentMemberArgumentResolver());
    }

    /** The API spells enum values in lower case; any case is accepted. Unknown values fail conversion (400). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <E extends Enum> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return (E) Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    }
}
