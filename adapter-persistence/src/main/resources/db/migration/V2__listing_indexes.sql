-- GET /votes?sort=popular reads its page of ids from this index alone, in the listing's order
-- (most participants, then newest, then highest id) and stops after the page. V1's index ended at
-- created_at and left the id tiebreak to the engine appending the primary key to secondary indexes
-- (an optimizer switch on MySQL and MariaDB, extended keys); naming id makes the order the index's own.
-- Newest first already has its index: ix_votes_state_created (state, created_at, id).
CREATE INDEX ix_votes_state_participants_created ON votes (state, participants, created_at, id);
DROP INDEX ix_votes_state_participants ON votes;
