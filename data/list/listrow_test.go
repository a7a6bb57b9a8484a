package list

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// listExcerpt reads a shared list excerpt as text (both are in single-byte encodings).
func listExcerpt(t testing.TB, name string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "lists", name))
	if err != nil {
		t.Skip("the shared fixtures are not beside the repository")
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(strings.ReplaceAll(string(text), "\r\n", "\n")), "\n")
}

var (
	listCode     = regexp.MustCompile(`^[A-Z]\d{5,6}$`)
	listAmountRE = regexp.MustCompile(`^(\d+(\.\d+)?)?$`)
)

// Every row of both real excerpts is recovered, whatever its commas: a code, a fund, a
// one-digit axis, a status, two dates, four amounts, and the texts between them with their
// commas back.
func TestListRowsOfTheRealExcerpts(t *testing.T) {
	for _, c := range []struct {
		file   string
		period listPeriod
	}{{"projektilista-2014-2020_excerpt.csv", period2014}, {"projektilista-2007-2013_excerpt.csv", period2007}} {
		rows := listExcerpt(t, c.file)[1:]
		if len(rows) < 30 {
			t.Fatalf("%s: %d rows", c.file, len(rows))
		}
		for i, row := range rows {
			r, err := splitListRow(row, c.period)
			if err != nil {
				t.Errorf("%s:%d: %v: %s", c.file, i+2, err, row)
				continue
			}
			if !listCode.MatchString(r[colCode]) || (r[colFund] != "ESR" && r[colFund] != "EAKR") || len(r[colAxis]) != 1 ||
				r[colName] == "" || r[colAuthority] == "" || r[colImplementer] == "" {
				t.Errorf("%s:%d: %+v", c.file, i+2, r)
			}
			for _, m := range r[colGranted:] {
				if !listAmountRE.MatchString(m) {
					t.Errorf("%s:%d: amount %q", c.file, i+2, m)
				}
			}
			if c.period == period2007 && r[colProgramme] == "" {
				t.Errorf("%s:%d: programme part %q", c.file, i+2, r[colProgramme])
			}
			// Nothing is lost: the fields join back into the row.
			parts := []string{r[colCode], r[colFund], r[colName]}
			if c.period == period2007 {
				parts = append(parts, r[colProgramme])
			}
			parts = append(parts, r[colAxis], r[colAuthority], r[colStatus], r[colStart], r[colEnd], r[colImplementer])
			parts = append(parts, r[colGranted:colRealisedPublic+1]...)
			if squeezeCommas(strings.Join(parts, ",")) != squeezeCommas(row) {
				t.Errorf("%s:%d: fields do not join back:\n%s\n%s", c.file, i+2, strings.Join(parts, ","), row)
			}
		}
	}
}

func TestListRowCommas(t *testing.T) {
	row := "S12345,ESR,Hanke, vaihe 2, jatko,Etelä-Suomen osio,3,Hämeen elinkeino-, liikenne- ja ympäristökeskus,Keskeytynyt,1.1.2010,31.12.2011,Oy Ab, Kehitys,100,,200,0"
	r, err := splitListRow(row, period2007)
	if err != nil {
		t.Fatal(err)
	}
	want := rowValues{
		colCode: "S12345", colFund: "ESR", colName: "Hanke, vaihe 2, jatko", colProgramme: "Etelä-Suomen osio", colAxis: "3",
		colAuthority: "Hämeen elinkeino-, liikenne- ja ympäristökeskus", colStatus: "Keskeytynyt", colStart: "1.1.2010", colEnd: "31.12.2011",
		colImplementer: "Oy Ab, Kehitys", colGranted: "100", colRealised: "", colPlanned: "200", colRealisedPublic: "0",
	}
	if r != want {
		t.Errorf("got %+v\nwant %+v", r, want)
	}
	for _, bad := range []string{"", "a,b,c", "S1,ESR,x,1,y,Tuntematon,1.1.2010,2.2.2011,z,1,2,3,4", "S1,ESR,x,y,Toiminnassa,1.1.2010,2.2.2011,z,1,2,3,4,5", "S1,ESR,x,1,y,Toiminnassa,1.1.2010,2.2.2011,z,1,2,3,kolme"} {
		if _, err := splitListRow(bad, period2014); err == nil {
			t.Errorf("recovered %q", bad)
		}
	}
}

func FuzzListRow(f *testing.F) {
	f.Add("A70303,EAKR,INKA - SmartResearch,2,Innovaatiorahoituskeskus Tekes,Toiminnassa,1.1.2015,31.12.2016,Oulun Yliopisto,81000,7155,85500,7950")
	f.Add("S1,ESR,a,,1,,Toiminta päättynyt,1.1.2010,1.1.2010,,,,,")
	f.Fuzz(func(t *testing.T, row string) {
		for _, p := range []listPeriod{period2014, period2007} {
			r, err := splitListRow(row, p)
			if err == nil && (!isListStatus(r[colStatus]) || len(r[colAxis]) != 1) {
				t.Fatalf("%q: %+v", row, r)
			}
		}
	})
}

