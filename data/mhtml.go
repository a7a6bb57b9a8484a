package data

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"path"
	"strings"
)

// A web page saved as one file (MHTML: .mht, .mhtml, "Webpage, single file"): a MIME message
// whose first text/html part is the page, its pictures and styles the other parts. Read with
// the standard library's MIME reader; the page is then read like any saved page.

// maxMHTMLPart bounds the page part read from a saved page.
const maxMHTMLPart = maxFileSize

// isMHTML reports whether a file is a page saved as one file: by its name, or by a MIME
// header that says multipart/related near its start.
func isMHTML(file string, b []byte) bool {
	switch strings.ToLower(path.Ext(file)) {
	case ".mht", ".mhtml":
		return true
	}
	head := b[:min(len(b), 2048)]
	return containsFold(string(head), "mime-version:") && containsFold(string(head), "multipart/related")
}

// mhtmlPage returns the HTML of a page saved as one file and its part's content type (which
// may name the charset); ok=false when b is not such a message or has no HTML part.
func mhtmlPage(b []byte) (html []byte, contentType string, ok bool) {
	msg, err := mail.ReadMessage(bytes.NewReader(b))
	if err != nil {
		return nil, "", false
	}
	media, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return nil, "", false
	}
	if !strings.HasPrefix(media, "multipart/") {
		if media != "text/html" {
			return nil, "", false
		}
		body, err := partBody(msg.Body, msg.Header.Get("Content-Transfer-Encoding"))
		return body, msg.Header.Get("Content-Type"), err == nil
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		part, err := mr.NextPart() // undoes quoted-printable itself
		if err != nil {
			return nil, "", false
		}
		ct := part.Header.Get("Content-Type")
		if m, _, err := mime.ParseMediaType(ct); err == nil && m == "text/html" {
			body, err := partBody(part, part.Header.Get("Content-Transfer-Encoding"))
			return body, ct, err == nil
		}
	}
}

// partBody reads a part, decoding base64 (quoted-printable the multipart reader has undone).
func partBody(r io.Reader, encoding string) ([]byte, error) {
	if strings.EqualFold(strings.TrimSpace(encoding), "base64") {
		r = base64.NewDecoder(base64.StdEncoding, r)
	}
	return io.ReadAll(io.LimitReader(r, maxMHTMLPart))
}
