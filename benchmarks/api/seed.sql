-- Seeds the API benchmark's data set into an already migrated Whaling schema (MariaDB 10.11 /
-- MySQL 8). benchmarks/api.sh prepends the sizes as session variables:
--   @members, @votes, @finished (votes 1..@finished are closed, the rest ongoing), @per_vote
--   (answers per vote; @votes * @per_vote answers in all).
-- Everything is set-based (INSERT ... SELECT over a generated 0..999,999 sequence), so a million
-- answers take seconds, not minutes. It empties the application's tables first: run it only on a
-- database the benchmark owns.
--
-- Who answered what is a formula, and the load test relies on it: answer k (0 <= k < @per_vote)
-- of vote v comes from member ((v * 7919 + k * @members / @per_vote) MOD @members) + 1. Every such
-- member id is congruent to v * 7919 modulo @members / @per_vote, so the load test (FirstAnswers.java)
-- finds members that have NOT answered vote v by adding half that stride: its POSTs are real first answers.

SET SESSION foreign_key_checks = 0;
SET SESSION unique_checks = 0;
SET @now = UTC_TIMESTAMP(6);
SET @stride = @members DIV @per_vote;

TRUNCATE TABLE point_ledger;
TRUNCATE TABLE calibration_buckets;
TRUNCATE TABLE answers;
TRUNCATE TABLE votes;
TRUNCATE TABLE coins;
TRUNCATE TABLE members;

-- Plenty of points, so no answer is refused for want of them. Every 50th member is a whale
-- (40 right of 50), the rest have a short, ordinary history.
-- Every member also has 10 to 39 settled answers to questions with a base rate, so all of them are
-- ranked by skill (GET /leaderboard?order=skill ranks all 10,000).
INSERT INTO members (id, kakao_id, nickname, nickname_key, points, right_count, wrong_count,
                     skill_answers, skill_right, skill_expected_hits,
                     profile_image_url, is_default_profile, staff, created_at)
WITH d AS (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
           UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9),
     seq AS (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n
             FROM d a CROSS JOIN d b CROSS JOIN d c CROSS JOIN d e CROSS JOIN d f CROSS JOIN d g)
SELECT n + 1, 900000000 + n, CONCAT('bench', n + 1), CONCAT('bench', n + 1), 10000000,
       CASE WHEN (n + 1) MOD 50 = 0 THEN 40 ELSE (n + 1) MOD 4 END,
       CASE WHEN (n + 1) MOD 50 = 0 THEN 10 ELSE (n + 1) MOD 3 END,
       10 + n MOD 30, (10 + n MOD 30) * (n MOD 7) DIV 7, (10 + n MOD 30) * (0.2 + (n MOD 11) / 20),
       NULL, FALSE, FALSE, @now - INTERVAL 90 DAY
FROM seq WHERE n < @members;

-- Ten coins with a fresh price (the answer path reads it).
INSERT INTO coins (code, korean_name, english_name, image_url, latest_price, latest_price_at, warning, listed) VALUES
    ('BTC', '비트코인', 'Bitcoin', 'https://static.upbit.com/logos/BTC.png', 143250000, @now, FALSE, TRUE),
    ('ETH', '이더리움', 'Ethereum', 'https://static.upbit.com/logos/ETH.png', 5120000, @now, FALSE, TRUE),
    ('XRP', '엑스알피(리플)', 'XRP', 'https://static.upbit.com/logos/XRP.png', 3450, @now, FALSE, TRUE),
    ('SOL', '솔라나', 'Solana', 'https://static.upbit.com/logos/SOL.png', 251000, @now, FALSE, TRUE),
    ('DOGE', '도지코인', 'Dogecoin', 'https://static.upbit.com/logos/DOGE.png', 312.5, @now, FALSE, TRUE),
    ('ADA', '에이다', 'Cardano', 'https://static.upbit.com/logos/ADA.png', 1045, @now, FALSE, TRUE),
    ('TRX', '트론', 'TRON', 'https://static.upbit.com/logos/TRX.png', 389.2, @now, FALSE, TRUE),
    ('LINK', '체인링크', 'Chainlink', 'https://static.upbit.com/logos/LINK.png', 24150, @now, FALSE, TRUE),
    ('AVAX', '아발란체', 'Avalanche', 'https://static.upbit.com/logos/AVAX.png', 35420, @now, FALSE, TRUE),
    ('SHIB', '시바이누', 'Shiba Inu', 'https://static.upbit.com/logos/SHIB.png', 0.01872, @now, FALSE, TRUE);

