package kr.co.whaling.adapter.out.kakao;

import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.Type;

/** Feign decoder for Kakao's 2xx answers; Feign wraps what it throws in a {@code DecodeException}. */
final class KakaoJsonDecoder implements Decoder {

    @Override
    public Object decode(Response response, Type type) throws IOException {
        return KakaoJson.read(response.body() == null ? null : response.body().asInputStream(), type);
    }
}
