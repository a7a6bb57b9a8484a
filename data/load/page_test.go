package load_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/load"

	"golang.org/x/text/encoding/charmap"
)

// pageStyle writes a description's text lines as a web page in one kind of markup.
type pageStyle struct {
	name    string
	charset string // "" is UTF-8 without a declaration
	write   func(b *bytes.Buffer, lines []string)
}

var (
	scoreRow   = regexp.MustCompile(`^(.*\S)\s+(\d+)\s+(\d+)$`)
	headingRow = regexp.MustCompile(`^\d+(\.\d+)? \S`)
)

// pageStyles are two markups unlike the shared fixture's: paragraphs with labels in <strong>
// inside articles, with a menu and a footer of links; and one <div> of <br> lines with a
// table of label and value cells, entities for the letters, in Windows-1252.
var pageStyles = []pageStyle{
	{name: "paragraphs", write: func(b *bytes.Buffer, lines []string) {
		b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>x</title><script>var a='<p>no</p>';</script></head><body>\n")
		b.WriteString("<nav><ul><li><a href=\"/\">Etusivu</a></li><li><a href=\"/haku\">Hae hankkeita</a></li></ul></nav>\n<main><article>\n")
		for _, l := range lines {
			switch {
			case l == "":
				b.WriteString("\n")
			case headingRow.MatchString(l) && len(l) < 70 && !strings.Contains(l, ":"):
				fmt.Fprintf(b, "<h3 class=\"otsikko\">%s</h3>\n", html.EscapeString(l))
			case scoreRow.MatchString(l):
				m := scoreRow.FindStringSubmatch(l)
				fmt.Fprintf(b, "<div class=\"rivi\"><span>%s</span> <b>%s</b> <b>%s</b></div>\n", html.EscapeString(m[1]), m[2], m[3])
			default:
				if label, value, ok := strings.Cut(l, ": "); ok && len(label) < 60 {
					fmt.Fprintf(b, "<p><strong>%s:</strong>\n   %s</p>\n", html.EscapeString(label), html.EscapeString(value))
				} else {
					fmt.Fprintf(b, "<p>%s</p>\n", html.EscapeString(l))
				}
			}
		}
		b.WriteString("</article></main><footer><a href=\"/saavutettavuus\">Saavutettavuusseloste</a> | <a href=\"/palaute\">Anna palautetta</a></footer></body></html>\n")
	}},
	{name: "breaks-1252", charset: "windows-1252", write: func(b *bytes.Buffer, lines []string) {
		b.WriteString("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><style>td{color:red}</style></head><body><div id=\"sisalto\">\n")
		inTable := false
		for _, l := range lines {
			label, value, ok := strings.Cut(l, ": ")
			if ok && len(label) < 60 {
				if !inTable {
					b.WriteString("<table>")
					inTable = true
				}
				fmt.Fprintf(b, "<tr><td>%s:</td><td>%s</td></tr>\n", entities(label), entities(value))
				continue
			}
			if inTable {
				b.WriteString("</table>\n")
				inTable = false
			}
			fmt.Fprintf(b, "%s<br>\n", entities(l))
		}
		if inTable {
			b.WriteString("</table>\n")
		}
		b.WriteString("</div></body></html>\n")
	}},
}

// entities escapes s with named entities for the Finnish letters and &nbsp; for its spaces'
// first, as old page generators did.
func entities(s string) string {
	s = html.EscapeString(s)
	s = strings.NewReplacer("ä", "&auml;", "ö", "&ouml;", "Ä", "&Auml;", "Ö", "&Ouml;", "å", "&aring;").Replace(s)
	return strings.Replace(s, " ", "&nbsp;", 1)
}

