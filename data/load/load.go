// Package load opens a folder of project material: it walks it (links, own folders and
// unreadable entries accounted for), reads each file with the reader of what it is (a list
// export, a printed PDF, a saved page, a description), makes one project of each code that
// several sources give, and accounts for every file: read, read with warnings, or skipped with
// the reason.
package load

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/sync/errgroup"

	"vertailu/data"
	"vertailu/data/list"
	"vertailu/data/page"
)

// Options tune a load. The zero value is fine.
type Options struct {
	// Workers bounds parallel reads; 0 means DefaultWorkers.
	Workers int
	// Progress, when set, is called after each file with the count done and the total, from
	// the loading goroutines (one call at a time).
	Progress func(done, total int)
	// PDF reads the text of PDFs, so that printed descriptions load; nil skips every PDF.
	PDF data.PDFReader
	// Preparing, when set, is called when the load waits for the PDF reader to prepare itself:
	// seconds, once per computer (see PreparingPDF). From a loading goroutine, once per load,
	// never at the same time as Progress.
	Preparing func()
	// Own are the program's own folders (its cache, its settings): a folder below the one
	// loaded that is one of them is passed over without a word, as it holds no description
	// and changes as the program runs (a load of the home folder would list the PDF reader's
	// cache as a skipped file, and a later one a file more).
	Own []string
	// ExportDates are the officer's corrections of list exports' dates, by path relative to
	// the folder (see dateFile).
	ExportDates map[string]data.Date
}

// source is one file to read: its relative path and where it is.
type source struct {
	rel  string
	path string                  // a file on disk, read by readPath
	open func() (fs.File, error) // or a file of an fs.FS
	skip data.Problem            // set when the walk already knows the file is to be skipped
}

// Folder reads every file below dir, recursively, and parses the project descriptions. It
// never writes into dir, follows a symbolic link to a folder only once (so a link loop ends),
// and accounts for every file it meets. It fails only when dir itself cannot be read or ctx is
// cancelled.
func Folder(ctx context.Context, dir string, opts Options) (*data.LoadResult, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, &data.PlaceError{Path: dir, Problem: data.FolderUnreadable, Err: err}
	}
	if !info.IsDir() {
		return nil, &data.PlaceError{Path: dir, Problem: data.NotAFolder}
	}
	if _, err := os.ReadDir(dir); err != nil {
		return nil, &data.PlaceError{Path: dir, Problem: data.FolderUnreadable, Err: err}
	}
	w := &walker{ctx: ctx, root: dir, seen: []os.FileInfo{info}, own: statFolders(opts.Own)}
	w.place(dir)
	w.walk(dir, "")
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res, err := load(ctx, dir, w.sources, opts)
	if res != nil {
		res.Places = w.places
	}
	return res, err
}

// FS reads every file of fsys (for example the embedded sample folder).
func FS(ctx context.Context, fsys fs.FS, name string, opts Options) (*data.LoadResult, error) {
	var srcs []source
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			srcs = append(srcs, source{rel: p, skip: readProblem(p, err)})
			return nil
		}
		if d.IsDir() {
			return nil
		}
		srcs = append(srcs, source{rel: p, open: func() (fs.File, error) { return fsys.Open(p) }})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", name, err)
	}
	return load(ctx, name, srcs, opts)
}

// walker lists the files below a folder on disk, guarding against symbolic-link loops.
type walker struct {
	ctx     context.Context // cancelling it ends the walk
	root    string
	seen    []os.FileInfo // folders already entered
	sources []source
	places  []string      // the folder and what links led to, resolved (LoadResult.Places)
	own     []os.FileInfo // folders never entered (Options.Own)
}

// statFolders returns the folders of paths that exist.
func statFolders(paths []string) []os.FileInfo {
	var infos []os.FileInfo
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			infos = append(infos, info)
		}
	}
	return infos
}

// place records where a path really is, every link resolved.
func (w *walker) place(p string) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return // gone already: nothing was read there
	}
	if abs, err := filepath.Abs(real); err == nil {
		w.places = append(w.places, abs)
	}
}

