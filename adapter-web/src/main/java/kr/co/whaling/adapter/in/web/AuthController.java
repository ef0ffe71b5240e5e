package kr.co.whaling.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import kr.co.whaling.adapter.in.web.security.InvalidTokenException;
import kr.co.whaling.adapter.in.web.security.TokenPair;
import kr.co.whaling.adapter.in.web.security.TokenService;
import kr.co.whaling.application.member.model.LoginResult;
import kr.co.whaling.application.member.port.in.LoginWithKakaoCommand;
import kr.co.whaling.application.member.port.in.LoginWithKakaoUseCase;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Login with Kakao and the token calls. All public: they check tokens themselves. */
@RestController
@Tag(name = "Auth", description = "Login and tokens")
@RequiredArgsConstructor
public class AuthController {

    private static final String BEARER_PREFIX = "bearer ";

    private final LoginWithKakaoUseCase login;
    private final TokenService tokens;
    private final MemberJsonMapper members;

    @Operation(summary = "Log in with a Kakao authorization code",
            description = "201 for a new member, 200 for a returning one, with the member as GET /user shows "
                    + "them and their tokens; 401 when Kakao refuses the code; 502 when Kakao cannot be reached.")
    @PostMapping({"/auth", "/auth/"})
    public ResponseEntity<LoginResponse> login(@Valid @RequestBody LoginRequest body) {
        LoginResult result = login.login(new LoginWithKakaoCommand(body.code(), body.redirectUri()));
        TokenPair pair = tokens.issue(result.member().id());
        return ResponseEntity.status(result.newMember() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new LoginResponse(members.toResponse(result.profile()),
                        new LoginResponse.Token(pair.accessToken(), pair.refreshToken())));
    }

    @Operation(summary = "Check the access token in the Authorization header",
            description = "200 (empty object) when valid; 400 without the header; 401 when expired or invalid "
                    + "(a refresh token is not an access token).")
    @PostMapping({"/auth/token/verify", "/auth/token/verify/"})
    public Map<String, Object> verify(
            @Parameter(description = "Bearer <access_token>")
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.verifyAccessToken(bearerToken(authorization));
        return Map.of();
    }

    @Operation(summary = "Exchange a refresh token for a new access token",
            description = "The new token as both access and access_token; 401 when the refresh token is expired "
                    + "or invalid, or is an access token.")
    @PostMapping({"/auth/token/refresh", "/auth/token/refresh/"})
    public AccessTokenResponse refresh(@Valid @RequestBody RefreshTokenRequest body) {
        String token = tokens.refresh(body.refreshToken());
        return new AccessTokenResponse(token, token);
    }

    private static String bearerToken(String authorization) {
        String value = authorization.strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith(BEARER_PREFIX)) {
            throw new InvalidTokenException("Authorization is not a bearer token", null);
        }
        return value.substring(BEARER_PREFIX.length());
    }
}
