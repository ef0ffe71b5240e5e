package kr.co.whaling.application.member.port.in;

import kr.co.whaling.application.member.model.LoginResult;

/** Use case: log in with a Kakao authorization code, registering the member on first login. */
public interface LoginWithKakaoUseCase {

    LoginResult login(LoginWithKakaoCommand command);
}
