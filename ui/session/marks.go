package session

import (
	"slices"

	"vertailu/data"
)

// Marks are the projects the user marked, in the order marked.
type Marks struct {
	list []*data.Project
	on   map[*data.Project]bool
}

// Has reports whether p is marked.
func (m *Marks) Has(p *data.Project) bool { return m.on[p] }

// Set marks or unmarks p; marking keeps the order in which projects were marked.
func (m *Marks) Set(p *data.Project, on bool) {
	if on == m.Has(p) {
		return
	}
	if on {
		if m.on == nil {
			m.on = map[*data.Project]bool{}
		}
		m.list = append(m.list, p)
		m.on[p] = true
		return
	}
	delete(m.on, p)
	i := slices.Index(m.list, p)
	m.list = append(m.list[:i:i], m.list[i+1:]...)
}

// List returns the marked projects in marking order.
func (m *Marks) List() []*data.Project { return slices.Clone(m.list) }

// Clear unmarks everything.
func (m *Marks) Clear() { m.list, m.on = nil, nil }

// Len returns how many projects are marked.
func (m *Marks) Len() int { return len(m.list) }
