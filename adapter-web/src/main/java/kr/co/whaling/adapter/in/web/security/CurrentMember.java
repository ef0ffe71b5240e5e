package kr.co.whaling.adapter.in.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller parameter that receives the calling member, taken only from the verified
 * access token (never from the body or the path): {@code MemberId} where a token is required,
 * {@code Optional<MemberId>} where the call is public and a token optional.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CurrentMember {
}
