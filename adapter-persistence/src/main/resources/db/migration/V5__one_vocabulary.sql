-- One word per concept (README, "Glossary"): a member's answer is an Answer (table answers), the side
-- it takes is its choice (YES or NO), and a settled question is TRACKED at tracked_at, as the API says.
-- Constraint and index names keep their first names (uk_choices_vote_member, ...): renaming them needs
-- a different statement on each supported database, and nothing refers to them.
ALTER TABLE choices RENAME TO answers;
ALTER TABLE answers RENAME COLUMN side TO choice;
ALTER TABLE votes RENAME COLUMN settled_at TO tracked_at;
