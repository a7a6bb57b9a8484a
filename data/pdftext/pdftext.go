// Package pdftext reads the text of PDF pages with PDFium compiled to WebAssembly
// (github.com/klippa-app/go-pdfium, run by wazero: pure Go, the same on every system). It is
// the loader's data.PDFReader. The runtime takes seconds to start (compiling PDFium, kept in
// the user's cache folder for the next time, see cache.go), so it starts once per process, on
// the first PDF, in the background; it reads one PDF at a time, in memory capped at
// memoryLimit, and sees no file system (it is given the bytes). An instance that fails on a
// PDF is thrown away: one bad PDF never spoils the next.
package pdftext

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/klippa-app/go-pdfium"
	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"

	"vertailu/data"
)

// maxPages bounds the pages read of one PDF: a description prints on a dozen. The loader warns
// of the pages left unread.
const maxPages = 200

// Reader is the process's PDF reader (see the package comment).
func Reader() data.PDFReader { return reader }

var reader = newReader(cacheFolder(), nil, memoryLimit)

// cacheFolder is where the compiled PDFium is kept (see cache.go); "" without a cache folder.
func cacheFolder() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "vertailu", "pdfium")
}

type pdfReader struct {
	cache string // the cache folder; "" for none
	wasm  []byte // PDFium; nil for go-pdfium's own
	mem   *memories

	mu    sync.Mutex // guards start
	start *startup   // the runtime's start, under way or done

	turn     chan struct{} // holding it is reading: one PDF at a time, one instance
	instance pdfium.Pdfium // held with turn; nil before the first PDF and after a failed one
}

func newReader(cache string, wasm []byte, limit uint64) *pdfReader {
	return &pdfReader{cache: cache, wasm: wasm, mem: &memories{limit: limit}, turn: make(chan struct{}, 1)}
}

// startup is one start of the runtime.
type startup struct {
	done      chan struct{} // closed when pool or err is set
	preparing bool          // it compiles PDFium: seconds
	pool      pdfium.Pool
	err       error
	failed    time.Time // when err was set
}

// failedLongAgo reports whether the start failed more than retryStart ago.
func (st *startup) failedLongAgo() bool {
	select {
	case <-st.done:
		return st.err != nil && time.Since(st.failed) > retryStart
	default:
		return false
	}
}

// readTimeout bounds the reading of one PDF: a description's dozen pages take well under a
// second, and a PDF that makes PDFium loop must not hold a loader's worker (and so the load)
// for ever. A variable for the tests.
var readTimeout = 30 * time.Second

// retryStart is how long a failed start is the answer before the next PDF tries again: a
// folder of PDFs is not tried file by file, and a reload a while later tries again.
const retryStart = time.Minute

