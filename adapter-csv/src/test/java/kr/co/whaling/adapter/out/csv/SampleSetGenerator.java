package kr.co.whaling.adapter.out.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a made-up recorded-candles set for BTC and ETH in the CSV source's format: a seeded random
 * walk (the same files on every run), {@code minuteDays} days of one-minute candles from
 * {@code firstMinute}, and daily closes for the 400 Seoul days up to the last one the minutes cover
 * (those days close on their last minute). Needs only the JDK, so it runs as a single-file program:
 *
 * <pre>
 * java adapter-csv/src/test/java/kr/co/whaling/adapter/out/csv/SampleSetGenerator.java \
 *     adapter-csv/src/test/resources/sample 2026-03-01T15:00:00Z 3
 * </pre>
 *
 * That is how the sample set of the tests was made. For a demo on today's clock, write a set that
 * covers the coming week(s) instead, e.g. from today's 00:00 UTC for 35 days.
 */
public final class SampleSetGenerator {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final int DAILY_CLOSES = 400;
    private static final long SEED = 20260302L;

    /** A coin of the set: its names, its price on the first recorded day, its tick and daily volatility. */
    private record Coin(String code, String koreanName, String englishName, double firstPrice, BigDecimal tick,
                        double dailyVolatility) {
    }

    private static final List<Coin> COINS = List.of(
            new Coin("BTC", "비트코인", "Bitcoin", 95_000_000, new BigDecimal("1000"), 0.03),
            new Coin("ETH", "이더리움", "Ethereum", 3_300_000, new BigDecimal("1000"), 0.04));

    private SampleSetGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SampleSetGenerator <directory> <first minute, e.g. 2026-03-01T15:00:00Z> <days of minutes>");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        Instant firstMinute = Instant.parse(args[1]);
        int minuteDays = Integer.parseInt(args[2]);
        if (firstMinute.getEpochSecond() % 60 != 0 || minuteDays < 1) {
            throw new IllegalArgumentException("the first minute must be a whole minute, the days at least 1");
        }
        Files.createDirectories(directory);
        List<String> markets = new ArrayList<>(List.of("code,korean_name,english_name,warning"));
        Random random = new Random(SEED);
        for (Coin coin : COINS) {
            markets.add(coin.code() + "," + coin.koreanName() + "," + coin.englishName() + ",false");
            write(directory, coin, firstMinute, minuteDays, random);
        }
        Files.write(directory.resolve("markets.csv"), markets, StandardCharsets.UTF_8);
    }

    private static void write(Path directory, Coin coin, Instant firstMinute, int minuteDays, Random random)
            throws IOException {
        Instant end = firstMinute.plus(Duration.ofDays(minuteDays));
        LocalDate lastDay = end.minusSeconds(60).atZone(SEOUL).toLocalDate();
        LocalDate firstMinuteDay = firstMinute.atZone(SEOUL).toLocalDate();
        // Daily closes before the minutes: a walk that ends where the minutes begin.
        List<String> days = new ArrayList<>(List.of("date_kst,close"));
        double price = coin.firstPrice();
        for (LocalDate day = lastDay.minusDays(DAILY_CLOSES - 1); day.isBefore(firstMinuteDay); day = day.plusDays(1)) {
            price *= Math.exp(coin.dailyVolatility() * random.nextGaussian());
            days.add(day + "," + onTick(price, coin.tick()));
        }
        // Minutes: the same walk at a minute's volatility; each Seoul day closes on its last minute.
        List<String> minutes = new ArrayList<>(List.of("start_utc,close"));
        double minuteVolatility = coin.dailyVolatility() / Math.sqrt(24 * 60);
        LocalDate day = firstMinuteDay;
        String close = null;
        for (Instant start = firstMinute; start.isBefore(end); start = start.plusSeconds(60)) {
            LocalDate startDay = start.atZone(SEOUL).toLocalDate();
            if (!startDay.equals(day) && close != null) {
                days.add(day + "," + close);
                day = startDay;
            }
            price *= Math.exp(minuteVolatility * random.nextGaussian());
            close = onTick(price, coin.tick());
            minutes.add(start + "," + close);
        }
        days.add(day + "," + close);
        Files.write(directory.resolve("KRW-" + coin.code() + ".minutes.csv"), minutes, StandardCharsets.UTF_8);
        Files.write(directory.resolve("KRW-" + coin.code() + ".days.csv"), days, StandardCharsets.UTF_8);
    }

    /** The price rounded to the coin's tick, written as a plain decimal. */
    private static String onTick(double price, BigDecimal tick) {
        return BigDecimal.valueOf(price).divide(tick, 0, RoundingMode.HALF_EVEN).multiply(tick).toPlainString();
    }
}
