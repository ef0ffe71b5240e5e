package kr.co.whaling.adapter.out.kakao;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Kakao answered with a non-2xx status; carries the status and Kakao's error codes only. */
final class KakaoHttpException extends RuntimeException {

    // Only OAuth error names (invalid_grant) and Kakao codes (KOE320) of these shapes are echoed, whatever Kakao sent.
    private static final Pattern OAUTH_ERROR = Pattern.compile("[a-z_]{1,40}");
    private static final Pattern KAKAO_ERROR_CODE = Pattern.compile("KOE[0-9]{1,4}");

    private final int status;
    private final String error;
    private final Integer apiCode;

    KakaoHttpException(int status, KakaoErrorResponse body) {
        super(describe(status, body), null, false, false);
        this.status = status;
        this.error = safe(body.error(), OAUTH_ERROR);
        this.apiCode = body.code();
    }

    boolean isClientError() {
        return status >= 400 && status < 500;
    }

    String error() {
        return error;
    }

    Integer apiCode() {
        return apiCode;
    }

    private static String describe(int status, KakaoErrorResponse body) {
        return Stream.of("HTTP " + status, safe(body.error(), OAUTH_ERROR), safe(body.errorCode(), KAKAO_ERROR_CODE),
                        body.code() == null ? null : "code " + body.code())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    private static String safe(String value, Pattern shape) {
        return value != null && shape.matcher(value).matches() ? value : null;
    }
}
