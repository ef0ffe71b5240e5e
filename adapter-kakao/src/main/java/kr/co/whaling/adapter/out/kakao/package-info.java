/**
 * Outgoing adapter for Kakao login: exchanges an authorization code for the user's Kakao identity
 * through Feign. Only {@link kr.co.whaling.adapter.out.kakao.KakaoIdentityAdapter} and
 * {@link kr.co.whaling.adapter.out.kakao.KakaoProperties} are public; Feign and Jackson stay inside.
 */
package kr.co.whaling.adapter.out.kakao;
