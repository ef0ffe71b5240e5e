package kr.co.whaling.application.member.port.in;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import kr.co.whaling.domain.shared.InvalidValueException;

/**
 * Input of {@link LoginWithKakaoUseCase}, checked before anything goes to Kakao: a code of visible ASCII
 * (no spaces or line breaks, which could only break the request or its log line), and an absolute
 * http(s) redirect URI with a host and no fragment. Refusals never quote the value: a code is a credential.
 */
public record LoginWithKakaoCommand(String authorizationCode, String redirectUri) {

    public static final int MAX_CODE_LENGTH = 512;
    public static final int MAX_REDIRECT_URI_LENGTH = 2048;

    public LoginWithKakaoCommand {
        if (!isVisibleAscii(authorizationCode, MAX_CODE_LENGTH)) {
            throw new InvalidValueException("code", "login.code.invalid",
                    "not a Kakao authorization code (1 to " + MAX_CODE_LENGTH + " visible ASCII characters)",
                    MAX_CODE_LENGTH);
        }
        if (!isVisibleAscii(redirectUri, MAX_REDIRECT_URI_LENGTH) || !isHttpUrl(redirectUri)) {
            throw new InvalidValueException("redirect_uri", "login.redirect-uri.invalid",
                    "not an http(s) redirect URI of at most " + MAX_REDIRECT_URI_LENGTH + " characters",
                    MAX_REDIRECT_URI_LENGTH);
        }
    }

    private static boolean isVisibleAscii(String value, int maxLength) {
        return value != null && !value.isEmpty() && value.length() <= maxLength
                && value.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }
}
