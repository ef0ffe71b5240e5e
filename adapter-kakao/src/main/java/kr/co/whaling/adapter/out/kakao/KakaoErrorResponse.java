package kr.co.whaling.adapter.out.kakao;

import feign.Response;
import java.io.IOException;

/**
 * The machine-readable part of a Kakao error answer. The authorization server answers
 * {@code {"error":"invalid_grant","error_description":"...","error_code":"KOE320"}}, the API server
 * {@code {"msg":"...","code":-401}}. The free-text fields are left out on purpose:
 * {@code error_description} quotes the authorization code back.
 */
record KakaoErrorResponse(String error, String errorCode, Integer code) {

    static KakaoErrorResponse of(Response response) {
        try {
            return KakaoJson.read(response, KakaoErrorResponse.class);
        } catch (IOException | MalformedKakaoAnswerException e) {
            // Error pages from proxies are HTML; the status alone still decides what happens.
            return new KakaoErrorResponse(null, null, null);
        }
    }
}
