package kr.co.whaling.adapter.in.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kr.co.whaling.application.member.port.in.GetMemberProfileUseCase;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Service;

/** Issues and checks Whaling's JWTs: HS256, the member id as subject, the kind in a {@value TokenType#CLAIM} claim. */
@Service
public class TokenService {

    private final JwtEncoder encoder;
    private final JwtDecoder accessDecoder;
    private final JwtDecoder refreshDecoder;
    private final JwtProperties properties;
    private final Clock clock;
    private final GetMemberProfileUseCase members;

    public TokenService(JwtEncoder encoder, JwtDecoder accessDecoder, JwtProperties properties,
                        ObjectProvider<Clock> clock, GetMemberProfileUseCase members) {
        this.encoder = encoder;
        this.members = members;
        this.accessDecoder = accessDecoder;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.refreshDecoder = JwtCodecs.decoder(properties, TokenType.REFRESH, this.clock);
    }

    /** A fresh access and refresh token for the member. */
    public TokenPair issue(MemberId memberId) {
        return new TokenPair(encode(memberId, TokenType.ACCESS, properties.accessTokenTtl()),
                encode(memberId, TokenType.REFRESH, properties.refreshTokenTtl()));
    }

    /** The member an access token names; refuses expired, forged and refresh tokens. */
    public MemberId verifyAccessToken(String token) {
        return memberOf(decode(accessDecoder, token));
    }

    /** A new access token for a valid refresh token's member; refuses access tokens and members since deleted. */
    public String refresh(String refreshToken) {
        MemberId memberId = memberOf(decode(refreshDecoder, refreshToken));
        try {
            members.getProfile(memberId);
        } catch (NotFoundException gone) {
            throw new InvalidTokenException("the member of this refresh token no longer exists", gone);
        }
        return encode(memberId, TokenType.ACCESS, properties.accessTokenTtl());
    }

    private String encode(MemberId memberId, TokenType type, Duration ttl) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(memberId.toString())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                // A unique id keeps two tokens issued in the same second apart (and traceable).
                .id(UUID.randomUUID().toString())
                .claim(TokenType.CLAIM, type.claimValue())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static Jwt decode(JwtDecoder decoder, String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("no token", null);
        }
        try {
            return decoder.decode(token.strip());
        } catch (JwtException invalid) {
            throw new InvalidTokenException(invalid.getMessage(), invalid);
        }
    }

    private static MemberId memberOf(Jwt jwt) {
        return new MemberId(Long.parseLong(jwt.getSubject()));
    }
}
