// Package pdftext reads the text of PDF pages with PDFium compiled to WebAssembly
// (github.com/klippa-app/go-pdfium, run by wazero: pure Go, the same on every system). It is
// the loader's data.PDFReader. The runtime takes seconds to start, so it starts once per
// process, on the first PDF, on the goroutine that reads it (never the UI's); it reads one PDF
// at a time and sees no file system (it is given the bytes).
package pdftext

import (
	"errors"
	"fmt"
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

// maxPages bounds the pages read of one PDF: a description prints on a dozen.
const maxPages = 200

// Reader is the process's PDF reader (see the package comment).
func Reader() data.PDFReader { return reader }

var reader = &pdfReader{}

type pdfReader struct {
	once     sync.Once
	mu       sync.Mutex // one PDF at a time: one instance
	pool     pdfium.Pool
	instance pdfium.Pdfium // nil after a PDF that took too long killed it
	err      error
}

// readTimeout bounds the reading of one PDF: a description's dozen pages take well under a
// second, and a PDF that makes PDFium loop must not hold a loader's worker (and so the load)
// for ever. A variable for the tests.
var readTimeout = 30 * time.Second

// start starts the runtime and its one instance.
func (r *pdfReader) start() {
	r.pool, r.err = webassembly.Init(webassembly.Config{
		MinIdle: 1, MaxIdle: 1, MaxTotal: 1,
		FSConfig:      wazero.NewFSConfig(), // no file system: PDFium is given the bytes
		RuntimeConfig: runtimeConfig(),
	})
	if r.err != nil {
		r.err = fmt.Errorf("cannot start PDFium: %w", r.err)
	}
}

// runtimeConfig is the features the bundled PDFium needs (WebAssembly exception handling,
// see webassembly.Init), interruptible (a killed instance stops at once), with the compiled
// module kept in the user's cache folder: compiling it takes seconds, reading it back a
// fraction of one. Without a cache folder it compiles.
func runtimeConfig() wazero.RuntimeConfig {
	c := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
		WithCloseOnContextDone(true)
	dir, err := os.UserCacheDir()
	if err != nil {
		return c
	}
	cache, err := wazero.NewCompilationCacheWithDir(filepath.Join(dir, "vertailu", "pdfium"))
	if err != nil {
		return c
	}
	return c.WithCompilationCache(cache)
}

// PageTexts returns the text of each page of pdf; ErrPDFTimeout when PDFium has not read it
// within readTimeout (the instance is then killed, and the next PDF gets a new one).
func (r *pdfReader) PageTexts(pdf []byte) ([]string, error) {
	r.once.Do(r.start)
	if r.err != nil {
		return nil, r.err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.instance == nil {
		inst, err := r.pool.GetInstance(time.Minute)
		if err != nil {
			return nil, fmt.Errorf("cannot start PDFium: %w", err)
		}
		r.instance = inst
	}
	type result struct {
		pages []string
		err   error
	}
	done := make(chan result, 1)
	inst := r.instance
	go func() {
		pages, err := readPages(inst, pdf)
		done <- result{pages, err}
	}()
	timer := time.NewTimer(readTimeout)
	defer timer.Stop()
	select {
	case res := <-done:
		return res.pages, res.err
	case <-timer.C:
		inst.Kill() // stops the running call: the goroutine above returns with an error
		r.instance = nil
		return nil, fmt.Errorf("%w: no text after %s", data.ErrPDFTimeout, readTimeout)
	}
}

// readPages reads the text of each page of pdf with inst.
func readPages(inst pdfium.Pdfium, pdf []byte) (pages []string, err error) {
	defer func() {
		if p := recover(); p != nil {
			pages, err = nil, fmt.Errorf("%w: %v", data.ErrPDFBroken, p)
		}
	}()
	b := pdf
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &b})
	if err != nil {
		return nil, openError(err)
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
	n, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", data.ErrPDFBroken, err)
	}
	for i := range min(n.PageCount, maxPages) {
		t, err := inst.GetPageText(&requests.GetPageText{Page: requests.Page{
			ByIndex: &requests.PageByIndex{Document: doc.Document, Index: i},
		}})
		if err != nil {
			return nil, fmt.Errorf("%w: page %d: %v", data.ErrPDFBroken, i+1, err)
		}
		pages = append(pages, lineEndHyphens(strings.ReplaceAll(t.Text, "\r\n", "\n")))
	}
	return pages, nil
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