// asPage writes the description text as a page of the style.
func asPage(t *testing.T, text string, st pageStyle) []byte {
	t.Helper()
	var b bytes.Buffer
	st.write(&b, strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n"))
	if st.charset == "windows-1252" {
		out, err := charmap.Windows1252.NewEncoder().Bytes(b.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	return b.Bytes()
}

// comparable is a project's JSON with what a page cannot carry taken out: the file name and
// the sources (whose kind and file are the page's), and
// the blank lines between paragraphs of the free texts (a page's paragraphs are apart by
// their margins only).
func comparable(t *testing.T, p *data.Project) map[string]any {
	t.Helper()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	delete(m, "file")
	delete(m, "sources")
	return squeezed(m).(map[string]any)
}

// squeezed is v with every text's blank lines taken out.
func squeezed(v any) any {
	switch v := v.(type) {
	case string:
		return strings.ReplaceAll(v, "\n\n", "\n")
	case map[string]any:
		for k, x := range v {
			v[k] = squeezed(x)
		}
	case []any:
		for i, x := range v {
			v[i] = squeezed(x)
		}
	}
	return v
}

// Each seed read as a saved page, in markups unlike the shared fixture's, gives the very project
// its text gives, field by field, without warnings.
func TestPagesReadAsTheirText(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "assets", "samples", "*.txt"))
	if len(files) != 5 {
		t.Fatalf("%d seeds", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := load.Parse(filepath.Base(f), b)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range pageStyles {
			page := asPage(t, string(b), st)
			got, err := load.Parse(want.Code+".html", page)
			if err != nil {
				t.Fatalf("%s as %s: %v", want.Code, st.name, err)
			}
			if len(got.Warnings) > len(want.Warnings) {
				t.Errorf("%s as %s: warnings %v", want.Code, st.name, got.Warnings)
			}
			g, w := comparable(t, got), comparable(t, want)
			delete(g, "warnings")
			delete(w, "warnings")
			for k := range w {
				if gj, wj := jsonOf(g[k]), jsonOf(w[k]); gj != wj {
					t.Errorf("%s as %s: %s\n got %.300s\nwant %.300s", want.Code, st.name, k, gj, wj)
				}
			}
		}
	}
}

func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// The shared fixture, a page as the service shows it, reads as its seed; the site's header,
// menu and footer give no warnings, and warnings point at the page's own lines.
func TestSharedPageFixture(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "pages", "S22829.html"))
	if err != nil {
		t.Skip("the shared fixtures are not beside the repository")
	}
	got, err := load.Parse("S22829.html", b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Warnings) != 0 {
		t.Errorf("warnings %v", got.Warnings)
	}
	seed, _ := filepath.Glob(filepath.Join("..", "..", "assets", "samples", "000_*.txt"))
	sb, _ := os.ReadFile(seed[0])
	want, _ := load.Parse("seed.txt", sb)
	g, w := comparable(t, got), comparable(t, want)
	for k := range w {
		if gj, wj := jsonOf(g[k]), jsonOf(w[k]); gj != wj {
			t.Errorf("%s\n got %.300s\nwant %.300s", k, gj, wj)
		}
	}
	damaged := bytes.Replace(b, []byte("<p><span class=\"otsikko\">Alkaa:"), []byte("<p>Alkaa: kesäkuussa<p><span class=\"otsikko\">Alkaa:"), 1)
	damaged = bytes.Replace(damaged, []byte("Myönnetty EU- ja valtion rahoitus:</span> "), []byte("Myönnetty EU- ja valtion rahoitus:</span> paljon "), 1)
	p, _ := load.Parse("S22829.html", damaged)
	if len(p.Warnings) == 0 {
		t.Fatal("a damaged figure gave no warning")
	}
	line := bytes.Count(damaged[:bytes.Index(damaged, []byte("paljon 95"))], []byte("\n")) + 1
	if p.Warnings[0].Line != line {
		t.Errorf("the warning is on line %d, the figure on the page's line %d: %v", p.Warnings[0].Line, line, p.Warnings)
	}
}

func FuzzPageParse(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "pages", "S22829.html"))
	if err == nil {
		f.Add(b)
	}
	f.Add([]byte("<!DOCTYPE html><p>Hankekoodi: S1<br>Hankkeen nimi: x</p><table><tr><td>a<td>1</table>"))
	f.Add([]byte("<html><meta charset=\"iso-8859-15\"><script>Hankekoodi: x</script><p>\xe4</p>"))
	f.Add([]byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>Hankekoodi: S1=\r\n<br>Hankkeen nimi: x</p>\r\n--b--\r\n"))
	f.Add([]byte("MIME-Version: 1.0\r\nContent-Type: text/html; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>Hankekoodi: S1=\r\n<br>Hankkeen nimi: =E4</p>\r\n"))
	f.Add([]byte("MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"a\"\r\n\r\n--a\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\nPHA+SGFua2Vrb29kaTogUzE8L3A+\r\n--b--\r\n--a--\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		load.Parse("x.mht", b) // a page saved as one file: never a panic
		p, err := load.Parse("x.html", b)
		if err != nil {
			return
		}
		for _, w := range p.Warnings {
			if w.Line < 0 || w.Line > bytes.Count(b, []byte("\n"))+1 {
				t.Fatalf("warning on line %d of a %d-line page", w.Line, bytes.Count(b, []byte("\n"))+1)
			}
		}
	})
}