// splitListRow recovers a raw row of the service's CSV, split at every comma.
func splitListRow(row string, period listPeriod) (rowValues, error) {
	return recoverRow(strings.Split(row, ","), period, false)
}

// squeezeCommas drops the spaces around commas (a field's own leading and trailing spaces are
// not kept).
func squeezeCommas(s string) string {
	return regexp.MustCompile(`\s*,\s*`).ReplaceAllString(strings.TrimSpace(s), ",")
}

// FuzzListFile: any bytes after a list's header (and any header) read without a panic, and
// every row that is read is a project with a code and its own line.
func FuzzListFile(f *testing.F) {
	head := "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä\n"
	f.Add([]byte(head + "A70303,EAKR,INKA - SmartResearch,2,Innovaatiorahoituskeskus Tekes,Toiminnassa,1.1.2015,31.12.2016,Oulun Yliopisto,81000,7155,85500,7950\n"))
	f.Add([]byte(head + "\"S1\",\"ESR\",\"a, b\",\"1\",\"x\",\"Toiminnassa\",\"1.1.2015\",\"1.1.2016\",\"y\",\"1.5\",\"2\",\"3\",\"4\"\n\"open"))
	f.Add([]byte("Koodi;Hankkeen nimi;Myönnetty EU- ja valtion rahoitus;Toteutunut EU- ja valtion rahoitus\r\nS1;n;1;2\r\n"))
	f.Add([]byte(head + "A1,EAKR,\"Musculo\"-hieronta, jatko,2,Lapin liitto,Toiminnassa,1.1.2015,31.12.2016,Yo,1,-744,3,4\nA2,ESR,\"Auto2020 - auki,2,x,Keskeytynyt,01.04.08,,y,1,2,3,4\n"))
	f.Add([]byte("\"Koodi\";\"Hankkeen nimi\";\"Tila\";\"Myönnetty EU- ja valtion rahoitus\";\"Toteutunut EU- ja valtion rahoitus\";;\n\"S1\";\"a\nb\";\"Toiminnassa\";1 000,50;2;;\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, in := range [][]byte{b, append([]byte(head), b...)} {
			lf, ok := read("l.csv", in, nil)
			if !ok {
				continue
			}
			// LF, CR and CRLF each end a line, as decode reads them.
			lines := bytes.Count(in, []byte("\n")) + bytes.Count(in, []byte("\r")) - bytes.Count(in, []byte("\r\n")) + 1
			for _, p := range lf.projects {
				if p.Code == "" || len(p.Sources) != 1 || p.Sources[0].Line < 2 || p.Sources[0].Line > lines {
					t.Fatalf("%q: %+v", in, p)
				}
			}
		}
	})
}

// A header is known in any case and spacing, quoted or not, with a byte-order mark, padded by
// a spreadsheet, and in UTF-16 (a spreadsheet's "Unicode text").
func TestListHeaderVariants(t *testing.T) {
	std := "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä"
	utf16 := []byte{0xff, 0xfe}
	for _, r := range strings.ReplaceAll(std, ",", "\t") + "\r\n" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	for name, b := range map[string][]byte{
		"upper":    []byte(strings.ToUpper(std) + "\n"),
		"spaces":   []byte(strings.ReplaceAll(strings.ReplaceAll(std, ",", " ,  "), "Hankkeen nimi", "Hankkeen\u00a0 nimi") + "\n"),
		"quoted;":  []byte("\ufeff\"" + strings.ReplaceAll(std, ",", "\";\"") + "\";;;\r\n"),
		"utf16tab": utf16,
	} {
		h, _, ok := csvListHeader(b)
		if !ok || !h.standard || h.period != period2014 {
			t.Errorf("%s: %+v %v", name, h, ok)
		}
	}
}

// A list is told by its first line: a plain-ASCII one by the code heading in it; any other,
// when "koodi" stands anywhere in the first 4 KB (here in a project's name), as decoding reads
// it (a control character inside the heading is dropped); a description, whose first line
// names no code though its code label follows, is no list.
func TestListHeaderFirstLine(t *testing.T) {
	ascii := "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Paattymispvm,Toteuttajan nimi,Myonnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensa,Toteutunut julkinen rahoitus yhteensa"
	row := "\nS10001,ESR,Koodikoulu,1,ELY,Toiminta päättynyt,1.1.2015,31.12.2016,Toteuttaja,1,1,1,1\n"
	for name, c := range map[string]struct {
		b    string
		list bool
	}{
		"ascii":       {ascii + row, true},
		"control":     {strings.Replace(ascii, "Koodi", "Koo\x01di", 1) + row, true},
		"description": {"Euroopan unioni Vipuvoimaa EU:lta\n\n1 Hanke\n\nHankekoodi: S10001\n\nHankkeen nimi: Nimi\n", false},
		"no code":     {strings.Replace(ascii, "Koodi", "Tunnus", 1) + row, false},
	} {
		if _, _, ok := csvListHeader([]byte(c.b)); ok != c.list {
			t.Errorf("%s: list %v, want %v", name, ok, c.list)
		}
	}
}
