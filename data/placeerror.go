package data

import "fmt"

// PlaceProblem says why a folder or file the officer named cannot be used: a code, worded for
// the reader by the catalogue (words.Lang.Error).
type PlaceProblem string

// The places' problems.
const (
	FolderUnreadable PlaceProblem = "folder_unreadable" // it cannot be opened or listed
	NotAFolder       PlaceProblem = "not_a_folder"      // it is there, but a file
	FileUnreadable   PlaceProblem = "file_unreadable"   // a file to read cannot be opened
	NotAFile         PlaceProblem = "not_a_file"        // a file to read is a folder or a device
	WhereUnknown     PlaceProblem = "where_unknown"     // where a file would land cannot be told
	InsideReadFolder PlaceProblem = "inside_read"       // a file would land in a folder being read
)

// PlaceError is a folder or file that cannot be used: its path, the problem, the folder being
// read it would land in (for InsideReadFolder), and the system's error beneath, when there is
// one. Its Error is English, for logs and programs; people read it worded by the catalogue.
type PlaceError struct {
	Path    string
	Problem PlaceProblem
	Place   string // the folder being read (InsideReadFolder)
	Err     error  // the system's error, or a sentinel callers test with errors.Is; may be nil
}

func (e *PlaceError) Error() string { return e.english().Error() }

// english is the error in English (Errorf: the words of logs and programs, not of people).
func (e *PlaceError) english() error {
	switch e.Problem {
	case FolderUnreadable:
		return fmt.Errorf("cannot open folder %s: %w", e.Path, e.Err)
	case NotAFolder:
		return fmt.Errorf("%s is not a folder", e.Path)
	case FileUnreadable:
		return fmt.Errorf("cannot open %s: %w", e.Path, e.Err)
	case NotAFile:
		return fmt.Errorf("%s is not a file", e.Path)
	case WhereUnknown:
		return fmt.Errorf("cannot tell where %s is: %w", e.Path, e.Err)
	case InsideReadFolder:
		return fmt.Errorf("will not write %s: %w (%s); choose another place", e.Path, e.Err, e.Place)
	}
	return fmt.Errorf("%s %s: %w", e.Problem, e.Path, e.Err)
}

func (e *PlaceError) Unwrap() error { return e.Err }
