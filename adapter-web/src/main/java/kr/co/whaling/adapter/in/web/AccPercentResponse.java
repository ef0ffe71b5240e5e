package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code GET /acc-percent}: the crowd's accuracy as a string with one decimal, as the frontend expects. */
public record AccPercentResponse(@JsonProperty("acc_percent") String accPercent) {
}
