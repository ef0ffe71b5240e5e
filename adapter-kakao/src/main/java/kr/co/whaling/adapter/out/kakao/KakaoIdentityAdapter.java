package kr.co.whaling.adapter.out.kakao;

import feign.FeignException;
import feign.Request;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import kr.co.whaling.application.member.IdentityProviderUnavailableException;
import kr.co.whaling.application.member.LoginRefusedException;
import kr.co.whaling.application.member.port.out.FetchKakaoIdentityPort;
import kr.co.whaling.domain.member.KakaoId;
import kr.co.whaling.domain.member.KakaoIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kakao as the identity source: trades an authorization code for an access token, then asks whom it
 * belongs to. Any 4xx from the token endpoint refuses the login (a wrong client id or secret is also
 * logged as a warning); 5xx, redirects, timeouts and answers not as documented are "unavailable". An
 * error from {@code /v2/user/me}, a 401 included, is "unavailable" too: the token is a moment old, so
 * its rejection says nothing about the user, except Kakao's account-state codes, which are refused.
 *
 * <p>The code, the access token and the client secret appear in no log line or exception message.
 * Nothing is retried: a code can be exchanged only once. A login waits on Kakao at most
 * {@link KakaoProperties#loginTimeout()} in total: the calls run on a worker interrupted at that
 * deadline, each with its timeouts cut to what is left, since the read timeout alone would not cover
 * a body trickling in.
 */
public final class KakaoIdentityAdapter implements FetchKakaoIdentityPort {

    static final int NOT_LINKED = -101;
    static final int DORMANT = -103;
    static final int UNDER_14 = -406; // users under 14 not allowed
    private static final Set<Integer> ACCOUNT_STATE_CODES = Set.of(NOT_LINKED, DORMANT, UNDER_14);

    private static final Logger log = LoggerFactory.getLogger(KakaoIdentityAdapter.class);
    // Kakao's access tokens are about 60 characters; a longer one is not Kakao's.
    private static final int MAX_TOKEN_LENGTH = 4096;

    private static final AtomicInteger THREADS = new AtomicInteger();
    // Each thread runs one login for about the login timeout at most: their number stays that of logins in flight.
    private static final ExecutorService CALLS = Executors.newCachedThreadPool(call -> {
        Thread thread = new Thread(call, "kakao-login-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final KakaoProperties properties;
    private final KakaoAuthClient authClient;
    private final KakaoClient apiClient;

    public KakaoIdentityAdapter(KakaoProperties properties) {
        this.properties = properties;
        this.authClient = KakaoFeignClients.authClient(properties);
        this.apiClient = KakaoFeignClients.apiClient(properties);
    }

    @Override
    public KakaoIdentity fetchIdentity(String authorizationCode, String redirectUri) {
        if (authorizationCode == null || authorizationCode.isBlank()) {
            throw new LoginRefusedException("no Kakao authorization code given");
        }
        if (redirectUri == null || redirectUri.isBlank()) {
            throw new LoginRefusedException("no redirect URI given with the Kakao authorization code");
        }
        long deadline = System.nanoTime() + properties.loginTimeout().toNanos();
        Future<KakaoIdentity> login = CALLS.submit(() -> fetchBefore(authorizationCode, redirectUri, deadline));
        try {
            return login.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            login.cancel(true);
            throw unavailable("Kakao did not answer within the login timeout of "
                    + properties.loginTimeout().toMillis() + " ms", null);
        } catch (InterruptedException interrupted) {
            login.cancel(true);
            Thread.currentThread().interrupt();
            throw unavailable("the login was interrupted while waiting for Kakao", null);
        } catch (ExecutionException failed) {
            throw rethrown(failed.getCause());
        }
    }

    /** Both calls, each with the time left until {@code deadline} (a {@link System#nanoTime()}). */
    private KakaoIdentity fetchBefore(String authorizationCode, String redirectUri, long deadline) {
        String accessToken = exchangeCode(authorizationCode, redirectUri, optionsUntil(deadline));
        KakaoUserResponse user = fetchUser(accessToken, optionsUntil(deadline));
        if (user.id() == null || user.id() <= 0) {
            throw unavailable("Kakao user info has no valid id", null);
        }
        KakaoIdentity identity = new KakaoIdentity(new KakaoId(user.id()), user.profileImage());
        log.debug("Kakao identity fetched: id {}, profile image shared: {}",
                identity.kakaoId(), identity.profileImage().isPresent());
        return identity;
    }

    /** The configured timeouts, cut to the time left until {@code deadline}, and at least a millisecond. */
    private Request.Options optionsUntil(long deadline) {
        Duration left = Duration.ofNanos(Math.max(TimeUnit.MILLISECONDS.toNanos(1), deadline - System.nanoTime()));
        return new Request.Options(min(properties.connectTimeout(), left), min(properties.readTimeout(), left), false);
    }

    private static Duration min(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    /** What the worker threw, as the port's exceptions; anything unforeseen says nothing about the user. */
    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof LoginRefusedException || failure instanceof IdentityProviderUnavailableException) {
            return (RuntimeException) failure;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        // Its message may quote a request (code, token, secret): only its type is told.
        return unavailable("Kakao call failed (" + failure.getClass().getSimpleName() + ")", null);
    }

    private String exchangeCode(String authorizationCode, String redirectUri, Request.Options options) {
        KakaoTokenResponse token;
        try {
            token = authClient.exchangeCode(tokenForm(authorizationCode, redirectUri), options);
        } catch (KakaoHttpException e) {
            if (e.isClientError()) {
                throw refused(e);
            }
            throw unavailable("Kakao token endpoint answered " + e.getMessage(), null);
        } catch (FeignException e) {
            throw unavailable(e, "Kakao token endpoint");
        }
        if (token.accessToken() == null || token.accessToken().isBlank()) {
            throw unavailable("Kakao token endpoint answered without an access token", null);
        }
        if (!isHeaderSafe(token.accessToken())) {
            // It goes into a header next: a line break there would fail the call with the token in the message.
            throw unavailable("Kakao token endpoint answered an access token that is not a header value", null);
        }
        return token.accessToken();
    }

    /** Visible ASCII only, as every OAuth bearer token is (RFC 6750's b64token and more). */
    private static boolean isHeaderSafe(String token) {
        return token.length() <= MAX_TOKEN_LENGTH && token.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    }

    private KakaoUserResponse fetchUser(String accessToken, Request.Options options) {
        try {
            return apiClient.fetchUser("Bearer " + accessToken, options);
        } catch (KakaoHttpException e) {
            if (e.apiCode() != null && ACCOUNT_STATE_CODES.contains(e.apiCode())) {
                String message = "Kakao refused the login for the account's state (" + e.getMessage() + ")";
                log.info("{}", message);
                throw new LoginRefusedException(message);
            }
            throw unavailable("Kakao user info endpoint answered " + e.getMessage()
                    + " to a token it had just issued", null);
        } catch (FeignException e) {
            throw unavailable(e, "Kakao user info endpoint");
        }
    }

    /** The form Kakao's token endpoint expects; the secret only when the app has one. */
    private String tokenForm(String authorizationCode, String redirectUri) {
        String form = "grant_type=authorization_code&client_id=" + encode(properties.clientId())
                + "&redirect_uri=" + encode(redirectUri) + "&code=" + encode(authorizationCode);
        String secret = properties.clientSecret();
        return secret == null ? form : form + "&client_secret=" + encode(secret);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static LoginRefusedException refused(KakaoHttpException e) {
        if ("invalid_grant".equals(e.error())) {
            log.debug("Kakao refused the authorization code ({})", e.getMessage());
        } else {
            // Not the user's doing as a rule (wrong client id or secret, unregistered redirect URI): worth a look.
            log.warn("Kakao refused the token request ({}); check whaling.kakao.* and the app's settings",
                    e.getMessage());
        }
        return new LoginRefusedException("Kakao refused the authorization code (" + e.getMessage() + ")");
    }

    /**
     * Describes a transport or decoding failure without Feign's message or the Feign exception
     * itself as cause: both carry the request, whose body holds the code and the client secret.
     */
    private static IdentityProviderUnavailableException unavailable(FeignException e, String endpoint) {
        Throwable cause = e.getCause();
        if (cause instanceof MalformedKakaoAnswerException malformed) {
            return unavailable(endpoint + " " + malformed.getMessage(), malformed);
        }
        if (cause instanceof HttpTimeoutException timeout) {
            return unavailable(endpoint + " timed out (" + timeout.getClass().getSimpleName() + ")", timeout);
        }
        if (cause instanceof IOException io) {
            return unavailable(endpoint + " could not be reached or read (" + io.getClass().getSimpleName() + ")", io);
        }
        return unavailable(endpoint + " call failed (" + e.getClass().getSimpleName() + ")", null);
    }

    private static IdentityProviderUnavailableException unavailable(String message, Throwable cause) {
        log.warn("{}", message);
        return new IdentityProviderUnavailableException(message, cause);
    }
}
