package kr.co.whaling.adapter.out.upbit;

import feign.Response;
import feign.Util;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads Upbit's successful answers with Jackson 3; an empty or malformed body is a {@link DecodeException}. */
record UpbitJsonDecoder(JsonMapper mapper) implements Decoder {

    @Override
    public Object decode(Response response, Type type) throws IOException {
        byte[] body = readBody(response);
        if (body.length == 0) {
            throw new DecodeException(response.status(), "Upbit answered an empty body", response.request());
        }
        Object value;
        try {
            value = mapper.readValue(body, mapper.getTypeFactory().constructType(type));
        } catch (JacksonException e) {
            throw new DecodeException(response.status(),
                    "Upbit answered malformed JSON: " + e.getOriginalMessage(), response.request(), e);
        }
        if (value == null) {
            throw new DecodeException(response.status(), "Upbit answered null", response.request());
        }
        return value;
    }

    static byte[] readBody(Response response) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            return Util.toByteArray(in);
        }
    }
}
