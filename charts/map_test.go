package charts

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"vertailu/charts/geo"
	"vertailu/data"
)

// goldenMaps are the maps kept as golden PNGs, drawn at 600×500.
func goldenMaps(t *testing.T) map[string]Chart {
	ps := seeds(t)
	return map[string]Chart{
		"map_regions":           Map(ps, MapOptions{Level: geo.Regions, Figure: MapGranted}, "fi"),
		"map_regions_selected":  Map(ps, MapOptions{Level: geo.Regions, Figure: MapUtilisation, Selected: "13", Pointed: "19"}, "en"),
		"map_municipalities":    Map(ps, MapOptions{Level: geo.Municipalities, Figure: MapCount}, "fi"),
		"map_municipalities_en": Map(ps, MapOptions{Level: geo.Municipalities, Figure: MapCostPerPerson}, "en"),
	}
}

func TestMapGoldenPNG(t *testing.T) {
	goldenPNGs(t, goldenMaps(t), 600, 500)
}

// areaPath matches an area's path in chartdraw's SVG: filled, with the white border.
var areaPath = regexp.MustCompile(`<path\s+d="([^"]*)"\s*style="[^"]*stroke:white;fill:rgb\([^"]*"`)

// TestMapSVGOnePathPerArea: each area is one path (all its rings), and names and the
// attribution are real text.
func TestMapSVGOnePathPerArea(t *testing.T) {
	ps := seeds(t)
	for _, l := range []geo.Level{geo.Regions, geo.Municipalities} {
		b, err := RenderSVG(Map(ps, MapOptions{Level: l}, "fi"), 800, 700)
		if err != nil {
			t.Fatal(err)
		}
		paths := areaPath.FindAllSubmatch(b, -1)
		if want := len(geo.Of(l).Areas); len(paths) != want {
			t.Errorf("level %d: %d area paths, want %d", l, len(paths), want)
		}
		rings, moves := 0, 0
		for _, a := range geo.Of(l).Areas {
			rings += len(a.Rings)
		}
		for _, p := range paths {
			moves += bytes.Count(p[1], []byte("M"))
		}
		if moves != rings {
			t.Errorf("level %d: %d subpaths for %d rings", l, moves, rings)
		}
		if !bytes.Contains(b, []byte(">Aluerajat: © Maanmittauslaitos, CC BY 4.0<")) {
			t.Errorf("level %d: the attribution is missing", l)
		}
	}
}

func TestMapPDFVectorsAndText(t *testing.T) {
	var buf bytes.Buffer
	if err := WritePDF(&buf, Map(seeds(t), MapOptions{Level: geo.Regions}, "en"), 700, 600); err != nil {
		t.Fatal(err)
	}
	if regexp.MustCompile(`/Subtype\s*/Image`).Match(buf.Bytes()) {
		t.Error("the PDF embeds an image")
	}
	text := strings.Join(strings.Fields(pdfText(t, buf.Bytes())), " ") // the attribution may wrap
	for _, want := range []string{"Granted EU+state by region", "Lappi", "Boundaries: © National Land Survey of Finland, CC BY 4.0", "No projects"} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext did not find %q in:\n%s", want, text)
		}
	}
}

// TestMapAreaAt: the pointer over an area's label point is over that area, at any size.
func TestMapAreaAt(t *testing.T) {
	m := Map(seeds(t), MapOptions{Level: geo.Regions}, "fi")
	for _, size := range [][2]int{{800, 667}, {400, 700}, {1200, 500}} {
		l := m.layout(float64(size[0]), float64(size[1]))
		for i, a := range m.Tally().Map.Areas {
			p := l.toCanvas(a.Label)
			if got, ok := m.AreaAt(size[0], size[1], p.X, p.Y); !ok || got != i {
				t.Errorf("%v: AreaAt(%s) = %d, %v", size, a.Name, got, ok)
			}
		}
		if _, ok := m.AreaAt(size[0], size[1], 2, 2); ok {
			t.Errorf("%v: the corner is an area", size)
		}
	}
}