// A saved page loads as a project; the folder of its pictures and styles is one line, not one
// per file.
func TestSavedPageFolder(t *testing.T) {
	dir := t.TempDir()
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "assets", "samples", "*.txt"))
	b, _ := os.ReadFile(seeds[1])
	page := asPage(t, string(b), pageStyles[0])
	if err := os.WriteFile(filepath.Join(dir, "Hanke S21029.htm"), page, 0o644); err != nil {
		t.Fatal(err)
	}
	files := filepath.Join(dir, "Hanke S21029_files")
	os.Mkdir(files, 0o755)
	for i := range 120 {
		os.WriteFile(filepath.Join(files, fmt.Sprintf("img%d.png", i)), []byte("\x89PNG"), 0o644)
	}
	os.Mkdir(filepath.Join(dir, "other_files"), 0o755) // no page beside it: read as any folder
	os.WriteFile(filepath.Join(dir, "other_files", "note.txt"), []byte("muistiinpano"), 0o644)
	res, err := load.Folder(t.Context(), dir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]data.FileResult{}
	for _, f := range res.Files {
		byPath[f.Path] = f
	}
	if len(res.Files) != 3 {
		t.Fatalf("%d results: %v", len(res.Files), byPath)
	}
	if f := byPath["Hanke S21029.htm"]; f.Project == nil || f.Project.Code != "S21029" {
		t.Errorf("the page: %+v", f)
	}
	if f := byPath["Hanke S21029_files/"]; f.Status != data.Skipped || words.Of("en").Problem(f.Reason) != "files of the saved page Hanke S21029.htm" {
		t.Errorf("the page's folder: %+v %q", f, words.Of("en").Problem(f.Reason))
	}
	if _, ok := byPath["other_files/note.txt"]; !ok {
		t.Errorf("a folder without its page was not read: %v", byPath)
	}
}

// The same description as text and as its saved page is one project with both sources, not a
// duplicate; a second text with that code stays a project of its own, and both are warned of.
func TestDescriptionAndItsPageAreOneProject(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "pages", "S22829.html"))
	if err != nil {
		t.Skip("the shared fixtures are not beside the repository")
	}
	seed, _ := filepath.Glob(filepath.Join("..", "..", "assets", "samples", "000_*.txt"))
	text, _ := os.ReadFile(seed[0])
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "S22829.html"), page)
	writeFile(t, filepath.Join(dir, "S22829.txt"), text)
	res := loadDir(t, dir)
	if len(res.Projects) != 1 {
		t.Fatalf("%d projects", len(res.Projects))
	}
	p := res.Projects[0]
	if len(p.Sources) != 2 || p.Sources[0].Kind != data.SourcePage || p.Sources[1].Kind != data.SourceDescription || p.SourcesDisagree() {
		t.Errorf("sources %+v", p.Sources)
	}
	for _, f := range res.Files {
		if f.Project != p || f.Status != data.Loaded {
			t.Errorf("%s: %v %v", f.Path, f.Status, f.Problems)
		}
	}
	writeFile(t, filepath.Join(dir, "kopio.txt"), text)
	res = loadDir(t, dir)
	if len(res.Projects) != 2 {
		t.Fatalf("with a copy of the text: %d projects", len(res.Projects))
	}
	for _, f := range res.Files { // the text merged into the page's project warns with it
		if f.Path != "S22829.txt" && f.Status != data.LoadedWithWarnings {
			t.Errorf("%s: the duplicate is not warned of: %v", f.Path, f.Problems)
		}
	}
}
