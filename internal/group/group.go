// Package group gathers attributed quotations across articles: one group
// for each distinct quotation, however each outlet split, punctuated or
// trimmed it, and one summary for each speaker.
//
// Groups keep the quotations and where they came from, never the article
// texts, so memory grows with the number of quotations, not of bytes read.
// Neither type is safe for concurrent use.
package group

import (
	"cmp"
	"errors"
	"slices"
	"strings"
	"unicode"
)

// An Item is one attributed quotation to group.
type Item struct {
	Quote       string
	Speaker     string // "" when unknown
	SpeakerType string
	Kind        string
	Cue         string
	Source      Source
}

// A Source is where a quotation was found.
type Source struct {
	Source string `json:"source"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	URL    string `json:"url,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	// OutletInferred tells that Outlet was inferred from the article's
	// text, not given with it.
	OutletInferred bool `json:"outlet_inferred,omitempty"`
}

// A Quote is one distinct quotation and every place it was found.
type Quote struct {
	Quote    string   // the longest wording
	Speaker  string   // the speaker most sources name, or "" if none does
	Type     string   // that speaker's type
	Speakers []string // every speaker named for it, when they disagree
	Sources  []Source // in the order they were added
	Variants []string // the distinct wordings, in the order first seen
	Kinds    []string // the distinct kinds

	words    []string       // normalised words of Quote
	names    []string       // the speakers named, in the order first named
	speakers map[string]int // speaker → how many sources name them
	types    map[string]string
}

// Count returns how many times the quotation was found.
func (q *Quote) Count() int { return len(q.Sources) }

// Quotes groups quotations. The zero value is not ready: use [NewQuotes].
type Quotes struct {
	groups []*Quote
	exact  map[string]int   // normalised text → group
	grams  map[string][]int // word 4-gram → groups whose longest wording has it
}

// NewQuotes returns an empty grouping.
func NewQuotes() *Quotes {
	return &Quotes{exact: make(map[string]int), grams: make(map[string][]int)}
}

const (
	gram       = 4  // words per n-gram in the index
	minContain = 4  // shortest quotation (in words) that may join a longer one it lies in
	maxPosting = 64 // groups kept per n-gram: commoner n-grams say little
)

// Add puts item in the group of the quotation it repeats, or in a new one.
// Two quotations are the same when their words match after folding case,
// punctuation, quotation marks and white space; when the shorter, of four
// words or more, lies within the longer; or when they differ by at most
// one word in ten (at least one). Quotations of under four words join only
// their exact repeats.
func (g *Quotes) Add(item Item) {
	words := Words(item.Quote)
	if len(words) == 0 {
		return
	}
	key := strings.Join(words, " ")
	gi, ok := g.exact[key]
	if !ok {
		gi, ok = g.similar(words)
	}
	if !ok {
		gi = len(g.groups)
		g.groups = append(g.groups, &Quote{speakers: map[string]int{}, types: map[string]string{}})
	}
	q := g.groups[gi]
	g.exact[key] = gi
	if len(words) > len(q.words) {
		q.Quote, q.words = item.Quote, words
		g.index(gi, words)
	}
	if !slices.Contains(q.Variants, item.Quote) {
		q.Variants = append(q.Variants, item.Quote)
	}
	if !slices.Contains(q.Kinds, item.Kind) {
		q.Kinds = append(q.Kinds, item.Kind)
	}
	q.Sources = append(q.Sources, item.Source)
	if item.Speaker != "" {
		if q.speakers[item.Speaker] == 0 {
			q.names = append(q.names, item.Speaker)
		}
		q.speakers[item.Speaker]++
		q.types[item.Speaker] = item.SpeakerType
	}
}

// similar returns the group whose longest wording contains words, lies
// within them, or nearly equals them, if any.
func (g *Quotes) similar(words []string) (int, bool) {
	seen := make(map[int]bool)
	best, bestShared := -1, 0
	for _, k := range ngrams(words) {
		for _, gi := range g.grams[k] {
			if seen[gi] {
				continue
			}
			seen[gi] = true
			other := g.groups[gi].words
			if !same(words, other) {
				continue
			}
			if n := min(len(words), len(other)); n > bestShared {
				best, bestShared = gi, n
			}
		}
	}
	return best, best >= 0
}

// same reports whether two normalised wordings are one quotation.
func same(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < minContain {
		return false // short ones match only word for word
	}
	if contains(b, a) {
		return true
	}
	limit := max(1, len(b)/10)
	return len(b)-len(a) <= limit && editDistance(a, b, limit) <= limit
}

