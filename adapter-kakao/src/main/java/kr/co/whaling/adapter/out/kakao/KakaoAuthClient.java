package kr.co.whaling.adapter.out.kakao;

import feign.Headers;
import feign.Request;
import feign.RequestLine;

/** Feign view of Kakao's authorization server ({@code kauth.kakao.com}). */
interface KakaoAuthClient {

    /**
     * Trades an authorization code for tokens.
     *
     * @param form    the URL-encoded form ({@code grant_type=authorization_code&client_id=...});
     *                built by the caller because Feign core has no form encoder of its own
     * @param options this call's timeouts: what is left of the login's time
     */
    @RequestLine("POST /oauth/token")
    @Headers({
        "Content-Type: application/x-www-form-urlencoded;charset=utf-8",
        "Accept: application/json"
    })
    KakaoTokenResponse exchangeCode(String form, Request.Options options);
}
