package eura

import (
	"regexp"
	"strings"

	"vertailu/data"
)

// The co-implementers (Osatoteuttajat) of section 2.

var businessID = regexp.MustCompile(`^\d{7}-\d$`)

// coImplementer reads "Name, 1234567-8" after the Osatoteuttajat heading, or right after the
// applicant's fields in a file whose headings were stripped.
func (p *parser) coImplementer(l line) bool {
	t := l.text
	if t == "" {
		return true
	}
	i := strings.LastIndex(t, ",")
	if i < 0 {
		if p.sec == secCoImpl {
			p.warn(l.n, "coimpl_no_id", "Value", shorten(t, 60))
			p.proj.CoImplementers = append(p.proj.CoImplementers, data.CoImplementer{Name: strings.Clone(t)})
			return true
		}
		return false
	}
	t = strings.Clone(t) // the project keeps the line, not the file (see label)
	name, id := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1:])
	if !businessID.MatchString(id) {
		if p.sec == secCoImpl {
			p.warn(l.n, "coimpl_bad_id", "Value", id)
			p.proj.CoImplementers = append(p.proj.CoImplementers, data.CoImplementer{Name: name, BusinessID: id})
			return true
		}
		return false
	}
	p.proj.CoImplementers = append(p.proj.CoImplementers, data.CoImplementer{Name: name, BusinessID: id})
	return true
}
