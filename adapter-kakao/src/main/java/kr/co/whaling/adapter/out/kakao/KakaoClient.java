package kr.co.whaling.adapter.out.kakao;

import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;

/** Feign view of Kakao's API server ({@code kapi.kakao.com}). */
interface KakaoClient {

    /**
     * Who the access token belongs to. {@code secure_resource=true} asks for https image URLs
     * (Kakao answers http ones otherwise), which browsers would block as mixed content.
     *
     * @param authorization the whole header value, {@code Bearer <access token>}
     * @param options       this call's timeouts: what is left of the login's time
     */
    @RequestLine("GET /v2/user/me?secure_resource=true")
    @Headers({"Authorization: {authorization}", "Accept: application/json"})
    KakaoUserResponse fetchUser(@Param("authorization") String authorization, Request.Options options);
}
