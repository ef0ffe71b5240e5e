package kr.co.whaling.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import kr.co.whaling.application.coin.port.in.ListCoinsQuery;
import kr.co.whaling.application.coin.port.in.ListCoinsUseCase;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The coin catalog with latest prices. */
@RestController
@Tag(name = "Coins and statistics")
@RequiredArgsConstructor
public class CoinController {

    private final ListCoinsUseCase listCoins;
    private final CoinJsonMapper mapper;

    @Operation(summary = "Every listed KRW coin with its latest price")
    @GetMapping({"/coins", "/coins/"})
    public List<CoinResponse> coins(
            @Parameter(description = "Part of the coin code or Korean name, any case")
            @RequestParam(name = "coin", required = false) String coin) {
        return mapper.toResponses(listCoins.listCoins(new ListCoinsQuery(Optional.ofNullable(coin))));
    }
}
