package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vertailu/assets/words"
	"vertailu/data"
)

// A description's text (its grant 10^13, read as unknown), its saved page (100 000) and its
// printed PDF (200 000, and another name): the text's warnings name each source with what it
// gives, the text's own unknown too, never a value the text does not give; and the names.
func TestMergeWarningsNameEachSource(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "pages", "S22829.html"))
	if err != nil {
		t.Skip("the shared fixtures are not beside the repository")
	}
	b, err := os.ReadFile(filepath.Join("..", "..", "assets", "samples", "000_4cc8329ff47c7010.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	const granted = "Myönnetty EU- ja valtion rahoitus: 95 084"
	const name = "Hankkeen nimi: VALO: Valmennusta - Apua Luottamuksella - Opastusta yhteiskuntaan"
	read := func(file, s string) *data.Project {
		p, err := Parse(file, []byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	txt := read("a.txt", strings.Replace(text, granted, "Myönnetty EU- ja valtion rahoitus: 10 000 000 000 000", 1))
	html := read("b.html", strings.Replace(string(page), "</span> 95 084<", "</span> 100 000<", 1))
	pdf := read("c_print.pdf", strings.Replace(strings.Replace(text, granted, "Myönnetty EU- ja valtion rahoitus: 200 000", 1), name, "Hankkeen nimi: VALO-hanke", 1))
	pdf.Sources[0].Kind = data.SourcePDF // as PDFium would give it
	kept, _, _ := merge([]*data.Project{txt, html, pdf})
	if len(kept) != 1 || len(txt.Sources) != 3 {
		t.Fatalf("%d projects", len(kept))
	}
	var got []string
	for _, w := range txt.Warnings {
		got = append(got, words.Of("en").Problem(w))
		if fi := words.Of("fi").Problem(w); w.Code == "disagree_granted_eu_state" && !strings.Contains(fi, "tässä tuntematon (ei annettu tai ei luettavissa), lähteessä b.html 100\u00a0000\u00a0€") {
			t.Errorf("in Finnish: %s", fi)
		}
	}
	msgs := strings.Join(got, "\n")
	for _, want := range []string{
		"granted EU and state funding: unknown here (none given or unreadable), 100,000\u00a0€ in b.html, 200,000\u00a0€ in c_print.pdf",
		"the sources name the project differently: “VALO: Valmennusta - Apua Luottamuksella - Opastusta yhteiskuntaan” here, “VALO: Valmennusta - Apua Luottamuksella - Opastusta yhteiskuntaan” in b.html, “VALO-hanke” in c_print.pdf",
	} {
		if !strings.Contains(msgs, want) {
			t.Errorf("a.txt's warnings lack\n%s\n%s", want, msgs)
		}
	}
}
