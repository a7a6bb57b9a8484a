package load

import (
	"context"
	"errors"

	"vertailu/data"
	"vertailu/data/decode"
	"vertailu/data/eura"
	"vertailu/data/list"
	"vertailu/data/page"
)

// worker is what one loading goroutine keeps from file to file.
type worker struct {
	ctx  context.Context // the load's, for the PDF reader
	pdf  data.PDFReader  // nil skips PDFs
	rows *list.Budget    // the load's, shared: the rows lists may still give
	eura eura.Scratch
	buf  []byte // the read buffer (keepBuffer)
}

// read turns one file's bytes into its result by what the file is: a project list, a printed
// PDF, a saved web page (HTML or MHTML) or a description kept as text; anything else is
// skipped with the reason. Only the description's text reaches the description parser.
func (w *worker) read(file string, b []byte) data.FileResult {
	if fr, ok := list.Read(file, b, w.rows); ok {
		return fr
	}
	p, err := w.description(file, b)
	if err != nil {
		return data.FileResult{Path: file, Status: data.Skipped, Reason: reasonOf(file, err)}
	}
	fr := data.FileResult{Path: file, Status: data.Loaded, Project: p, Problems: p.Warnings}
	if len(p.Warnings) > 0 {
		fr.Status = data.LoadedWithWarnings
	}
	return fr
}

// description reads a project description kept in any of its forms.
func (w *worker) description(file string, b []byte) (*data.Project, error) {
	skip := func(code string, args ...string) error {
		return &data.NotDescriptionError{File: file, Reason: data.NewProblem(file, 0, code, args...)}
	}
	if len(b) == 0 {
		return nil, skip("empty")
	}
	in := eura.Input{Text: b}
	if what, ok := decode.Sniff(b); ok && (what.Code != "pdf" || w.pdf == nil) {
		return nil, skip(what.Code, what.Args...)
	} else if ok {
		ctx := w.ctx
		if ctx == nil {
			ctx = context.Background()
		}
		pages, total, err := w.pdf.PageTexts(ctx, b)
		if code, args := pdfProblem(pages, err); code != "" {
			return nil, skip(code, args...)
		}
		in = eura.Printed(pages, total)
	} else if page.Is(file, b) {
		text, from := page.Text(b, "")
		in = eura.Input{Text: []byte(text), From: from}
	} else if page.IsMHTML(file, b) {
		html, ct, ok := page.FromMHTML(b)
		if !ok {
			return nil, skip("mhtml_no_page")
		}
		text, from := page.Text(html, ct)
		in = eura.Input{Text: []byte(text), From: from}
	}
	return eura.ParseInput(file, in, &w.eura)
}

// Parse reads one project description in any of its forms (text, saved page, MHTML; PDFs are
// skipped, having no reader here), as the loader does. A file that is not one gives a
// *data.NotDescriptionError saying what it seems to be.
func Parse(file string, b []byte) (*data.Project, error) {
	w := &worker{}
	return w.description(file, b)
}

// reasonOf is the problem that says why file was skipped for err.
func reasonOf(file string, err error) data.Problem {
	var nd *data.NotDescriptionError
	if errors.As(err, &nd) {
		return nd.Reason
	}
	return data.NewProblem(file, 0, "internal", "Error", err.Error())
}