// TestMapHostileNames: unknown, miscased, empty and odd names neither panic nor vanish
// silently: the map says how many projects have no known region.
func TestMapHostileNames(t *testing.T) {
	mk := func(regions ...string) *data.Project {
		p := &data.Project{Code: "S1", Regions: regions}
		p.Funding.GrantedEUState = data.KnownInt(1000)
		return p
	}
	ps := []*data.Project{
		mk("KESKI-SUOMI"), mk("Ahvenanmaa"), mk(""), mk(), mk("Atlantis 🚀 <b>&"), mk("Lappi\x00"),
		mk("Uusimaa", "Keski-Uusimaa"),
	}
	m := Map(ps, MapOptions{Level: geo.Regions, Figure: MapCount}, "en")
	if got := m.Tally().Unplaced; got != 4 {
		t.Errorf("%d unplaced, want 4", got)
	}
	notes := strings.Join(m.notes(), "\n")
	if !strings.Contains(notes, "4 projects without a known region") {
		t.Errorf("notes %q", notes)
	}
	for _, f := range MapFigures {
		c := Map(ps, MapOptions{Level: geo.Municipalities, Figure: f, Selected: "nonsense"}, "fi")
		if _, err := RenderSVG(c, 300, 300); err != nil {
			t.Error(err)
		}
	}
}

func TestClassify(t *testing.T) {
	var vs []data.Float
	for _, v := range []float64{12345, 48000, 51234, 98765, 120001, 250000, 260000, 990000, 1234567, 2000000} {
		vs = append(vs, data.KnownFloat(v))
	}
	vs = append(vs, data.Float{})
	cs := classify(vs, MapGranted, "fi")
	var labels []string
	for _, c := range cs {
		labels = append(labels, strings.ReplaceAll(c.label, "\u00a0", " "))
	}
	want := "12 345 € – 51 000 € | 51 000 € – 120 000 € | 120 000 € – 260 000 € | 260 000 € – 1 200 000 € | 1 200 000 € – 2 000 000 €"
	if got := strings.Join(labels, " | "); got != want {
		t.Errorf("classes\n%s\nwant\n%s", got, want)
	}
	if cs := classify([]data.Float{data.KnownFloat(3), data.KnownFloat(3)}, MapCount, "fi"); len(cs) != 1 || cs[0].label != "3" {
		t.Errorf("one value: %+v", cs)
	}
	if cs := classify(nil, MapCount, "fi"); cs != nil {
		t.Errorf("no values: %+v", cs)
	}
	cs = classify([]data.Float{data.KnownFloat(1), data.KnownFloat(2), data.KnownFloat(3), data.KnownFloat(7)}, MapCount, "fi")
	if cs[0].label != "1" || cs[len(cs)-1].label != "7" {
		t.Errorf("counts: %+v", cs)
	}
}

func TestParseMapFigure(t *testing.T) {
	for _, f := range MapFigures {
		if g, ok := ParseMapFigure(" " + strings.ToUpper(f.Key())); !ok || g != f {
			t.Errorf("%s does not read back", f.Key())
		}
		if f.Name("fi") == f.Name("en") && f != MapGranted {
			t.Logf("%s: same name in both languages", f.Key())
		}
	}
	if _, ok := ParseMapFigure("money"); ok {
		t.Error("money is a figure")
	}
}

func TestMapAreaText(t *testing.T) {
	p := &data.Project{Code: "S1", Municipalities: []string{"Juankoski", "kuopio"}}
	p.Funding.GrantedEUState = data.KnownInt(1000)
	m := Map([]*data.Project{p}, MapOptions{Level: geo.Municipalities}, "en")
	i, _ := m.Tally().Map.Find("Kuopio")
	got := strings.ReplaceAll(m.AreaText(i), "\u00a0", " ")
	for _, want := range []string{"Kuopio (Pohjois-Savo)", "1 project", "Granted EU+state: 1,000 €", "Realised EU+state: n/a (1 unknown)", "also as Juankoski"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from\n%s", want, got)
		}
	}
	if m.AreaText(-1) != "" || m.AreaText(9999) != "" {
		t.Error("an area out of range has a text")
	}
}