-- Month questions, one per second of creation time, the newest an hour old. The first @finished
-- were created 8+ days ago: answering closed (FINISHED), settlement still weeks away. The rest are
-- ONGOING and close 6+ days from now, so every answer the benchmark sends is accepted on time.
INSERT INTO votes (id, coin_code, creator_id, official, direction, range_percent, horizon, created_price,
                   state, created_at, closes_at, settles_at, creation_fee, answer_cost, reward, updated_at)
WITH d AS (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
           UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9),
     seq AS (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n
             FROM d a CROSS JOIN d b CROSS JOIN d c CROSS JOIN d e CROSS JOIN d f CROSS JOIN d g),
     v AS (SELECT n + 1 AS id,
                  ELT(1 + n MOD 10, 'BTC', 'ETH', 'XRP', 'SOL', 'DOGE', 'ADA', 'TRX', 'LINK', 'AVAX', 'SHIB') AS coin,
                  CASE WHEN n + 1 <= @finished
                       THEN @now - INTERVAL 8 DAY - INTERVAL (@finished - n) * 10 SECOND
                       ELSE @now - INTERVAL 1 HOUR - INTERVAL (@votes - n - 1) SECOND END AS created_at
           FROM seq WHERE n < @votes)
SELECT v.id, v.coin, ((v.id * 37) MOD @members) + 1, FALSE,
       IF(v.id MOD 2 = 0, 'UP', 'DOWN'), 1 + v.id MOD 20, 'MONTH',
       c.latest_price * (0.9 + (v.id MOD 200) / 1000),
       IF(v.id <= @finished, 'FINISHED', 'ONGOING'),
       v.created_at, v.created_at + INTERVAL 7 DAY, v.created_at + INTERVAL 1 MONTH,
       50, 10, 20, v.created_at
FROM v JOIN coins c ON c.code = v.coin;

-- @per_vote answers per question, a minute apart after its creation, sides mixed; whale flags
-- follow the members' whale status.
INSERT INTO answers (vote_id, member_id, choice, whale, price_at_answer, cost, result, created_at)
WITH d AS (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
           UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9),
     seq AS (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n
             FROM d a CROSS JOIN d b CROSS JOIN d c CROSS JOIN d e CROSS JOIN d f CROSS JOIN d g),
     a AS (SELECT n DIV @per_vote + 1 AS vote_id, n MOD @per_vote AS k FROM seq WHERE n < @votes * @per_vote),
     am AS (SELECT vote_id, k, ((vote_id * 7919 + k * @stride) MOD @members) + 1 AS member_id FROM a)
SELECT am.vote_id, am.member_id, IF((am.vote_id + am.k) MOD 3 = 0, 'NO', 'YES'), am.member_id MOD 50 = 0,
       v.created_price, 10, 'PENDING', v.created_at + INTERVAL (am.k + 1) MINUTE
FROM am JOIN votes v ON v.id = am.vote_id
ORDER BY am.vote_id, am.member_id;

-- Tallies consistent with the answers.
UPDATE votes v
JOIN (SELECT vote_id,
             SUM(choice = 'YES') AS yes_count, SUM(choice = 'NO') AS no_count,
             SUM(choice = 'YES' AND whale) AS whale_yes, SUM(choice = 'NO' AND whale) AS whale_no
      FROM answers GROUP BY vote_id) t ON t.vote_id = v.id
SET v.yes_count = t.yes_count, v.no_count = t.no_count,
    v.whale_yes_count = t.whale_yes, v.whale_no_count = t.whale_no,
    v.participants = t.yes_count + t.no_count;

-- The crowd's calibration as settlements keep it: every coin, horizon and tenth of the crowd's YES
-- share holds 50 to 77 settled questions (GET /stats/calibration adds these 300 rows up).
INSERT INTO calibration_buckets (coin_code, horizon, tenth, questions, resolved_yes, crowd_squared_errors,
                                 with_base_rate, base_rate_squared_errors)
WITH t AS (SELECT 0 AS t UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
           UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9),
     h AS (SELECT 'DAY' AS h UNION ALL SELECT 'WEEK' UNION ALL SELECT 'MONTH')
SELECT c.code, h.h, t.t, 50 + 3 * t.t, (50 + 3 * t.t) * t.t DIV 10, (50 + 3 * t.t) * 0.18,
       45 + 3 * t.t, (45 + 3 * t.t) * 0.22
FROM coins c CROSS JOIN h CROSS JOIN t;

SET SESSION unique_checks = 1;
SET SESSION foreign_key_checks = 1;

ANALYZE TABLE members, coins, votes, answers, calibration_buckets;

SELECT (SELECT COUNT(*) FROM members) AS members, (SELECT COUNT(*) FROM votes) AS votes,
       (SELECT COUNT(*) FROM answers) AS answers,
       (SELECT COUNT(*) FROM votes WHERE state = 'ONGOING') AS ongoing;
