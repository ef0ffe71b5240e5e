package kr.co.whaling.application.coin.port.in;

import java.util.Optional;

/** Input of {@link ListCoinsUseCase}: an optional search text. */
public record ListCoinsQuery(Optional<String> text) {

    public ListCoinsQuery {
        text = text.map(String::strip).filter(t -> !t.isEmpty());
    }
}
