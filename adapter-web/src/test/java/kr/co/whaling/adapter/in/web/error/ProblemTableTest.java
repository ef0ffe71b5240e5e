package kr.co.whaling.adapter.in.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.baserate.QuestionTooCertainException;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.CoinNotAvailableException;
import kr.co.whaling.domain.coin.CoinNotAvailableException.Reason;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.shared.WilsonInterval;
import kr.co.whaling.domain.vote.VoteNotSettleableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.csrf.CsrfException;

/**
 * An exception without a row of its own is answered as its nearest listed superclass, and the
 * explicit table of JSON names agrees with every request body the API reads.
 */
class ProblemTableTest {

    static Stream<Arguments> exceptionsWithoutARowOfTheirOwn() {
        BaseRate almostNeverYes = new BaseRate(1, 100, WilsonInterval.of(1, 100, WilsonInterval.Z_95));
        return Stream.of(
                // refusals of a value blame the field the domain names, through InvalidValueException
                Arguments.of(new CoinNotAvailableException(new CoinCode("NOPE"), Reason.UNKNOWN),
                        HttpStatus.BAD_REQUEST, "coin_code"),
                Arguments.of(new QuestionTooCertainException(almostNeverYes), HttpStatus.BAD_REQUEST, "range"),
                // any other broken rule is a 400 blaming no field
                Arguments.of(new VoteNotSettleableException(new VoteId(7)), HttpStatus.BAD_REQUEST, null),
                Arguments.of(new InvalidBearerTokenException("expired"), HttpStatus.UNAUTHORIZED, null),
                Arguments.of(new CsrfException("no CSRF token"), HttpStatus.FORBIDDEN, null),
                Arguments.of(new IllegalStateException("bug"), HttpStatus.INTERNAL_SERVER_ERROR, null));
    }

    @ParameterizedTest
    @MethodSource("exceptionsWithoutARowOfTheirOwn")
    void the_nearest_listed_superclass_decides(Exception exception, HttpStatus status, String field) {
        ProblemTable.Row row = ProblemTable.rowOf(exception);

        assertThat(row.status()).isEqualTo(status);
        assertThat(row.field().apply(exception)).isEqualTo(field);
    }

    @Test
    void an_invalid_bearer_token_is_challenged_as_invalid_and_a_missing_one_plainly() {
        assertThat(ProblemTable.rowOf(new InvalidBearerTokenException("expired")).challenge())
                .isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(ProblemTable.rowOf(new InsufficientAuthenticationException("none")).challenge()).isEqualTo("Bearer");
    }

    @Test
    void every_request_field_gets_its_json_name() {
        List<String> checked = new ArrayList<>();
        for (Class<?> request : requestBodies()) {
            for (RecordComponent component : request.getRecordComponents()) {
                String json = component.getAccessor().getAnnotation(JsonProperty.class).value();
                assertThat(ProblemTable.jsonName(component.getName())).as(request.getSimpleName()).isEqualTo(json);
                checked.add(json);
            }
        }
        assertThat(checked).contains("coin_code", "redirect_uri", "refresh_token", "choice", "nickname");
    }

    /** Every {@code ...Request} record of the web adapter. */
    private static Set<Class<?>> requestBodies() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Request")));
        Set<Class<?>> records = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("kr.co.whaling.adapter.in.web")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                if (type.isRecord()) {
                    records.add(type);
                }
            } catch (ClassNotFoundException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return records;
    }
}
