package kr.co.whaling.adapter.in.web.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import kr.co.whaling.adapter.in.web.security.CurrentMember;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header and its bearer-token scheme ({@value #BEARER}). */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Whaling API",
        description = "Crypto-price prediction game: ask the crowd, answer, and see who was right.",
        version = "v1"))
@SecurityScheme(name = OpenApiConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "The access token from POST /auth or POST /auth/token/refresh")
public class OpenApiConfiguration {

    /** Name of the security scheme operations refer to. */
    public static final String BEARER = "bearer-jwt";

    static {
        // The calling member comes from the token, not from a request parameter.
        SpringDocUtils.getConfig().addAnnotationsToIgnore(CurrentMember.class);
    }
}
