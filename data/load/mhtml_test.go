package load_test

import (
	"bytes"
	"encoding/base64"
	"mime/quotedprintable"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vertailu/data"
	"vertailu/data/load"

	"golang.org/x/text/encoding/charmap"
)

// mhtml wraps a page as a browser saves it as one file: a MIME message, the page a part in
// the given transfer encoding and charset, a picture another part. shape "single" makes the
// page the message's body itself; "nested" puts the multipart/related inside a
// multipart/alternative after a plain-text part.
func mhtml(t *testing.T, page []byte, shape, encoding, charset string) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S22829\r\n" +
		"Subject: S22829\r\nMIME-Version: 1.0\r\n")
	htmlHead := "Content-Type: text/html; charset=" + charset + "\r\nContent-ID: <frame-1@mhtml.blink>\r\n" +
		"Content-Transfer-Encoding: " + encoding + "\r\nContent-Location: https://www.eura2014.fi/rrtiepa/projekti.php\r\n\r\n"
	related := "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x1\"\r\n\r\n"
	switch shape {
	case "single":
		b.WriteString(htmlHead)
	case "nested":
		b.WriteString("Content-Type: multipart/alternative; boundary=\"outer\"\r\n\r\n--outer\r\nContent-Type: text/plain\r\n\r\nHankekoodi: X1\r\n--outer\r\n")
		fallthrough
	default:
		b.WriteString(related + "------MultipartBoundary--x1\r\n" + htmlHead)
	}
	switch encoding {
	case "quoted-printable":
		w := quotedprintable.NewWriter(&b)
		w.Write(page)
		w.Close()
	case "base64":
		s := base64.StdEncoding.EncodeToString(page)
		for len(s) > 76 {
			b.WriteString(s[:76] + "\r\n")
			s = s[76:]
		}
		b.WriteString(s)
	}
	if shape != "single" {
		b.WriteString("\r\n\r\n------MultipartBoundary--x1\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://www.eura2014.fi/logo.png\r\n\r\niVBORw0KGgo=\r\n\r\n------MultipartBoundary--x1--\r\n")
	}
	if shape == "nested" {
		b.WriteString("\r\n--outer--\r\n")
	}
	return b.Bytes()
}

// The shared page saved as one file (MHTML), its HTML quoted-printable or base64, in UTF-8 or
// in Windows-1252 said only by the part's header, as a part of multipart/related, as the
// message's body itself (single-part) or in a multipart inside another, reads as the page does.
func TestPageSavedAsOneFile(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "pages", "S22829.html"))
	if err != nil {
		t.Skip("the shared fixtures are not beside the repository")
	}
	want, err := load.Parse("S22829.html", page)
	if err != nil {
		t.Fatal(err)
	}
	utf8Page := page
	latin, _ := charmap.Windows1252.NewEncoder().Bytes(bytes.ReplaceAll(page, []byte(`charset="utf-8"`), nil))
	latin = bytes.ReplaceAll(latin, []byte(`charset=utf-8`), nil)
	latin = bytes.ReplaceAll(latin, []byte(`charset=UTF-8`), nil)
	for _, c := range []struct {
		name, shape, encoding, charset string
		page                           []byte
	}{
		{"S22829.mhtml", "related", "quoted-printable", "utf-8", utf8Page},
		{"S22829.mht", "related", "base64", "utf-8", utf8Page},
		{"tallennettu", "related", "quoted-printable", "windows-1252", latin},
		{"yksi.mht", "single", "quoted-printable", "utf-8", utf8Page},
		{"yksi-latin", "single", "quoted-printable", "windows-1252", latin},
		{"yksi-b64.mhtml", "single", "base64", "utf-8", utf8Page},
		{"sisakkain.mht", "nested", "quoted-printable", "windows-1252", latin},
		{"sisakkain", "nested", "base64", "utf-8", utf8Page},
	} {
		got, err := load.Parse(c.name, mhtml(t, c.page, c.shape, c.encoding, c.charset))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(got.Warnings) != 0 {
			t.Errorf("%s: warnings %v", c.name, got.Warnings)
		}
		if got.Sources[0].Kind != data.SourcePage {
			t.Errorf("%s: kind %s", c.name, got.Sources[0].Kind)
		}
		g, w := comparable(t, got), comparable(t, want)
		for k := range w {
			if gj, wj := jsonOf(g[k]), jsonOf(w[k]); gj != wj {
				t.Errorf("%s: %s\n got %.300s\nwant %.300s", c.name, k, gj, wj)
			}
		}
	}
	// A message without a page, and a damaged one, are skipped as such.
	for _, bad := range []string{
		"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n",
		strings.Repeat("x", 10),
	} {
		_, err := load.Parse("sivu.mht", []byte(bad))
		if err == nil || !strings.Contains(err.Error(), "mhtml_no_page") {
			t.Errorf("%.40q: %v", bad, err)
		}
	}
}
