package kr.co.whaling.application.member;

/** Two first logins of the same Kakao user raced; the other one registered the member. */
public class MemberAlreadyRegisteredException extends RuntimeException {

    public MemberAlreadyRegisteredException(String message, Throwable cause) {
        super(message, cause);
    }
}
