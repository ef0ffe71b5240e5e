package kr.co.whaling.adapter.out.kakao;

import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;

/** Feign view of Kakao's API server ({@code kapi.kakao.com}). */
interface KakaoClient {

    /**
     * Who the token belongs to ({@code authorization} is {@code Bearer <token>}). {@code secure_resource=true}
     * asks for https image URLs: browsers would block Kakao's default http ones as mixed content.
     */
    @RequestLine("GET /v2/user/me?secure_resource=true")
    @Headers({"Authorization: {authorization}", "Accept: application/json"})
    KakaoUserResponse fetchUser(@Param("authorization") String authorization, Request.Options options);
}
