package kr.co.whaling.adapter.out.upbit;

import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Upbit's error answers into the adapter's own exceptions: a 404 "Code not found" into
 * {@link UnknownMarketException}, anything else into {@link UpbitHttpException} with its status.
 */
record UpbitErrorDecoder(JsonMapper mapper) implements ErrorDecoder {

    @Override
    public Exception decode(String methodKey, Response response) {
        ErrorResponse error = readError(response);
        String detail = error == null ? "no readable error body" : error.describe();
        if (response.status() == 404 && error != null && error.isCodeNotFound()) {
            return new UnknownMarketException(detail);
        }
        return new UpbitHttpException(response.status(), detail);
    }

    private ErrorResponse readError(Response response) {
        try {
            byte[] body = UpbitJsonDecoder.readBody(response);
            return body.length == 0 ? null : mapper.readValue(body, ErrorResponse.class);
        } catch (IOException | JacksonException e) {
            // An unreadable error body (an HTML page from a proxy, say) still leaves the status to act on.
            return null;
        }
    }
}
