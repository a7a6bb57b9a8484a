package data

// Subset narrows a query to the projects an officer checks first.
type Subset string

// The subsets.
const (
	SubsetAll      Subset = ""
	SubsetOver100  Subset = "over100"  // EU+state or public utilisation above 100 %
	SubsetUnknown  Subset = "unknown"  // one of the four funding figures unknown
	SubsetWarnings Subset = "warnings" // loaded with warnings, or incomplete
	SubsetDisagree Subset = "disagree" // sources that give different funding figures
	SubsetListOnly Subset = "listonly" // known only from project lists: no description
)

// Subsets lists the subsets in the order a screen offers them.
var Subsets = []Subset{SubsetAll, SubsetOver100, SubsetUnknown, SubsetWarnings, SubsetDisagree, SubsetListOnly}

// Has reports whether p is in the subset.
func (s Subset) Has(p *Project) bool {
	switch s {
	case SubsetOver100:
		return UtilisationFlagged(p.Derived.UtilisationEUState) || UtilisationFlagged(p.Derived.UtilisationPublic)
	case SubsetUnknown:
		for _, f := range Figures {
			if !f.Of(p).Known {
				return true
			}
		}
		return false
	case SubsetWarnings:
		return NeedsALook(p)
	case SubsetDisagree:
		return p.SourcesDisagree()
	case SubsetListOnly:
		return !p.Described()
	}
	return true
}

// NeedsALook reports whether p was loaded with warnings (its sources' disagreements among
// them) or is an incomplete description: the table marks it. A project known only from a list
// is not incomplete: a list never has more than its figures.
func NeedsALook(p *Project) bool { return len(p.Warnings) > 0 || !p.Complete && p.Described() }
