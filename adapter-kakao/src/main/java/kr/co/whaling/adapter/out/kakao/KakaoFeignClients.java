package kr.co.whaling.adapter.out.kakao;

import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.http2client.Http2Client;
import java.net.http.HttpClient;

/** Builds the two Feign clients from {@link KakaoProperties}. */
final class KakaoFeignClients {

    static KakaoAuthClient authClient(KakaoProperties properties) {
        return builder(properties).target(KakaoAuthClient.class, properties.authBaseUrl());
    }

    static KakaoClient apiClient(KakaoProperties properties) {
        return builder(properties).target(KakaoClient.class, properties.apiBaseUrl());
    }

    private static Feign.Builder builder(KakaoProperties properties) {
        HttpClient httpClient = HttpClient.newBuilder()
                // HTTP/1.1: two small calls gain nothing from HTTP/2, and plain-http fakes need no h2c upgrade.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                // Kakao's endpoints do not redirect; following one could carry the bearer token elsewhere.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        // Feign's logger stays at its default (off) on purpose: it would print the form body
        // (authorization code, client secret) and the Authorization header.
        return Feign.builder()
                .client(new Http2Client(httpClient))
                .options(new Request.Options(properties.connectTimeout(), properties.readTimeout(), false))
                // A code can be exchanged once: a retried exchange after a lost answer is only refused.
                .retryer(Retryer.NEVER_RETRY)
                // What the decoder throws reaches the adapter as the cause of Feign's DecodeException.
                .decoder(KakaoJson::read)
                // Feign's default error would quote the whole body, whose error_description quotes the code.
                .errorDecoder((method, response) ->
                        new KakaoHttpException(response.status(), KakaoErrorResponse.of(response)));
    }
}
