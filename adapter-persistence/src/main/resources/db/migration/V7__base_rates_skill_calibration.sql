-- Base rates, skill and calibration (domain.md, "Base rates").
-- A question keeps the base rate taken when it was created: YES in base_rate_yes_windows of
-- base_rate_windows past windows, and the 95% Wilson interval computed then. All four are NULL when
-- the coin had too little history (and for every question created before this version).
ALTER TABLE votes ADD COLUMN base_rate_yes_windows INT NULL;
ALTER TABLE votes ADD COLUMN base_rate_windows INT NULL;
ALTER TABLE votes ADD COLUMN base_rate_low DOUBLE NULL;
ALTER TABLE votes ADD COLUMN base_rate_high DOUBLE NULL;

-- A member's skill counters, over their settled answers to questions with a base rate: how many,
-- how many were right, and the sum of their expected hits. Kept by the settlement, never recomputed.
ALTER TABLE members ADD COLUMN skill_answers BIGINT NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN skill_right BIGINT NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN skill_expected_hits DOUBLE NOT NULL DEFAULT 0;
-- GET /leaderboard?order=skill reads the members with enough such answers from this index.
CREATE INDEX ix_members_skill_answers ON members (skill_answers);

-- The crowd's calibration, summed by the settlement per coin, horizon and tenth of the crowd's YES
-- share (0 for [0, 0.1) ... 9 for [0.9, 1]): the questions, how many resolved YES, the sum of the
-- crowd's squared errors, and over those with a base rate their number and the sum of the base
-- rate's squared errors. GET /stats/calibration adds these few rows up.
CREATE TABLE calibration_buckets (
    coin_code                VARCHAR(15) NOT NULL,
    horizon                  VARCHAR(8)  NOT NULL,
    tenth                    INT         NOT NULL,
    questions                BIGINT      NOT NULL,
    resolved_yes             BIGINT      NOT NULL,
    crowd_squared_errors     DOUBLE      NOT NULL,
    with_base_rate           BIGINT      NOT NULL,
    base_rate_squared_errors DOUBLE      NOT NULL,
    PRIMARY KEY (coin_code, horizon, tenth),
    CONSTRAINT fk_calibration_buckets_coin FOREIGN KEY (coin_code) REFERENCES coins (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
