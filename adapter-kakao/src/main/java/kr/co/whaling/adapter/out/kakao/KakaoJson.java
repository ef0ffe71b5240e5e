package kr.co.whaling.adapter.out.kakao;

import feign.Response;
import java.io.IOException;
import java.lang.reflect.Type;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Reads Kakao's snake_case JSON into the adapter's records, keeping parser messages out of exceptions. */
final class KakaoJson {

    // Kakao's answers are a few hundred bytes; a huge one is not Kakao and is not read whole.
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // Kakao adds fields over time (and sends many we do not use).
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Parses {@code body}: one empty, too large, not JSON or not of that shape is malformed. */
    static <T> T read(Response response, Type type) throws IOException {
        byte[] bytes = response.body() == null ? new byte[0]
                : response.body().asInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length == 0) {
            throw new MalformedKakaoAnswerException("empty answer");
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new MalformedKakaoAnswerException("answer larger than " + MAX_BODY_BYTES + " bytes");
        }
        try {
            T value = MAPPER.readValue(bytes, MAPPER.constructType(type));
            if (value == null) {
                throw new MalformedKakaoAnswerException("answer is JSON null");
            }
            return value;
        } catch (JacksonException e) {
            // Jackson's message may quote the offending input, which can be a token: keep only where it failed.
            throw new MalformedKakaoAnswerException("answer is not the expected JSON" + where(e.getLocation())
                    + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
