package kr.co.whaling.adapter.out.kakao;

import feign.Headers;
import feign.Request;
import feign.RequestLine;

/** Feign view of Kakao's authorization server ({@code kauth.kakao.com}). */
interface KakaoAuthClient {

    /** Trades a code for tokens; the caller URL-encodes the form, as Feign core has no form encoder. */
    @RequestLine("POST /oauth/token")
    @Headers({
        "Content-Type: application/x-www-form-urlencoded;charset=utf-8",
        "Accept: application/json"
    })
    KakaoTokenResponse exchangeCode(String form, Request.Options options);
}
