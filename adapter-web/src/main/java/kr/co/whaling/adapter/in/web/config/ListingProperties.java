package kr.co.whaling.adapter.in.web.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import kr.co.whaling.application.shared.PageRequest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How the API lists ({@code whaling.web.*}): {@code unpagedLimit} questions for {@code GET /votes} unpaged. */
@Validated
@ConfigurationProperties("whaling.web")
public record ListingProperties(@Min(1) @Max(PageRequest.MAX_UNPAGED) @DefaultValue("500") int unpagedLimit) {
}
