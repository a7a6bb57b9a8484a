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
	instance pdfium.Pdfium
	err      error
}

// start starts the runtime and its one instance.
func (r *pdfReader) start() {
	pool, err := webassembly.Init(webassembly.Config{
		MinIdle: 1, MaxIdle: 1, MaxTotal: 1,
		FSConfig:      wazero.NewFSConfig(), // no file system: PDFium is given the bytes
		RuntimeConfig: runtimeConfig(),
	})
	if err != nil {
		r.err = fmt.Errorf("cannot start PDFium: %w", err)
		return
	}
	r.instance, r.err = pool.GetInstance(time.Minute)
}

// runtimeConfig is the features the bundled PDFium needs (WebAssembly exception handling,
// see webassembly.Init), with the compiled module kept in the user's cache folder: compiling
// it takes seconds, reading it back a fraction of one. Without a cache folder it compiles.
func runtimeConfig() wazero.RuntimeConfig {
	c := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling)
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

// PageTexts returns the text of each page of pdf.
func (r *pdfReader) PageTexts(pdf []byte) (pages []string, err error) {
	r.once.Do(r.start)
	if r.err != nil {
		return nil, r.err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	defer func() {
		if p := recover(); p != nil {
			pages, err = nil, fmt.Errorf("%w: %v", data.ErrPDFBroken, p)
		}
	}()
	b := pdf
	doc, err := r.instance.OpenDocument(&requests.OpenDocument{File: &b})
	if err != nil {
		return nil, openError(err)
	}
	defer r.instance.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
	n, err := r.instance.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", data.ErrPDFBroken, err)
	}
	for i := range min(n.PageCount, maxPages) {
		t, err := r.instance.GetPageText(&requests.GetPageText{Page: requests.Page{
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
