package eura

import (
	"strings"
	"testing"

	"vertailu/data"
)

func TestKnownLabel(t *testing.T) {
	for s, want := range map[string]string{
		"Hankekoodi": "hankekoodi", " HANKKEEN NIMI ": "hankkeen nimi", "Myönnetty EU- ja valtion rahoitus": "myönnetty eu- ja valtion rahoitus",
		"MYÖNNETTY EU- JA VALTION RAHOITUS": "myönnetty eu- ja valtion rahoitus", "Postinumero": labelPostalCode,
		"Suunniteltu": labelPlanned, strings.ToUpper(data.GenderQuestions[1]): genderKeys[1],
		"Hankekoodit": "", "Hankkeen  nimi": "hankkeen nimi", "Tavoite": "", "": "", "Kestävä Kehitys": "", strings.Repeat("ä", 60): "",
	} {
		if got := knownLabel(s); got != want {
			t.Errorf("knownLabel(%q) = %q, want %q", s, got, want)
		}
	}
	for _, f := range fields {
		if got := knownLabel(strings.ToUpper(f.label)); got != f.label {
			t.Errorf("knownLabel(%q) = %q", strings.ToUpper(f.label), got)
		}
	}
}