// started returns the started runtime's pool, starting it when it is not, or ctx's error when
// ctx ends first: a start goes on without the load that began it, for the next. A load that
// waits for a start that compiles is told (data.PreparingPDF).
func (r *pdfReader) started(ctx context.Context) (pdfium.Pool, error) {
	r.mu.Lock()
	if r.start == nil || r.start.failedLongAgo() {
		r.start = r.begin()
	}
	st := r.start
	r.mu.Unlock()
	select {
	case <-st.done:
	default:
		if st.preparing {
			data.PreparingPDF(ctx)
		}
		select {
		case <-st.done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if st.err != nil {
		return nil, fmt.Errorf("%w: %v", data.ErrPDFReader, st.err)
	}
	return st.pool, nil
}

// begin starts the runtime in the background. It starts from the compiled module in the cache
// when the cache holds a sound one; a cache wazero cannot read back anyway is emptied and the
// start made again, compiling.
func (r *pdfReader) begin() *startup {
	c := openCache(r.cache)
	st := &startup{done: make(chan struct{}), preparing: !c.warm()}
	go func() {
		defer close(st.done)
		st.pool, st.err = r.init(c)
		if st.err != nil && c.root != "" {
			c.wipe()
			st.pool, st.err = r.init(c)
		}
		if st.err != nil {
			st.failed = time.Now()
			return
		}
		c.sign()
	}()
	return st
}

// init starts the runtime with the features the bundled PDFium needs (WebAssembly exception
// handling, see webassembly.Init), interruptible (a stopped read ends at once), with the
// memory of r.mem and the compiled module kept in the cache c.
func (r *pdfReader) init(c moduleCache) (pdfium.Pool, error) {
	rc := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
		WithCloseOnContextDone(true)
	if c.root != "" {
		cache, err := wazero.NewCompilationCacheWithDir(c.root)
		if err != nil {
			return nil, err
		}
		rc = rc.WithCompilationCache(cache)
	}
	return webassembly.Init(webassembly.Config{
		Context: experimental.WithMemoryAllocator(context.Background(), r.mem),
		MinIdle: 1, MaxIdle: 1, MaxTotal: 1,
		WASM:          r.wasm,
		FSConfig:      wazero.NewFSConfig(), // no file system: PDFium is given the bytes
		RuntimeConfig: rc,
		Stdout:        io.Discard,
		Stderr:        io.Discard,
	})
}

// PageTexts returns the text of each of the first maxPages pages of pdf, and how many pages it
// has. A PDF that PDFium fails on (damaged, or needing more than memoryLimit), does not read
// within readTimeout, or is still reading when ctx ends, has its instance thrown away: the
// next PDF gets a new one.
func (r *pdfReader) PageTexts(ctx context.Context, pdf []byte) ([]string, int, error) {
	pool, err := r.started(ctx)
	if err != nil {
		return nil, 0, err
	}
	select {
	case r.turn <- struct{}{}:
		defer func() { <-r.turn }()
	case <-ctx.Done():
		return nil, 0, ctx.Err()
	}
	if r.instance == nil {
		getCtx, cancel := context.WithTimeout(ctx, time.Minute)
		inst, err := pool.GetInstanceWithContext(getCtx)
		cancel()
		if err != nil {
			return nil, 0, fmt.Errorf("%w: %v", data.ErrPDFReader, err)
		}
		r.instance = inst
	}
	type result struct {
		pages []string
		total int
		err   error
	}
	done := make(chan result, 1)
	inst, refused := r.instance, r.mem.refused.Load()
	readDone := r.mem.read()
	go func() {
		defer readDone()
		pages, total, err := readPages(inst, pdf)
		done <- result{pages, total, err}
	}()
	timer := time.NewTimer(readTimeout)
	defer timer.Stop()
	select {
	case res := <-done:
		if res.err == nil {
			return res.pages, res.total, nil
		}
		r.discard() // after a trap its state is PDFium's at the moment it stopped: unusable
		if r.mem.refused.Load() > refused {
			return nil, 0, fmt.Errorf("%w: %v", data.ErrPDFMemory, res.err)
		}
		return nil, 0, res.err
	case <-timer.C:
		r.discard() // stops the running call: the goroutine above returns with an error
		return nil, 0, fmt.Errorf("%w: no text after %s", data.ErrPDFTimeout, readTimeout)
	case <-ctx.Done():
		r.discard()
		return nil, 0, ctx.Err()
	}
}

// discard throws the instance away (with turn held).
func (r *pdfReader) discard() {
	r.instance.Kill()
	r.instance = nil
}

// readPages reads the text of each of the first maxPages pages of pdf with inst, and says how
// many pages it has.
func readPages(inst pdfium.Pdfium, pdf []byte) (pages []string, total int, err error) {
	defer func() {
		if p := recover(); p != nil {
			pages, err = nil, fmt.Errorf("%w: %v", data.ErrPDFBroken, p)
		}
	}()
	b := pdf
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &b})
	if err != nil {
		return nil, 0, openError(err)
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
	n, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, 0, fmt.Errorf("%w: %v", data.ErrPDFBroken, err)
	}
	for i := range min(n.PageCount, maxPages) {
		t, err := inst.GetPageText(&requests.GetPageText{Page: requests.Page{
			ByIndex: &requests.PageByIndex{Document: doc.Document, Index: i},
		}})
		if err != nil {
			return nil, 0, fmt.Errorf("%w: page %d: %v", data.ErrPDFBroken, i+1, err)
		}
		pages = append(pages, lineEndHyphens(strings.ReplaceAll(t.Text, "\r\n", "\n")))
	}
	return pages, n.PageCount, nil
}

// openError says why a PDF did not open: a password, or damage.
func openError(err error) error {
	if errors.Is(err, pdfiumerrors.ErrPassword) {
		return fmt.Errorf("%w: %v", data.ErrPDFPassword, err)
	}
	return fmt.Errorf("%w: %v", data.ErrPDFBroken, err)
}

// lineEndHyphens puts back the hyphens PDFium marks with \x02 where a word broke at a hyphen at
// the end of a printed line (it joins the two lines): "työmarkkina-asemassa", and "terveys-
// ja …" when the word after is a conjunction, as in Finnish "sosiaali-, terveys- ja".
func lineEndHyphens(s string) string {
	if !strings.Contains(s, "\x02") {
		return s
	}
	var b strings.Builder
	for i, part := range strings.Split(s, "\x02") {
		if i > 0 {
			b.WriteByte('-')
			for _, w := range []string{"ja ", "tai ", "sekä ", "että ", "eli ", "and ", "or "} {
				if strings.HasPrefix(part, w) {
					b.WriteByte(' ')
					break
				}
			}
		}
		b.WriteString(part)
	}
	return b.String()
}
