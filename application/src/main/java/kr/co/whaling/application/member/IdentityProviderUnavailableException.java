package kr.co.whaling.application.member;

/** The identity provider (Kakao) could not be reached or answered nonsense: try again later. */
public class IdentityProviderUnavailableException extends RuntimeException {

    public IdentityProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
