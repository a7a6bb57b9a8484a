// Package notebook keeps the officer's own layer (notes, tags, selections, the current marks
// and the drafts of notes being typed) in one SQLite database, through the pure-Go driver
// modernc.org/sqlite: WAL mode, a busy timeout so that two Vertailu processes share it, every
// change one transaction, a schema version with migrations. A file that cannot be used is
// moved aside (see OpenOrRecover) and can still be read for an export (OpenReadOnly).
package notebook

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"vertailu/data"
)

// FileName is the database's name in its folder (see Path).
const FileName = "notebook.db"

// Path is the database of the app whose storage folder is root: notebook/notebook.db, beside
// the settings folder.
func Path(root string) string { return filepath.Join(root, "notebook", FileName) }

// applicationID marks a Vertailu notebook in the file's header ("Vrtn"); a SQLite file with
// another ID is someone else's and is never written.
const applicationID = 0x5672746e

// busyTimeout is how long a change waits for another process's transaction to end.
const busyTimeout = 5 * time.Second

// Kind says why a database file could not be used.
type Kind string

// The kinds of OpenError.
const (
	KindDamaged  Kind = "damaged"   // not a SQLite database, or its pages fail the check
	KindForeign  Kind = "foreign"   // a SQLite database, but not a Vertailu notebook
	KindNewer    Kind = "newer"     // written by a newer Vertailu (its schema is unknown)
	KindReadOnly Kind = "read-only" // the file or its folder cannot be written
	KindLocked   Kind = "locked"    // another program holds it longer than the busy timeout
	KindNotFile  Kind = "not-file"  // a folder, pipe or device in the database's place
)

// OpenError is why the database at Path could not be opened.
type OpenError struct {
	Path string
	Kind Kind
	Err  error
}

func (e *OpenError) Error() string {
	return fmt.Sprintf("notebook %s: %s: %v", e.Path, e.Kind, e.Err)
}

func (e *OpenError) Unwrap() error { return e.Err }

// Store is a notebook in a SQLite file. It implements data.Notebook.
type Store struct {
	db   *sql.DB
	path string
	now  func() time.Time
}

var _ data.Notebook = (*Store)(nil)

// Open opens (or creates) the notebook at path and brings its schema up to date. It fails
// with an *OpenError when the file cannot be used.
func Open(path string) (*Store, error) { return open(path, busyTimeout, false) }

// OpenReadOnly opens the notebook at path for reading only, never changing it (for an export
// of a file that was moved aside). Its schema must be one this version knows.
func OpenReadOnly(path string) (*Store, error) { return open(path, busyTimeout, true) }

func open(path string, timeout time.Duration, readOnly bool) (*Store, error) {
	fail := func(k Kind, err error) (*Store, error) { return nil, &OpenError{Path: path, Kind: k, Err: err} }
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		return fail(KindNotFile, errors.New("not a regular file"))
	} else if err != nil && readOnly {
		return nil, err
	}
	if !readOnly {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return fail(KindReadOnly, err)
		}
	}
	db, err := sql.Open("sqlite", dsn(path, timeout, readOnly))
	if err != nil {
		return fail(KindDamaged, err)
	}
	s := &Store{db: db, path: path, now: time.Now}
	if err := s.prepare(readOnly); err != nil {
		db.Close()
		var oe *OpenError
		if errors.As(err, &oe) {
			oe.Path = path
			return nil, oe
		}
		return fail(kindOf(err), err)
	}
	return s, nil
}

// dsn is the driver's name for the file at path: a file: URI (so any character in the path is
// taken as written) with the pragmas each connection runs.
func dsn(path string, timeout time.Duration, readOnly bool) string {
	p := filepath.ToSlash(path)
	if runtime.GOOS == "windows" && !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	u := url.URL{Scheme: "file", Path: p}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", timeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	if readOnly {
		q.Set("mode", "ro")
	} else {
		q.Add("_pragma", "synchronous(full)") // a change is on disk when its commit returns
		q.Set("_txlock", "immediate")         // a writer takes its lock at BEGIN: no deadlock between two processes
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// kindOf names a SQLite error's cause for an OpenError.
func kindOf(err error) Kind {
	switch code(err) {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return KindLocked
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH:
		return KindReadOnly
	}
	return KindDamaged
}

// code is the primary SQLite result code in err, 0 when there is none.
func code(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() & 0xff
	}
	return 0
}

