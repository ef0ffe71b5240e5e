package kr.co.whaling.adapter.out.kakao;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

    /** Kakao's OAuth error, e.g. {@code invalid_grant}, or {@code null}. */
    String error() {
        return error;
    }

    /** Kakao's numeric API error code, e.g. {@code -401}, or {@code null}. */
    Integer apiCode() {
        return apiCode;
    }

    private static String describe(int status, KakaoErrorResponse body) {
        List<String> parts = new ArrayList<>();
        parts.add("HTTP " + status);
        if (safe(body.error(), OAUTH_ERROR) != null) {
            parts.add(body.error());
        }
        if (safe(body.errorCode(), KAKAO_ERROR_CODE) != null) {
            parts.add(body.errorCode());
        }
        if (body.code() != null) {
            parts.add("code " + body.code());
        }
        return String.join(", ", parts);
    }

    private static String safe(String value, Pattern shape) {
        return value != null && shape.matcher(value).matches() ? value : null;
    }
}
