-- Each coin's daily closes from the price source, the history base rates are taken from (domain.md,
-- "Base rates"): one row per coin and day, the day being the Asia/Seoul date its daily candle started,
-- the close kept exactly. A day without a candle has no row.
-- The day column is trade_day, not day: DAY is a keyword of H2 (the embedded default), which would
-- need NON_KEYWORDS=DAY on every H2 URL, including ones operators wrote themselves.
CREATE TABLE daily_closes (
    coin_code   VARCHAR(15)    NOT NULL,
    trade_day   DATE           NOT NULL,
    close_price DECIMAL(38,18) NOT NULL,
    PRIMARY KEY (coin_code, trade_day),
    CONSTRAINT fk_daily_closes_coin FOREIGN KEY (coin_code) REFERENCES coins (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
