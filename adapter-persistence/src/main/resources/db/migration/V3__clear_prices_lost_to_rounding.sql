-- Prices: DECIMAL(38,18) already holds what Upbit sends (KRW prices up to about 10^8, ticks of at
-- most 8 decimals) with a wide margin, so the columns stay. What did not fit was refused by no one:
-- a price with more than 18 decimals was rounded by the database, to 0 for the smallest ones, and a
-- coin whose latest price was stored as 0 made every search listing it fail. The app now refuses
-- such a price for its coin (kr.co.whaling.domain.coin.Price); this forgets the latest prices an
-- older version left at 0, so those coins wait for their next quote instead of breaking listings.
UPDATE coins SET latest_price = NULL, latest_price_at = NULL WHERE latest_price <= 0;
