package page

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"path"
	"strings"

	"vertailu/data/decode"
)

// A web page saved as one file (MHTML: .mht, .mhtml, "Webpage, single file"): a MIME message
// whose first text/html part is the page, its pictures and styles the other parts. The page may
// also be the message's body itself (single-part), or lie in a multipart inside another
// (multipart/alternative holding multipart/related). Read with the standard library's MIME
// reader; the page is then read like any saved page.

// maxMHTMLPart bounds the page part read from a saved page.
const maxMHTMLPart = 32 << 20 // the loader's cap on a file

// maxMHTMLDepth bounds how deep multiparts inside multiparts are followed.
const maxMHTMLDepth = 8

// IsMHTML reports whether a file is a page saved as one file: by its name, or by a MIME
// header near its start that says multipart or text/html.
func IsMHTML(file string, b []byte) bool {
	switch strings.ToLower(path.Ext(file)) {
	case ".mht", ".mhtml":
		return true
	}
	head := b[:min(len(b), 2048)]
	return decode.ContainsFold(head, "mime-version:") &&
		(decode.ContainsFold(head, "multipart/") || decode.ContainsFold(head, "content-type: text/html"))
}

// FromMHTML returns the HTML of a page saved as one file and its part's content type (which
// may name the charset); ok=false when b is not such a message or has no HTML part.
func FromMHTML(b []byte) (html []byte, contentType string, ok bool) {
	msg, err := mail.ReadMessage(bytes.NewReader(b))
	if err != nil {
		return nil, "", false
	}
	return htmlPart(textproto.MIMEHeader(msg.Header), msg.Body, 0)
}

// htmlPart finds the first text/html part in a part (or the message) with header h and body
// r, going into multiparts depth-first.
func htmlPart(h textproto.MIMEHeader, r io.Reader, depth int) (html []byte, contentType string, ok bool) {
	ct := h.Get("Content-Type")
	media, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return nil, "", false
	}
	if media == "text/html" {
		body, err := partBody(r, h.Get("Content-Transfer-Encoding"))
		return body, ct, err == nil
	}
	if !strings.HasPrefix(media, "multipart/") || depth >= maxMHTMLDepth {
		return nil, "", false
	}
	mr := multipart.NewReader(r, params["boundary"])
	for {
		part, err := mr.NextPart() // undoes quoted-printable itself
		if err != nil {
			return nil, "", false
		}
		if html, ct, ok := htmlPart(part.Header, part, depth+1); ok {
			return html, ct, true
		}
	}
}

// partBody reads a part, decoding base64 or quoted-printable (which the multipart reader has
// already undone for the parts it reads, but not for a single-part message's body).
func partBody(r io.Reader, encoding string) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, r)
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	}
	return io.ReadAll(io.LimitReader(r, maxMHTMLPart))
}
