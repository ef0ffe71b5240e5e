package kr.co.whaling.application.member.port.out;

import kr.co.whaling.domain.member.KakaoIdentity;

/** Who a Kakao authorization code belongs to. */
public interface FetchKakaoIdentityPort {

    /**
     * @throws LoginRefusedException when Kakao refuses the code
     * @throws IdentityProviderUnavailableException when Kakao cannot be reached or answers nonsense
     */
    KakaoIdentity fetchIdentity(String authorizationCode, String redirectUri);
}
