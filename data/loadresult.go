package data

// FileStatus says what became of one file of an opened folder.
type FileStatus int

// Every file ends in exactly one of these.
const (
	Loaded             FileStatus = iota // a project description, read without problems
	LoadedWithWarnings                   // a project description, with problems worth a look
	Skipped                              // not a project description, or not readable
)

// String returns "ok", "warn" or "skip".
func (s FileStatus) String() string {
	switch s {
	case Loaded:
		return "ok"
	case LoadedWithWarnings:
		return "warn"
	default:
		return "skip"
	}
}

// FileResult accounts for one file of an opened folder.
type FileResult struct {
	Path     string // relative to the folder, forward slashes
	Status   FileStatus
	Reason   Problem   // why it was skipped
	Problems []Problem // warnings of a loaded file (a description: its Project.Warnings), or why no row of a skipped list read
	Project  *Project  // a description's project; nil for a list or when skipped
	// Listed are a project list's projects in row order; one merged into a description of
	// the same code (or into an earlier list's row) is the project it became part of.
	Listed []*Project
	// Internal says the file was skipped for an error of Vertailu's own, not of the file's:
	// the commands then exit non-zero, as their output is missing a file it should have.
	Internal bool
	// Rows and RowsRead account for a project list's rows: those holding anything, and those
	// read as projects (the rest are problems naming their lines). Both 0 for a description.
	Rows, RowsRead int
	// Exported is a list export's date and where it was read (see the loader's dateFile); zero
	// for a description.
	Exported  ExportDate
	ListKinds map[string]int // a list's problems by code, all of them (Problems keeps 100)
}

// LoadResult is everything one load found: every file, and the projects in path order.
type LoadResult struct {
	Root     string // the folder as given, or a name for an embedded folder
	Files    []FileResult
	Projects []*Project
	// Places are where the load read from, every link resolved: the folder itself, and each
	// folder or file outside it that a symbolic link inside led to. Nothing may be written
	// into any of them (see export.RefuseInside). Empty for an embedded folder.
	Places []string
}

// Counts returns how many files were loaded cleanly, loaded with warnings and skipped.
func (r *LoadResult) Counts() (ok, warn, skip int) {
	for _, f := range r.Files {
		switch f.Status {
		case Loaded:
			ok++
		case LoadedWithWarnings:
			warn++
		default:
			skip++
		}
	}
	return ok, warn, skip
}
