package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /votes/{id}/choice}: 1 for yes, 2 for no. */
public record CastChoiceRequest(@JsonProperty("choice") @NotNull @Min(1) @Max(2) Integer choice) {
}