// contains reports whether the word sequence sub lies within s.
func contains(s, sub []string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if slices.Equal(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// editDistance returns the word-level edit distance of a and b, or limit+1
// once it is sure to exceed limit.
func editDistance(a, b []string, limit int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// index records group gi under the n-grams of its longest wording.
func (g *Quotes) index(gi int, words []string) {
	for _, k := range ngrams(words) {
		if p := g.grams[k]; len(p) < maxPosting && !slices.Contains(p, gi) {
			g.grams[k] = append(p, gi)
		}
	}
}

// ngrams returns the index keys of a wording: its word 4-grams, or the whole
// wording when it is shorter.
func ngrams(words []string) []string {
	if len(words) < gram {
		return []string{strings.Join(words, " ")}
	}
	keys := make([]string, 0, len(words)-gram+1)
	for i := 0; i+gram <= len(words); i++ {
		keys = append(keys, strings.Join(words[i:i+gram], " "))
	}
	return keys
}

// Groups returns the groups in the order their first quotation was added,
// with each group's speaker settled: the one most sources name (the first
// named on a tie). Speakers lists them all only when they disagree.
func (g *Quotes) Groups() []*Quote {
	for _, q := range g.groups {
		q.Speaker, q.Type, q.Speakers = "", "", nil
		for _, s := range q.names {
			if q.speakers[s] > q.speakers[q.Speaker] {
				q.Speaker, q.Type = s, q.types[s]
			}
		}
		if len(q.names) > 1 {
			q.Speakers = q.names
		}
	}
	return g.groups
}

// Words returns the normalised words of a quotation: lower case, with
// apostrophes made straight and all other punctuation dropped.
func Words(s string) []string {
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(strings.ToLower(s))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// A Speaker sums up everything one speaker was quoted as saying.
type Speaker struct {
	Speaker string
	Type    string
	Quotes  int      // how many quotations
	Sources []string // the distinct sources, in the order first seen
	Cues    []Cue    // the cues used, most used first
	Outlets []string // the distinct outlets, where known
}

// A Cue is a reporting word and how often it introduced a speaker.
type Cue struct {
	Cue   string `json:"cue"`
	Count int    `json:"count"`
}

// Speakers sums quotations up by speaker. The zero value is not ready: use
// [NewSpeakers].
type Speakers struct {
	order  []string
	by     map[string]*Speaker
	cues   map[string]map[string]int
	merged map[string]string // a surname → the fuller name List counts it under
}

// NewSpeakers returns an empty summary.
func NewSpeakers() *Speakers {
	return &Speakers{by: make(map[string]*Speaker), cues: make(map[string]map[string]int)}
}

// Add counts item for its speaker; items with no speaker are not counted.
func (s *Speakers) Add(item Item) {
	if item.Speaker == "" {
		return
	}
	sp := s.by[item.Speaker]
	if sp == nil {
		sp = &Speaker{Speaker: item.Speaker, Type: item.SpeakerType}
		s.by[item.Speaker] = sp
		s.order = append(s.order, item.Speaker)
		s.cues[item.Speaker] = make(map[string]int)
	}
	sp.Quotes++
	if !slices.Contains(sp.Sources, item.Source.Source) {
		sp.Sources = append(sp.Sources, item.Source.Source)
	}
	if o := item.Source.Outlet; o != "" && !slices.Contains(sp.Outlets, o) {
		sp.Outlets = append(sp.Outlets, o)
	}
	if item.Cue != "" {
		s.cues[item.Speaker][strings.ToLower(item.Cue)]++
	}
}

// List returns the speakers, most quoted first (then in order first seen).
// A one-word name that ends exactly one fuller name of a person ("Putin",
// "Vladimir Putin") is counted under the fuller name: articles that name a
// person only by surname are common.
func (s *Speakers) List() []*Speaker {
	s.mergeSurnames()
	out := make([]*Speaker, 0, len(s.order))
	for _, name := range s.order {
		sp := s.by[name]
		sp.Cues = sp.Cues[:0]
		for c, n := range s.cues[name] {
			sp.Cues = append(sp.Cues, Cue{c, n})
		}
		slices.SortFunc(sp.Cues, func(a, b Cue) int {
			return cmp.Or(b.Count-a.Count, strings.Compare(a.Cue, b.Cue))
		})
		out = append(out, sp)
	}
	slices.SortStableFunc(out, func(a, b *Speaker) int { return b.Quotes - a.Quotes })
	return out
}

// mergeSurnames folds one-word person names into the one fuller name that
// ends with them.
func (s *Speakers) mergeSurnames() {
	var kept []string
	for _, name := range s.order {
		short := s.by[name]
		if strings.Contains(name, " ") || (short.Type != "person" && short.Type != "") {
			kept = append(kept, name)
			continue
		}
		var into string
		for _, other := range s.order {
			if strings.HasSuffix(other, " "+name) && s.by[other].Type == "person" {
				if into != "" {
					into = "" // two people share the surname: keep apart
					break
				}
				into = other
			}
		}
		if into == "" {
			kept = append(kept, name)
			continue
		}
		long := s.by[into]
		long.Quotes += short.Quotes
		for _, src := range short.Sources {
			if !slices.Contains(long.Sources, src) {
				long.Sources = append(long.Sources, src)
			}
		}
		for _, o := range short.Outlets {
			if !slices.Contains(long.Outlets, o) {
				long.Outlets = append(long.Outlets, o)
			}
		}
		for c, n := range s.cues[name] {
			s.cues[into][c] += n
		}
		delete(s.by, name)
		if s.merged == nil {
			s.merged = make(map[string]string)
		}
		s.merged[name] = into
	}
	s.order = kept
}

// Name returns the name under which [Speakers.List] counted speaker: the
// fuller name a surname was merged into, or speaker itself. It is only
// meaningful after List.
func (s *Speakers) Name(speaker string) string {
	if into, ok := s.merged[speaker]; ok {
		return into
	}
	return speaker
}

// By is what one grouped record stands for: the value of the --group flag
// of whosaid and whosaid-beam. It implements pflag.Value and flag.Value.
type By string

// The groupings. None, the default, writes each record as found.
const (
	None      By = ""
	ByQuote   By = "quote"
	BySpeaker By = "speaker"
)

// String returns the grouping's name.
func (b *By) String() string { return string(*b) }

// Type names the flag's value in pflag's messages.
func (b *By) Type() string { return "kind" }

// Set sets b to s if s names a grouping.
func (b *By) Set(s string) error {
	switch g := By(s); g {
	case ByQuote, BySpeaker:
		*b = g
		return nil
	}
	return errors.New("must be one of quote, speaker")
}