func (w *walker) walk(abs, rel string) {
	entries, err := os.ReadDir(abs)
	if err != nil {
		w.sources = append(w.sources, source{rel: slashRel(rel), skip: data.NewProblem(slashRel(rel), 0, "folder_unreadable", "Error", plainError(err))})
		return
	}
	for _, e := range entries {
		if w.ctx.Err() != nil {
			return
		}
		childAbs := filepath.Join(abs, e.Name())
		childRel := path.Join(rel, e.Name())
		if e.Type().IsRegular() { // the common case: no extra system call
			w.sources = append(w.sources, source{rel: childRel, path: childAbs})
			continue
		}
		info, err := os.Stat(childAbs) // follows links
		if err != nil {
			w.sources = append(w.sources, source{rel: childRel, skip: readProblem(childRel, err)})
			continue
		}
		if info.IsDir() && slices.ContainsFunc(w.own, func(o os.FileInfo) bool { return os.SameFile(o, info) }) {
			continue // the program's own files (Options.Own)
		}
		if page := page.SavedOf(e.Name(), entries); info.IsDir() && page != "" {
			w.sources = append(w.sources, source{rel: childRel + "/", skip: data.NewProblem(childRel+"/", 0, "page_files", "Page", page)})
			continue
		}
		if info.IsDir() {
			if w.entered(info) {
				w.sources = append(w.sources, source{rel: childRel + "/", skip: data.NewProblem(childRel+"/", 0, "link_seen")})
				continue
			}
			w.seen = append(w.seen, info)
			w.place(childAbs)
			w.walk(childAbs, childRel)
			continue
		}
		if !info.Mode().IsRegular() {
			w.sources = append(w.sources, source{rel: childRel, skip: data.NewProblem(childRel, 0, "not_regular")})
			continue
		}
		w.place(childAbs) // a link to a file
		w.sources = append(w.sources, source{rel: childRel, path: childAbs})
	}
}

func (w *walker) entered(info os.FileInfo) bool {
	for _, s := range w.seen {
		if os.SameFile(s, info) {
			return true
		}
	}
	return false
}

func slashRel(rel string) string {
	if rel == "" {
		return "."
	}
	return rel + "/"
}

// plainError drops the Go path prefix from an *fs.PathError: the path is said elsewhere.
// readProblem is why a file that could not be read is skipped.
func readProblem(file string, err error) data.Problem {
	if errors.Is(err, errNotRegular) {
		return data.NewProblem(file, 0, "not_regular")
	}
	return data.NewProblem(file, 0, "unreadable", "Error", plainError(err))
}

func plainError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return err.Error()
}

// errNotRegular is why a path that is not a regular file (a folder, a pipe, a device) is not read.
var errNotRegular = errors.New("not a regular file")

// maxFileSize bounds what is read: descriptions are a few tens of kilobytes, the list export
// of a whole programme period (19,940 rows) about six megabytes.
const maxFileSize = 32 << 20

// DefaultWorkers is how many files load reads and parses at once unless told otherwise:
// a few per core, so that one worker's read overlaps another's parsing and a slow disk or
// network folder keeps several requests in flight.
func DefaultWorkers() int { return min(4*runtime.NumCPU(), 32) }

// load reads and parses the sources with a bounded pool and returns them in path order.
func load(ctx context.Context, root string, srcs []source, opts Options) (*data.LoadResult, error) {
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].rel < srcs[j].rel })
	results := make([]data.FileResult, len(srcs))
	workers := opts.Workers
	if workers <= 0 {
		workers = DefaultWorkers()
	}
	var mu sync.Mutex // one Progress or Preparing call at a time
	if opts.Preparing != nil {
		ctx = context.WithValue(ctx, data.PreparingKey{}, sync.OnceFunc(func() {
			mu.Lock()
			defer mu.Unlock()
			opts.Preparing()
		}))
	}
	done := 0
	rows := list.NewBudget(list.MaxLoadRows)
	// Each worker takes the next file until none is left, keeping its read buffer and parse
	// scratch from file to file (the parse keeps nothing of the bytes). Workers that live for
	// the whole load keep their grown stacks too: a goroutine a file, each growing its stack
	// for the parser anew, made a load of 10,000 descriptions a fifth slower.
	var next atomic.Int64
	var g errgroup.Group
	for range min(workers, len(srcs)) {
		g.Go(func() error {
			w := &worker{pdf: opts.PDF, ctx: ctx, rows: rows}
			for {
				i := int(next.Add(1) - 1)
				if i >= len(srcs) || ctx.Err() != nil {
					return nil
				}
				results[i] = loadOne(srcs[i], w)
				dateFile(&results[i], srcs[i], opts.ExportDates)
				if opts.Progress != nil {
					mu.Lock()
					done++
					opts.Progress(done, len(srcs))
					mu.Unlock()
				}
			}
		})
	}
	_ = g.Wait() // a file's problem is its result, never an error
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sayReaderOnce(results)
	res := &data.LoadResult{Root: root, Files: results}
	var all []*data.Project
	for i := range results {
		if results[i].Project != nil {
			all = append(all, results[i].Project)
		}
		all = append(all, results[i].Listed...)
	}
	res.Projects = mergeSources(res, all)
	data.NameListAxes(res.Projects)
	flagDuplicateCodes(res)
	return res, nil
}

