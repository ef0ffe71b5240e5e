package kr.co.whaling.adapter.out.kakao;

import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;

/**
 * Turns every non-2xx answer into a {@link KakaoHttpException} holding the status and Kakao's error
 * codes. Feign's default would build a {@code FeignException} whose message quotes the whole body,
 * and Kakao's {@code error_description} quotes the authorization code.
 */
final class KakaoErrorDecoder implements ErrorDecoder {

    @Override
    public Exception decode(String methodKey, Response response) {
        return new KakaoHttpException(response.status(), errorBody(response));
    }

    private static KakaoErrorResponse errorBody(Response response) {
        if (response.body() == null) {
            return KakaoErrorResponse.NONE;
        }
        try {
            return KakaoJson.read(response.body().asInputStream(), KakaoErrorResponse.class);
        } catch (IOException | MalformedKakaoAnswerException e) {
            // Error pages from proxies are HTML; the status alone still decides what happens.
            return KakaoErrorResponse.NONE;
        }
    }
}
