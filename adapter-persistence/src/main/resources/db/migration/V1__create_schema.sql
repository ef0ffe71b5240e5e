-- Whaling schema. Runs unchanged on MySQL 8, MariaDB 10.11+ and H2 in MySQL mode (the embedded
-- default), so it keeps to their common subset: no CHECK constraints, no vendor functions.
-- Every DATETIME holds UTC. Prices are DECIMAL(38,18): 20 integer digits and 18 decimals hold both
-- 143250000 and 0.00000123 exactly. Points are whole numbers (BIGINT).

CREATE TABLE members (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    kakao_id           BIGINT        NOT NULL,
    nickname           VARCHAR(20)   NOT NULL,
    -- The nickname lower-cased (Locale.ROOT); binary collation so that the unique key means exactly
    -- "same lower-cased text", no accent or width folding on top.
    nickname_key       VARCHAR(20)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    points             BIGINT        NOT NULL,
    right_count        BIGINT        NOT NULL DEFAULT 0,
    wrong_count        BIGINT        NOT NULL DEFAULT 0,
    profile_image_url  VARCHAR(1024) NULL,
    is_default_profile BOOLEAN       NOT NULL DEFAULT FALSE,
    staff              BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_members_kakao_id UNIQUE (kakao_id),
    CONSTRAINT uk_members_nickname_key UNIQUE (nickname_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE coins (
    code             VARCHAR(15)    NOT NULL,
    korean_name      VARCHAR(100)   NOT NULL,
    english_name     VARCHAR(100)   NOT NULL,
    image_url        VARCHAR(1024)  NULL,
    latest_price     DECIMAL(38,18) NULL,
    latest_price_at  DATETIME(6)    NULL,
    warning          BOOLEAN        NOT NULL DEFAULT FALSE,
    listed           BOOLEAN        NOT NULL DEFAULT TRUE,
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE votes (
    id                      BIGINT         NOT NULL AUTO_INCREMENT,
    coin_code               VARCHAR(15)    NOT NULL,
    creator_id              BIGINT         NOT NULL,
    official                BOOLEAN        NOT NULL,
    direction               VARCHAR(8)     NOT NULL,
    range_percent           INT            NOT NULL,
    horizon                 VARCHAR(8)     NOT NULL,
    created_price           DECIMAL(38,18) NOT NULL,
    state                   VARCHAR(10)    NOT NULL,
    created_at              DATETIME(6)    NOT NULL,
    closes_at               DATETIME(6)    NOT NULL,
    settles_at              DATETIME(6)    NOT NULL,
    creation_fee            BIGINT         NOT NULL,
    answer_cost             BIGINT         NOT NULL,
    reward                  BIGINT         NOT NULL,
    yes_count               BIGINT         NOT NULL DEFAULT 0,
    no_count                BIGINT         NOT NULL DEFAULT 0,
    whale_yes_count         BIGINT         NOT NULL DEFAULT 0,
    whale_no_count          BIGINT         NOT NULL DEFAULT 0,
    -- yes_count + no_count, kept as its own column so "most participants first" can use an index.
    participants            BIGINT         NOT NULL DEFAULT 0,
    settlement_price        DECIMAL(38,18) NULL,
    settlement_candle_start DATETIME(6)    NULL,
    outcome                 VARCHAR(3)     NULL,
    crowd_verdict           BOOLEAN        NULL,
    whale_verdict           BOOLEAN        NULL,
    settled_at              DATETIME(6)    NULL,
    voided_at               DATETIME(6)    NULL,
    updated_at              DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_votes_coin FOREIGN KEY (coin_code) REFERENCES coins (code),
    CONSTRAINT fk_votes_creator FOREIGN KEY (creator_id) REFERENCES members (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- GET /votes by state, newest first; and the due-vote scans of the lifecycle jobs.
CREATE INDEX ix_votes_state_created ON votes (state, created_at, id);
CREATE INDEX ix_votes_state_participants ON votes (state, participants, created_at);
CREATE INDEX ix_votes_state_closes ON votes (state, closes_at);
CREATE INDEX ix_votes_state_settles ON votes (state, settles_at);
-- GET /votes?coin=...: coins matching the text first, then their questions.
CREATE INDEX ix_votes_coin_state_created ON votes (coin_code, state, created_at);
-- GET /user/created-votes.
CREATE INDEX ix_votes_creator_state_created ON votes (creator_id, state, created_at);

CREATE TABLE choices (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    vote_id         BIGINT         NOT NULL,
    member_id       BIGINT         NOT NULL,
    side            VARCHAR(3)     NOT NULL,
    whale           BOOLEAN        NOT NULL,
    price_at_answer DECIMAL(38,18) NULL,
    cost            BIGINT         NOT NULL,
    result          VARCHAR(8)     NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    -- One answer per member and question, whatever races: the database decides.
    CONSTRAINT uk_choices_vote_member UNIQUE (vote_id, member_id),
    CONSTRAINT fk_choices_vote FOREIGN KEY (vote_id) REFERENCES votes (id),
    CONSTRAINT fk_choices_member FOREIGN KEY (member_id) REFERENCES members (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- GET /user/participated-votes: a member's answers, newest first.
CREATE INDEX ix_choices_member_created ON choices (member_id, created_at);

-- The append-only point ledger. cause_key names what caused an entry ('SIGNUP_GRANT',
-- 'REWARD:17', ...); unique per member, so nothing is ever paid or charged twice.
CREATE TABLE point_ledger (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    member_id     BIGINT      NOT NULL,
    amount        BIGINT      NOT NULL,
    reason        VARCHAR(20) NOT NULL,
    vote_id       BIGINT      NULL,
    balance_after BIGINT      NOT NULL,
    cause_key     VARCHAR(64) NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_point_ledger_cause UNIQUE (member_id, cause_key),
    CONSTRAINT fk_point_ledger_member FOREIGN KEY (member_id) REFERENCES members (id),
    CONSTRAINT fk_point_ledger_vote FOREIGN KEY (vote_id) REFERENCES votes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- GET /user/points: a member's ledger, newest first.
CREATE INDEX ix_point_ledger_member_id ON point_ledger (member_id, id);

-- ShedLock (JDBC provider): each scheduled job runs once per period across the fleet.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    -- Explicit defaults: without them an old-style server (explicit_defaults_for_timestamp off)
    -- would make the first column ON UPDATE CURRENT_TIMESTAMP and move locks behind ShedLock's back.
    lock_until TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