// loadOne reads and parses one file with w's buffer and scratch; it never panics
// whatever the bytes.
func loadOne(src source, w *worker) (fr data.FileResult) {
	fr = data.FileResult{Path: src.rel, Status: data.Skipped}
	defer func() {
		if r := recover(); r != nil {
			fr = data.FileResult{Path: src.rel, Status: data.Skipped, Internal: true, Reason: data.NewProblem(src.rel, 0, "internal", "Error", fmt.Sprint(r))}
		}
	}()
	if src.skip.Code != "" {
		fr.Reason = src.skip
		return fr
	}
	b, err := readFile(src, &w.buf)
	var large tooLargeError
	switch {
	case errors.As(err, &large):
		fr.Reason = data.NewProblem(src.rel, 0, "too_large", "MB", strconv.FormatInt(int64(large+1<<20-1)>>20, 10), "Max", strconv.Itoa(maxFileSize>>20))
		return fr
	case err != nil:
		fr.Reason = readProblem(src.rel, err)
		return fr
	}
	return w.read(src.rel, b)
}

// tooLargeError is the size of a file too large to be a description.
type tooLargeError int64

func (e tooLargeError) Error() string { return fmt.Sprintf("file of %d bytes", int64(e)) }

// keepBuffer is the largest read buffer a worker keeps for the next file; a rare large file
// does not leave its buffer behind.
const keepBuffer = 1 << 20

// readFile reads the whole file into *buf, growing it as needed, and returns the bytes read.
// A file larger than maxFileSize is refused by its size, before it is read.
func readFile(src source, buf *[]byte) ([]byte, error) {
	if src.path != "" {
		return readPath(src.path, buf)
	}
	f, err := src.open()
	if err != nil {
		return nil, err
	}
	return readOpen(f, buf)
}

// readOpen reads an open file to its end into *buf and closes it.
func readOpen(f fs.File, buf *[]byte) ([]byte, error) {
	defer f.Close()
	size := int64(0)
	if info, err := f.Stat(); err == nil {
		if !info.Mode().IsRegular() {
			return nil, errNotRegular
		}
		size = info.Size()
	}
	return readAll(f, size, buf)
}

// readAll reads r to its end into *buf; size is what the file's size said, 0 when unknown.
func readAll(r io.Reader, size int64, buf *[]byte) ([]byte, error) {
	if size > maxFileSize {
		return nil, tooLargeError(size)
	}
	b := (*buf)[:0]
	if need := int(size) + 512; cap(b) < need { // a little room: the size may have grown
		b = make([]byte, 0, need)
	}
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if len(b) > maxFileSize {
			return nil, tooLargeError(len(b))
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if cap(b) <= keepBuffer {
		*buf = b
	}
	return b, nil
}

// otherFiles names the files idx holds other than the i-th: all of them when they are few, else
// the first few and how many more (a folder of a thousand copies of one file stays linear).
func otherFiles(res *data.LoadResult, idx []int, i int) (names string, more int) {
	const most = 5
	var list []string
	for _, j := range idx {
		if j != i && len(list) < most {
			list = append(list, res.Files[j].Path)
		}
	}
	return strings.Join(list, ", "), len(idx) - 1 - len(list)
}

// flagDuplicateCodes warns on every project whose code another file also has.
func flagDuplicateCodes(res *data.LoadResult) {
	byCode := map[string][]int{}
	for i, f := range res.Files {
		if f.Project != nil && f.Project.Code != "" && f.Project.File == f.Path { // not one merged into another file's
			k := strings.ToUpper(f.Project.Code)
			byCode[k] = append(byCode[k], i)
		}
	}
	for _, idx := range byCode {
		if len(idx) < 2 {
			continue
		}
		for _, i := range idx {
			f := &res.Files[i]
			names, more := otherFiles(res, idx, i)
			w := data.NewProblem(f.Path, f.Project.CodeLine, "duplicate_code", "Code", f.Project.Code, "Files", names)
			if more > 0 {
				w = data.NewProblem(f.Path, f.Project.CodeLine, "duplicate_code_more", "Code", f.Project.Code, "Files", names, "Count", strconv.Itoa(more))
			}
			f.Project.Warnings = append(f.Project.Warnings, w)
			f.Problems = f.Project.Warnings
			f.Status = data.LoadedWithWarnings
		}
	}
}
