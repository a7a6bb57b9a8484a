package notebook

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations bring the schema from version i to i+1 (migrations[i]); the file's user_version
// is the number applied. Version 1 was the first release of the notebook: notes and tags.
// Version 2 added saved selections, the current marks, the drafts of notes being typed, and
// an index that reads every note in order without a sort.
// A migration is only ever appended, never changed.
var migrations = []string{
	`CREATE TABLE notes (
		id      TEXT PRIMARY KEY,
		code    TEXT NOT NULL,
		text    TEXT NOT NULL,
		created TEXT NOT NULL,
		edited  TEXT NOT NULL,
		author  TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX notes_code ON notes (code, created);
	CREATE TABLE tags (
		code  TEXT NOT NULL,
		tag   TEXT NOT NULL,
		added TEXT NOT NULL,
		PRIMARY KEY (code, tag)
	);`,
	`CREATE INDEX notes_created ON notes (created, id);
	CREATE TABLE selections (
		name  TEXT PRIMARY KEY,
		saved TEXT NOT NULL
	);
	CREATE TABLE selection_codes (
		name TEXT NOT NULL REFERENCES selections (name) ON DELETE CASCADE ON UPDATE CASCADE,
		pos  INTEGER NOT NULL,
		code TEXT NOT NULL,
		PRIMARY KEY (name, code)
	);
	CREATE TABLE marks (
		pos  INTEGER PRIMARY KEY,
		code TEXT NOT NULL UNIQUE
	);
	CREATE TABLE drafts (
		code    TEXT NOT NULL,
		note_id TEXT NOT NULL,
		text    TEXT NOT NULL,
		saved   TEXT NOT NULL,
		PRIMARY KEY (code, note_id)
	);`,
}

// migrate brings the database on conn to version to, in one transaction that also marks the
// file as a Vertailu notebook. It writes even when the schema is current, so that a file that
// cannot be written is found at the start, not at the first note.
func migrate(ctx context.Context, conn *sql.Conn, to int) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	for v := version; v < to; v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migration to version %d: %w", v+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", applicationID, max(version, to))); err != nil {
		return err
	}
	return tx.Commit()
}
