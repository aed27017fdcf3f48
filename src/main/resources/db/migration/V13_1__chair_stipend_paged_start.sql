-- The quarter starts its chairs' instances in pages (issue 13): each page takes the next chairs of
-- the quarter without an instance noted, so that a page run again after a node's death starts
-- nobody twice.
CREATE INDEX ix_cs_roster_quarter_instance ON cs_roster (quarter, process_instance_id);
