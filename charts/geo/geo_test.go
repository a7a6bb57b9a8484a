package geo

import (
	"math"
	"testing"

	"vertailu/data"
)

// TestTM35FINMeridian checks the projection on the central meridian against the meridian arc
// integrated numerically (an independent computation), and its symmetry about 27° E.
func TestTM35FINMeridian(t *testing.T) {
	for _, lat := range []float64{59.5, 60, 62.5, 65, 70.1} {
		e, n := TM35FIN(27, lat)
		if math.Abs(e-500000) > 1e-6 {
			t.Errorf("easting on the central meridian at %g°: %f", lat, e)
		}
		if want := tmScale * meridianArc(lat); math.Abs(n-want) > 0.001 {
			t.Errorf("northing at %g°: %.4f, the meridian arc gives %.4f", lat, n, want)
		}
		ew, nw := TM35FIN(27-4.5, lat)
		ee, ne := TM35FIN(27+4.5, lat)
		if math.Abs((ew-500000)+(ee-500000)) > 1e-6 || math.Abs(nw-ne) > 1e-6 {
			t.Errorf("not symmetric about 27° E at %g°", lat)
		}
	}
	// 60° N on the central meridian is N 6 651 411.19 m in every TM35FIN reference.
	if _, n := TM35FIN(27, 60); math.Abs(n-6651411.19) > 0.01 {
		t.Errorf("60° N: %.3f", n)
	}
}

// meridianArc is the GRS80 meridian distance from the equator to lat, by Simpson's rule.
func meridianArc(lat float64) float64 {
	e2 := 2*grs80F - grs80F*grs80F
	m := func(phi float64) float64 { return grs80A * (1 - e2) / math.Pow(1-e2*math.Sin(phi)*math.Sin(phi), 1.5) }
	const n = 20000
	h := lat * degToRadians / n
	s := m(0) + m(lat*degToRadians)
	for i := 1; i < n; i++ {
		w := 2.0
		if i%2 == 1 {
			w = 4
		}
		s += w * m(float64(i)*h)
	}
	return s * h / 3
}

func TestEmbeddedMaps(t *testing.T) {
	r, m := Of(Regions), Of(Municipalities)
	if len(r.Areas) != 19 || len(m.Areas) != 309 {
		t.Fatalf("%d regions, %d municipalities", len(r.Areas), len(m.Areas))
	}
	// Finland spans about 20°–31.6° E and 59.7°–70.1° N: roughly E 80–740 km, N 6 600–7 780 km.
	if b := r.Box; b.Min.X < 0 || b.Max.X > 800e3 || b.Min.Y < 6550e3 || b.Max.Y > 7800e3 || b.Max.Y-b.Min.Y < 1100e3 {
		t.Errorf("the regions span %+v", b)
	}
	for _, a := range append(append([]Area{}, r.Areas...), m.Areas...) {
		if !a.Contains(a.Label) {
			t.Errorf("%s: the label point is outside", a.Name)
		}
		if i, ok := Of(levelOf(a)).Find(a.Name); !ok || Of(levelOf(a)).Areas[i].Code != a.Code {
			t.Errorf("%s is not found by its own name", a.Name)
		}
	}
	for _, a := range m.Areas {
		if a.Region == "" {
			t.Errorf("%s has no region", a.Name)
		}
	}
	// Kauniainen lies inside Espoo: Espoo's hole is not Espoo.
	esp, _ := m.Find("Espoo")
	kau, _ := m.Find("Kauniainen")
	if l := m.Areas[kau].Label; m.Areas[esp].Contains(l) {
		t.Error("Kauniainen's label point is inside Espoo")
	}
	if i, ok := m.At(m.Areas[kau].Label); !ok || i != kau {
		t.Errorf("At(Kauniainen) = %d", i)
	}
}

func levelOf(a Area) Level {
	if a.Region != "" {
		return Municipalities
	}
	return Regions
}

