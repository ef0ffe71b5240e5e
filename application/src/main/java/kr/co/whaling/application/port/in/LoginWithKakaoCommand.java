package kr.co.whaling.application.port.in;

import java.util.Objects;

/** Input of {@link LoginWithKakaoUseCase}: the authorization code and the redirect URI it was issued for. */
public record LoginWithKakaoCommand(String authorizationCode, String redirectUri) {

    public LoginWithKakaoCommand {
        Objects.requireNonNull(authorizationCode, "authorizationCode");
        Objects.requireNonNull(redirectUri, "redirectUri");
    }
}
