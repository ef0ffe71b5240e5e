package kr.co.whaling.application.member;

/** The identity provider refused the authorization code (invalid, expired or already used). */
public class LoginRefusedException extends RuntimeException {

    public LoginRefusedException(String message) {
        super(message);
    }
}