func TestFind(t *testing.T) {
	r, m := Of(Regions), Of(Municipalities)
	cases := []struct {
		m          *Map
		name, want string
	}{
		{r, "Keski-Suomi", "Keski-Suomi"},
		{r, "  KESKI-SUOMI ", "Keski-Suomi"},
		{r, "pohjois-pohjanmaa", "Pohjois-Pohjanmaa"},
		{r, "Ahvenanmaa", "Ahvenanmaan maakunta"},
		{r, "Åland", "Ahvenanmaan maakunta"},
		{r, "Lappi maakunta", "Lappi"},
		{r, "Mellersta Finland", "Keski-Suomi"},
		{r, "Itä-Uusimaa", "Uusimaa"},
		{m, "Juankoski", "Kuopio"},
		{m, "Maaninka", "Kuopio"},
		{m, "Jalasjärvi", "Kurikka"},
		{m, "Nastola", "Lahti"},
		{m, "Honkajoki", "Kankaanpää"},
		{m, "aanekoski", "Äänekoski"},
		{m, "Vasa", "Vaasa"},
		{m, "Maarianhamina", "Maarianhamina"},
		{m, "", ""},
		{m, "Tukholma", ""},
	}
	for _, c := range cases {
		i, ok := c.m.Find(c.name)
		got := ""
		if ok {
			got = c.m.Areas[i].Name
		}
		if got != c.want {
			t.Errorf("Find(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestCount(t *testing.T) {
	p := func(granted int64, regions ...string) *data.Project {
		pr := &data.Project{Regions: regions}
		pr.Funding.GrantedEUState = data.KnownInt(granted)
		pr.Funding.PlannedPublicTotal = data.KnownInt(granted * 2)
		pr.Indicators.PersonsPlanned = data.KnownInt(10)
		return pr
	}
	ps := []*data.Project{
		p(100, "Keski-Suomi", "Pirkanmaa"),
		p(50, "keski-suomi", "Keski-Suomi"), // the same region twice counts once
		p(7, "Atlantis"),
		p(3),
		p(1, ""),
		p(9, "Ahvenanmaa"),
		nil,
	}
	tl := Count(ps, Regions)
	ks, _ := tl.Map.Find("Keski-Suomi")
	s := tl.Areas[ks]
	if s.Count != 2 || s.GrantedEUState.V != 150 || len(s.Names) != 2 {
		t.Errorf("Keski-Suomi: %+v", s)
	}
	if c := s.CostPerPlannedParticipant(); !c.Known || c.V != 15 {
		t.Errorf("€ per planned participant %+v", c)
	}
	if tl.Total.Count != 6 || tl.Total.GrantedEUState.V != 170 || !tl.Overlap {
		t.Errorf("total %+v overlap %v", tl.Total, tl.Overlap)
	}
	if tl.Unplaced != 3 || len(tl.Unknown) != 1 || tl.Unknown[0] != "Atlantis" {
		t.Errorf("unplaced %d, unknown %q", tl.Unplaced, tl.Unknown)
	}
	al, _ := tl.Map.Find("Åland")
	if n := tl.Map.Areas[al].Short(); n != "Ahvenanmaa" {
		t.Errorf("Åland's short name is %q", n)
	}
	if tl.Areas[al].Count != 1 {
		t.Error("Åland lost its project")
	}
}

// FuzzFind: no name a description may give panics, and a name found finds an area whose own
// name finds it again.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"Keski-Suomi", "ÅLAND", "juankoski", "", " ", "\xff\xfe", "Pohjois-Savo maakunta", "🚀"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		for _, l := range []Level{Regions, Municipalities} {
			m := Of(l)
			i, ok := m.Find(name)
			if !ok {
				continue
			}
			if j, ok := m.Find(m.Areas[i].Name); !ok || j != i {
				t.Errorf("%q finds %s, whose name finds %d", name, m.Areas[i].Name, j)
			}
		}
		Count([]*data.Project{{Regions: []string{name}, Municipalities: []string{name, name}}}, Municipalities)
	})
}
