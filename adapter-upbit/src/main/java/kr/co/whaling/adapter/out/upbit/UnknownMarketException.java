package kr.co.whaling.adapter.out.upbit;

/**
 * Upbit answered 404 "Code not found": a market asked for does not exist (any more). Not a failure
 * of the source: the adapter answers "no price" for such markets.
 */
final class UnknownMarketException extends UpbitHttpException {

    UnknownMarketException(String detail) {
        super(404, detail);
    }
}