// wrap turns a full disk into data.ErrNotebookFull (kept with the driver's words).
func wrap(err error) error {
	if err == nil {
		return nil
	}
	if code(err) == sqlite3.SQLITE_FULL {
		return fmt.Errorf("%w: %v", data.ErrNotebookFull, err)
	}
	return err
}

// prepare checks that the file is a notebook of ours (or empty) and migrates it.
func (s *Store) prepare(readOnly bool) error {
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	var appID, version, objects int
	if err := conn.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return err
	}
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&objects); err != nil {
		return err
	}
	switch {
	case appID != applicationID && (appID != 0 || objects > 0):
		return &OpenError{Kind: KindForeign, Err: fmt.Errorf("a SQLite database of another program (application id %#x, %d objects)", appID, objects)}
	case version > len(migrations):
		return &OpenError{Kind: KindNewer, Err: fmt.Errorf("schema version %d; this Vertailu knows up to %d", version, len(migrations))}
	}
	var check string
	if err := conn.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&check); err != nil {
		return err
	}
	if check != "ok" {
		return &OpenError{Kind: KindDamaged, Err: errors.New(check)}
	}
	if readOnly {
		if version < len(migrations) {
			return &OpenError{Kind: KindNewer, Err: fmt.Errorf("schema version %d is older than this Vertailu's %d; open it for writing to migrate it", version, len(migrations))}
		}
		return nil
	}
	// WAL is set here, not for every connection, so that a foreign file is never changed; it
	// stays set in the file, and later connections read it from there.
	var mode string
	if err := conn.QueryRowContext(ctx, "PRAGMA journal_mode=wal").Scan(&mode); err != nil {
		return err
	}
	if mode != "wal" {
		return &OpenError{Kind: KindReadOnly, Err: fmt.Errorf("journal mode %s, not wal", mode)}
	}
	return migrate(ctx, conn, len(migrations))
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// FilePath is the database file.
func (s *Store) FilePath() string { return s.path }

// OpenOrRecover opens the notebook at path; when the file there cannot be used (damaged,
// foreign, newer, read-only, locked, not a file), it is moved aside (with its -wal and -shm
// files) as path.unusable-TIME, a new notebook is started at path, and the *OpenError says
// why, with moved naming where the old file went. When no notebook can be made at path at
// all, the error is returned with a nil store.
func OpenOrRecover(path string) (s *Store, moved string, why error) {
	s, err := Open(path)
	if err == nil {
		return s, "", nil
	}
	var oe *OpenError
	if !errors.As(err, &oe) {
		return nil, "", err
	}
	moved, merr := moveAside(path)
	if merr != nil {
		return nil, "", fmt.Errorf("%w; moving it aside failed: %v", err, merr)
	}
	s, err2 := Open(path)
	if err2 != nil {
		return nil, moved, fmt.Errorf("%w; a new notebook could not be started: %v", err, err2)
	}
	return s, moved, err
}

// moveAside renames path and its -wal and -shm files to path.unusable-TIME(-wal, -shm).
func moveAside(path string) (string, error) {
	to := path + ".unusable-" + time.Now().UTC().Format("20060102-150405")
	for i := 2; exists(to); i++ {
		to = fmt.Sprintf("%s.unusable-%s-%d", path, time.Now().UTC().Format("20060102-150405"), i)
	}
	if err := os.Rename(path, to); err != nil {
		return "", err
	}
	for _, ext := range []string{"-wal", "-shm"} {
		if exists(path + ext) {
			if err := os.Rename(path+ext, to+ext); err != nil {
				return to, err
			}
		}
	}
	return to, nil
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}
