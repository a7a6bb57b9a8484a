package eura

import (
	"strings"

	"vertailu/data"
)

// Section 8.1, gender equality: three questions, each answered and explained.

// genderKeys are the gender questions as label keys (lower case).
var genderKeys = func() (k [3]string) {
	for i, q := range data.GenderQuestions {
		k[i] = strings.ToLower(q)
	}
	return k
}()

// genderQuestion reads "question: Kyllä|Ei".
func (p *parser) genderQuestion(l line, key, value string) bool {
	for i, q := range genderKeys {
		if q != key {
			continue
		}
		p.enter(secGender, false)
		p.gender = i
		a := &p.proj.GenderEquality[i]
		switch {
		case equalsAnyFold(value, "kyllä", "kylla", "yes"):
			a.Answer = data.Bool{V: true, Known: true}
		case equalsAnyFold(value, "ei", "no"):
			a.Answer = data.Bool{V: false, Known: true}
		case value == "", value == "-":
		default:
			p.warn(l.n, "gender_answer", "Value", value)
		}
		return true
	}
	return false
}

func (p *parser) genderText(l line) {
	if p.gender < 0 || l.text == "" {
		if l.text != "" {
			p.warn(l.n, "unexpected_line", "Section", "8.1", "Value", shorten(l.text, 60))
		}
		return
	}
	p.genderLines[p.gender] = append(p.genderLines[p.gender], l.text)
}
