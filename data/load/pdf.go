package load

import (
	"errors"
	"strings"

	"vertailu/data"
)

// pdfProblem is the problem (code and arguments) that skips a PDF the reader could not read,
// or whose pages have no text; "" when it reads.
func pdfProblem(pages []string, err error) (string, []string) {
	switch {
	case errors.Is(err, data.ErrPDFPassword):
		return "pdf_password", nil
	case errors.Is(err, data.ErrPDFTimeout):
		return "pdf_timeout", nil
	case errors.Is(err, data.ErrPDFMemory):
		return "pdf_memory", nil
	case errors.Is(err, data.ErrPDFReader):
		// The cause only: "the PDF reader could not start" is the message's own.
		return "pdf_reader", []string{"Error", strings.TrimPrefix(err.Error(), data.ErrPDFReader.Error()+": ")}
	case err != nil:
		return "pdf_broken", nil
	}
	for _, p := range pages {
		if strings.TrimSpace(p) != "" {
			return "", nil
		}
	}
	return "pdf_no_text", nil
}

// sayReaderOnce leaves the cause of a PDF reader that could not start on the load's first PDF
// only (in path order): the others point to it.
func sayReaderOnce(files []data.FileResult) {
	first := ""
	for i := range files {
		switch {
		case files[i].Reason.Code != "pdf_reader":
		case first == "":
			first = files[i].Path
		default:
			files[i].Reason = data.NewProblem(files[i].Path, 0, "pdf_reader_again", "File", first)
		}
	}
}
