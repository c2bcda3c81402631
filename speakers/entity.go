package speakers

import (
	"slices"
	"strings"
)

// An entity is a person or organization the article names, gathered from
// all the forms of its name: "Russian President Vladimir Putin", "Putin".
type entity struct {
	name   []string        // the fullest form of the name, as written
	typ    Type            // Unknown until some evidence says
	roles  map[string]bool // titles and roles seen with it: president, leader
	nats   map[string]bool // nationalities seen with it: russian
	gender byte            // 'm' or 'f' once a pronoun or title says; 0 if unknown
	first  int             // token index of its first mention
	// titled is true while the name is only as a title-case first line
	// wrote it, where capitals glue words to it: Conservative Icon Morton
	// Blackwell. The body's fullest form replaces it.
	titled bool
}

func (e *entity) canonical() string { return strings.Join(e.name, " ") }

// hasRole reports whether the entity may be described by the role word: a
// "leader" is any head of state or government.
func (e *entity) hasRole(role string) bool {
	if e.roles[role] {
		return true
	}
	for _, abbr := range titleAbbreviations[role] {
		if e.roles[abbr] {
			return true // Sen. Elizabeth Warren is the senator
		}
	}
	if role == "leader" {
		for r := range e.roles {
			if headRoles[r] {
				return true
			}
		}
	}
	return false
}

// titleAbbreviations gives, for a role a description may name, the
// abbreviated titles (without their stop) that hold it: Sen. Warren is
// the senator, Gov. Christie the governor.
var titleAbbreviations = map[string][]string{
	"senator": {"sen"}, "governor": {"gov"}, "representative": {"rep"},
	"congressman": {"rep"}, "congresswoman": {"rep"}, "lawmaker": {"sen", "rep"},
	"general": {"gen"}, "colonel": {"col"}, "admiral": {"adm"}, "sergeant": {"sgt"},
	"captain": {"capt"}, "lieutenant": {"lt"}, "doctor": {"dr"}, "professor": {"prof"},
	"attorney": {"atty"}, "reverend": {"rev"}, "major": {"maj"}, "commander": {"cmdr"},
}

// A nameChunk is one occurrence of a name in the text.
type nameChunk struct {
	s, e   int      // tokens of the name itself, titles stripped
	words  []string // lower-case words of the name
	titles []string // titles and roles written with it
	nats   []string // nationalities written with it
}

// registry holds the entities of one article and the mention that each
// name occurrence resolves to.
type registry struct {
	ents     []*entity
	byKey    map[string][]*entity // lower-case name form → the entities it may denote
	mentions []mention            // the unambiguous name occurrences, in text order
}

// A mention is one occurrence toks[s:e] of an entity's name.
type mention struct {
	s, e int
	ent  *entity
}

// key joins lower-case words into a lookup key.
func key(words []string) string { return strings.Join(words, " ") }

// buildRegistry finds the names of the article outside its quotations and
// groups them into entities. Longer forms are gathered first, so a short
// form ("Kim", "Putin") joins the one longer form that begins or ends with it;
// a short form that fits two entities stays ambiguous.
func buildRegistry(toks []token) *registry {
	reg := &registry{byKey: make(map[string][]*entity)}
	var chunks []nameChunk
	for i := 0; i < len(toks); {
		if i == 0 || toks[i-1].sent != toks[i].sent {
			// A dateline names the place the story was filed from, no
			// one on its stage: BUENA PARK, Calif. -.
			e := i
			for e < len(toks) && toks[e].sent == toks[i].sent {
				e++
			}
			if d := datelineEnd(toks, i, e); d > i {
				i = d
				continue
			}
		}
		if !nameToken(toks, i) || headlineVerb(toks[i]) {
			i++
			continue
		}
		j := i
		for j < len(toks) && toks[j].para == toks[i].para && (nameToken(toks, j) || particle(toks, j)) && !headlineVerb(toks[j]) {
			j++
		}
		if c, ok := makeChunk(toks, i, j); ok {
			chunks = append(chunks, c)
		}
		i = j
	}
	// Longest names first; each shorter one joins a longer one if it fits
	// one. Of names as long, those whose title gives a gender come first, so
	// that Mr. Obama has set himself apart from Michelle Obama before
	// President Obama joins one of them.
	order := make([]int, len(chunks))
	gendered := make([]bool, len(chunks))
	for i := range order {
		order[i] = i
		gendered[i] = chunkGender(chunks[i]) != 0
	}
	slices.SortStableFunc(order, func(x, y int) int {
		if d := len(chunks[y].words) - len(chunks[x].words); d != 0 {
			return d
		}
		switch {
		case gendered[x] && !gendered[y]:
			return -1
		case gendered[y] && !gendered[x]:
			return 1
		}
		return 0
	})
	titled := titleCaseLine(toks)
	for _, ci := range order {
		c := chunks[ci]
		k := key(c.words)
		// Mr. Obama is not Michelle Obama, the first lady.
		g := chunkGender(c)
		unfit := func(e *entity) bool { return g != 0 && e.gender != 0 && g != e.gender }
		ents := slices.DeleteFunc(slices.Clone(reg.byKey[k]), unfit)
		if len(ents) == 0 {
			ents = slices.DeleteFunc(reg.containing(c.words), unfit)
			if len(ents) == 0 && nationalities[k] == k {
				continue // a nationality alone names no one: in Spanish
			}
			if len(ents) == 0 {
				e := &entity{name: tokenTexts(toks, c.s, c.e), roles: map[string]bool{}, nats: map[string]bool{}, first: c.s,
					titled: titled && toks[c.s].para == 0}
				reg.ents = append(reg.ents, e)
				ents = []*entity{e}
			}
			for _, e := range ents {
				if !slices.Contains(reg.byKey[k], e) {
					reg.byKey[k] = append(reg.byKey[k], e)
				}
			}
		}
		if len(ents) == 1 {
			if e := ents[0]; e.titled && toks[c.s].para > 0 && len(c.words) >= 2 && len(c.words) < len(e.name) && !particle(toks, c.s) {
				e.name, e.titled = tokenTexts(toks, c.s, c.e), false
			}
			ents[0].absorb(c, toks)
			reg.mentions = append(reg.mentions, mention{c.s, c.e, ents[0]})
		}
	}
	slices.SortFunc(reg.mentions, func(x, y mention) int { return x.s - y.s })
	return reg
}

// orgWithHead returns the one organization whose name ends with the word
// head ("the ministry" → Foreign Ministry), or nil.
func (reg *registry) orgWithHead(head string) *entity {
	var found *entity
	for _, e := range reg.ents {
		if e.typ == Organization && strings.EqualFold(e.name[len(e.name)-1], head) {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// containing returns the entities whose full name begins or ends with
// words. An organization whose name only begins with them (Time Magazine
// for Time) gives way to another entity they fit: Trump is Donald Trump,
// not the Trump Foundation.
func (reg *registry) containing(words []string) []*entity {
	var out, firsts, orgs []*entity
	for _, e := range reg.ents {
		name := lowerAll(e.name)
		n, m := len(name), len(words)
		if m >= n {
			continue
		}
		begins, ends := key(name[:m]) == key(words), key(name[n-m:]) == key(words)
		if bare, ok := unarticled(name[n-1]); ok && !ends {
			// Assad for Bashar al-Assad.
			ends = key(append(slices.Clone(name[n-m:n-1]), bare)) == key(words)
		}
		if n > 2 && generational[name[n-1]] {
			if m == n-1 {
				continue // Duncan Hunter is not Duncan Hunter Sr., his father
			}
			ends = ends || key(name[n-1-m:n-1]) == key(words) // Donald Trump Jr. is a Trump
		}
		switch {
		case ends:
			out = append(out, e)
		case begins && e.typ != Organization:
			firsts = append(firsts, e)
		case begins && (m == 1 || n == m+1 && corporateSuffixes[name[n-1]]):
			// Time for Time Magazine, Goldman Sachs for Goldman Sachs Group;
			// not Eric Trump for the Eric Trump Foundation, nor New York
			// for The New York Times.
			orgs = append(orgs, e)
		}
	}
	// A surname before a first name: Trump is Donald J. Trump, not Trump
	// Tower; Hillary is Hillary Clinton.
	if len(out) == 0 {
		out = firsts
	}
	if len(out) == 0 {
		return orgs
	}
	return out
}

// generational suffixes follow a surname: Donald Trump Jr.
var generational = wordSet("jr. jr sr. sr ii iii iv")

// corporateSuffixes end a company's name after the name it goes by.
var corporateSuffixes = wordSet("inc inc. corp corp. co co. group llc ltd ltd. company holdings")

// lookup returns the entity a name written at token pos denotes, and
// whether the name fits more than one. Of several that fit, only those
// introduced before pos count: "Cruz" is Ted Cruz until the article names
// Rafael Cruz too. A name that fits several, none introduced yet, is
// ambiguous.
func (reg *registry) lookup(words []string, pos int) (e *entity, ambiguous bool) {
	return reg.lookupGender(words, 0, pos)
}

// lookupGender is lookup for a name whose title gives its gender g (Mr.
// Obama: 'm'), which rules out the entities of the other gender.
func (reg *registry) lookupGender(words []string, g byte, pos int) (e *entity, ambiguous bool) {
	ents := reg.byKey[key(words)]
	if len(ents) == 0 {
		ents = reg.containing(words)
	}
	if g != 0 {
		ents = slices.DeleteFunc(slices.Clone(ents), func(e *entity) bool { return e.gender != 0 && e.gender != g })
	}
	switch len(ents) {
	case 0:
		return nil, false
	case 1:
		return ents[0], false
	}
	var before *entity
	for _, e := range ents {
		if e.first < pos {
			if before != nil {
				return nil, true
			}
			before = e
		}
	}
	return before, before == nil
}

// titleCaseLine reports whether the article's first paragraph is a line in
// title case, as a headline is: most of its words capitalized.
func titleCaseLine(toks []token) bool {
	words, caps := 0, 0
	for i := 0; i < len(toks) && toks[i].para == 0; i++ {
		if t := &toks[i]; t.word() && len(t.text) > 3 {
			words++
			if t.capitalized() {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*8
}

// chunkGender returns the gender that a name occurrence's titles give
// (Mr., Mrs., Queen), or 0.
func chunkGender(c nameChunk) byte {
	var g byte
	for _, t := range c.titles {
		switch t {
		case "mr.", "mr", "sir", "lord", "king", "prince", "father":
			g = 'm'
		case "mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen", "princess":
			g = 'f'
		}
	}
	return g
}

// absorb adds what a name occurrence says about its entity.
func (e *entity) absorb(c nameChunk, toks []token) {
	for _, t := range c.titles {
		e.roles[strings.TrimSuffix(t, ".")] = true
	}
	if g := chunkGender(c); g != 0 {
		e.gender = g
	}
	for _, n := range c.nats {
		e.nats[n] = true
	}
	if e.gender == 0 {
		e.gender = appositionGender(c, toks)
	}
	if e.typ == Unknown {
		e.typ = chunkType(c, toks)
	}
	if c.s < e.first {
		e.first = c.s
	}
}

// appositionGender returns the gender that a noun beside name occurrence c
// gives: his wife, Gabriela Lazar; spokeswoman Jen Psaki; Hope Hicks, a
// spokeswoman for the campaign. 0 if none does.
func appositionGender(c nameChunk, toks []token) byte {
	if s := c.s - 1; s >= 0 && toks[s].sent == toks[c.s].sent {
		for n := 0; n < 4 && s > 0 && titles[strings.TrimSuffix(toks[s].lower(), ".")] && toks[s].quote < 0; n++ {
			s-- // past the titles: her husband, former President Bill Clinton
		}
		if toks[s].text == "," && s > 0 {
			s--
		}
		if g := genderedNouns[toks[s].lower()]; g != 0 && toks[s].quote < 0 {
			return g
		}
	}
	if c.e+1 >= len(toks) || toks[c.e].text != "," {
		return 0
	}
	for k := c.e + 1; k < len(toks) && k <= c.e+8 && toks[k].sent == toks[c.e].sent && toks[k].quote < 0; k++ {
		w := toks[k].lower()
		if w == "," || w == "who" || w == "whose" || w == "which" || !toks[k].word() {
			return 0 // past the apposition, or a clause: Ryan, whose wife …
		}
		if g := genderedNouns[w]; g != 0 {
			return g
		}
	}
	return 0
}

// genderedNouns are the nouns for a person that say their gender.
var genderedNouns = func() map[string]byte {
	m := map[string]byte{}
	for _, w := range strings.Fields(`wife mother daughter sister widow grandmother aunt niece girlfriend
		stepmother granddaughter spokeswoman congresswoman chairwoman businesswoman
		councilwoman actress lady`) {
		m[w] = 'f'
	}
	// Not spokesman, chairman or congressman: news writes them of women too.
	for _, w := range strings.Fields(`husband father son brother widower grandfather uncle nephew boyfriend
		stepfather grandson`) {
		m[w] = 'm'
	}
	return m
}()

// chunkType tells from a name occurrence alone what sort of entity it is.
func chunkType(c nameChunk, toks []token) Type {
	last := c.words[len(c.words)-1]
	switch {
	case institutionWords[last] || agencies[key(c.words)] || institutionAcronyms[toks[c.e-1].text]:
		return Organization
	case nationalities[key(c.words)] != "" && nationalities[key(c.words)] != key(c.words):
		// A country or capital speaks for its government; an adjective
		// alone is no one's name but may be a first name (German's brother).
		return Organization
	case groupNouns[last]:
		return Group // House Democrats
	case eventWords[last]:
		return Unknown // the Republican National Convention: not a person for its titles
	}
	for i := 1; i+1 < len(c.words); i++ {
		if c.words[i] == "of" && institutionWords[c.words[i-1]] {
			return Organization // the Department of Justice, the University of Michigan
		}
	}
	for _, t := range c.titles {
		if roles[strings.TrimSuffix(t, ".")] || titles[t] {
			return Person
		}
	}
	for i := c.s; i < c.e; i++ {
		switch toks[i].ner {
		case "PERSON":
			return Person
		}
	}
	return Unknown
}

// surnameMonth reports whether toks[i], a calendar word, is the surname of a
// name begun before it: Theresa May said; not May 5, nor Trump in May,
// nor a modal (Trump May Not Have …, Krayewski may have said).
func surnameMonth(toks []token, i int) bool {
	t := &toks[i]
	if i == 0 || toks[i-1].sent != t.sent || !t.capitalized() || !months[t.lower()] || calendarWords[toks[i-1].lower()] || !nameToken(toks, i-1) {
		return false
	}
	if i+1 >= len(toks) {
		return true
	}
	n := &toks[i+1]
	return n.tag != "CD" && n.tag != "VB" && n.tag != "RB" && n.lower() != "not" // not Trump May Not Have
}

// opener reports whether toks[i] is a sentence adverb or preposition that
// opens its sentence, where prose may tag it as a proper noun: Likewise,
// …; Alongside BLM calls ….
func opener(toks []token, i int) bool {
	w := toks[i].lower()
	return (sentenceAdverbs[w] || prepositions[w]) && (i == 0 || toks[i-1].sent != toks[i].sent)
}

// firstPerson reports whether w is I, alone or with a clitic: I'd, I’m.
func firstPerson(w string) bool {
	return w == "i" || strings.HasPrefix(w, "i'") || strings.HasPrefix(w, "i’")
}

// writer reports whether w is a first-person subject, I or we, alone or
// with a clitic, which outside a quotation is the writer's: I asked him;
// we think; I'd add.
func writer(w string) bool {
	return firstPerson(w) || w == "we" || strings.HasPrefix(w, "we'") || strings.HasPrefix(w, "we’")
}

// nameToken reports whether toks[i] can be part of a name: a capitalized
// word that prose tags as a proper noun, or any capitalized word not at the
// start of its sentence, outside quotations.
func nameToken(toks []token, i int) bool {
	t := &toks[i]
	if t.quote >= 0 || t.headline || !t.capitalized() || !t.word() || firstPerson(t.lower()) {
		return false
	}
	if opener(toks, i) {
		return false
	}
	if pronouns[t.lower()] != nil || determiners[t.lower()] || calendarWords[t.lower()] && !surnameMonth(toks, i) {
		return false
	}
	if (i == 0 || toks[i-1].sent != t.sent) && inverting[speechVerbs[t.lower()]] {
		return false // Said Ellis: …
	}
	if strings.HasPrefix(t.tag, "NNP") {
		return true
	}
	sentStart := i == 0 || toks[i-1].sent != t.sent
	if sentStart {
		// prose tags a first name that opens a sentence as an adjective
		// (Ryan/JJ Ellis/NNP): a capitalized word before a proper noun
		// starts a name.
		n := i + 1
		return (t.tag == "JJ" || t.tag == "NN") && n < len(toks) && toks[n].sent == t.sent &&
			toks[n].quote < 0 && toks[n].capitalized() && strings.HasPrefix(toks[n].tag, "NNP") &&
			nationalities[t.lower()] == "" && !allCaps(t.text)
	}
	switch {
	case strings.HasPrefix(t.tag, "NN"), strings.HasPrefix(t.tag, "JJ"), t.tag == "CD":
		return !allCaps(t.text) || len(t.text) <= 5
	}
	return false
}

// headlineVerb reports whether t is a reporting verb in the present tense
// as headlines capitalize it: Chris Christie Calls Hillary Clinton a
// Disgrace; Glenn Beck Says Trump …. It ends the name before it.
func headlineVerb(t token) bool {
	w := t.lower()
	if t.capitalized() && headlineWords[w] {
		return true
	}
	return strings.HasSuffix(w, "s") && (speechVerbs[w] != "" || cognition[w] != "" || phrasalForms[w] != "" || objectVerbs[w] != "")
}

// honorifics come before a name, never after it.
var honorifics = wordSet("miss mr mrs ms dr sir dame")

// headlineWords are the verbs and function words that headlines capitalize
// and that no name holds: Carly Fiorina Endorses Ted Cruz; Win Over Marco
// Rubio; Did Donald Trump ….
var headlineWords = wordSet(`compares endorses backs mocks rips hits sends gets lets takes makes
	wants needs wins loses beats leads trails joins quits nominates follow sees eyes faces
	vows slams blasts bashes touts pushes seeks
	over under between using into onto upon against of did does just also still even
	could would should must`)

// particle reports whether toks[i] joins the parts of a name: Ludwig van
// Beethoven, Kim Jong-un's initials J.
func particle(toks []token, i int) bool {
	if i+1 >= len(toks) || !nameToken(toks, i+1) {
		return false
	}
	switch toks[i].lower() {
	case "de", "van", "von", "bin", "al", "da", "del", "der", "la", "le", "ibn", "dos":
		return true
	case "of": // Bureau of Prisons, Bank of America; Chief of Staff Reince Priebus
		return i > 0 && (institutionWords[toks[i-1].lower()] || titles[toks[i-1].lower()] && toks[i-1].capitalized())
	}
	return false
}

// makeChunk turns the name tokens toks[s:e] into a nameChunk: leading titles
// and nationalities are split off, and the roles and nationalities written
// just before the name are gathered too.
func makeChunk(toks []token, s, e int) (nameChunk, bool) {
	var c nameChunk
	for s < e && leadWords[toks[s].lower()] {
		s++ // a sentence's first word, capitalized: Even China, Though Grassley
	}
	// An organization or a group keeps the words that would be titles
	// before a person: Foreign Ministry, State Department, House Democrats.
	org := institutionWords[toks[e-1].lower()] || groupNouns[toks[e-1].lower()]
	for j := s + 1; j < e-1 && !org; j++ {
		// Also an institution of a place: the Republican Party of Wyoming.
		org = toks[j].lower() == "of" && institutionWords[toks[j-1].lower()]
	}
	for s < e && !org {
		w := toks[s].lower()
		// A nationality before a lone name is a first name: German Ortega.
		if n := nationalityAt(toks, s, e); n != "" && s+natLen(toks, s, e) < e && (e-s > 2 || natLen(toks, s, e) > 1) {
			c.nats = append(c.nats, n)
			s += natLen(toks, s, e)
			continue
		}
		// Before a full name, also a role that a headline or a sentence's
		// start capitalizes, a party, a plural title, or the House a title
		// named: Rival Hillary Clinton, Democrat Bernie Sanders, Senators
		// Mitch McConnell, Speaker of the House Newt Gingrich.
		one, full := strings.TrimSuffix(w, "s"), e-s >= 3
		if titles[w] && s+1 < e || full && (titles[one] || partyWords[one] || (roles[w] || w == "house") && toks[s].capitalized()) {
			c.titles = append(c.titles, w)
			s++
			if s+1 < e && toks[s].lower() == "of" && titles[toks[s+1].lower()] {
				s++ // Secretary of State John Kerry
			} else if e-s >= 4 && toks[s].lower() == "of" {
				s += 2 // the office's domain: Chief of Staff Reince Priebus
			}
			continue
		}
		break
	}
	// A place before a title: Pennsylvania Gov. Ed Rendell, NYPD
	// Commissioner James O’Neill. Strip through an abbreviated title, or
	// through a title followed by two names or more.
	for j := e - 2; j > s && !org; j-- {
		w := toks[j].lower()
		if titles[w] && toks[j+1].lower() == "of" && e-j-1 < 4 && !titles[toks[j-1].lower()] {
			// A surname that is a title, then where its bearer is from:
			// Peter T. King of New York. No one is named after the place.
			e = j + 1
			break
		}
		if titles[w] && (strings.HasSuffix(w, ".") || e-j > 2) || (roles[w] || partyWords[w]) && e-j > 2 {
			// Also a role: Clinton Senior Adviser Sidney Blumenthal; a
			// party: Senate Intelligence Ranking Democrat Dianne Feinstein.
			for k := s; k <= j; k++ {
				c.titles = append(c.titles, toks[k].lower())
			}
			s = j + 1
			if e-s >= 4 && toks[s].lower() == "of" {
				s += 2 // the office's domain: Supervisor of Elections Susan Bucher
			}
			break
		}
	}
	if s < e && toks[s].lower() == "of" {
		// An office or a party and what it is of, no name: the former CEO of
		// Hewlett-Packard, Republican of New York.
		return c, false
	}
	for e > s+2 && !org && honorifics[strings.TrimSuffix(toks[e-1].lower(), ".")] {
		e-- // an honorific after a full name is a headline's: Marco Rubio Miss
	}
	if s >= e || titles[toks[e-1].lower()] && strings.HasSuffix(toks[e-1].text, ".") && e-s > 1 {
		return c, false // a place and a title, no name: Pennsylvania Gov. and …
	}
	if e-s == 1 && titles[toks[s].lower()] && !org {
		return c, false // titles and no name: Secretary of Defense
	}
	// Premodifiers before the chunk: North Korean leader Kim Jong Un, Kremlin
	// spokesman Dmitry Peskov, North Korea's Kim Jong Un.
	for k := s - 1; k >= 0 && toks[k].para == toks[s].para && k >= s-6; k-- {
		t := &toks[k]
		w := t.lower()
		switch {
		case t.quote >= 0:
			k = -1
		case w == "'s" && k > 0:
			if n := nationalityBefore(toks, k); n != "" {
				c.nats = append(c.nats, n)
			}
			k = -1
		case !t.capitalized() && (roles[w] || titles[w] || isAge(w) || strings.HasSuffix(w, "-presidential") || w == "presidential"):
			c.titles = append(c.titles, w)
		case t.capitalized() && nationalityBefore(toks, k+1) != "":
			c.nats = append(c.nats, nationalityBefore(toks, k+1))
			k -= natLen(toks, k, k+1) - 1
		case t.capitalized() && titles[w]:
			c.titles = append(c.titles, w)
		default:
			k = -1
		}
	}
	// A description before, in apposition: A Kremlin spokesman, Dmitry
	// Peskov, said. The name is set off by commas on both sides.
	if s >= 3 && toks[s-1].text == "," && e < len(toks) && toks[e].text == "," && toks[s-2].quote < 0 && roles[toks[s-2].lower()] && !toks[s-2].capitalized() {
		for k := s - 3; k >= 0 && k >= s-7 && toks[k].sent == toks[s].sent && toks[k].word() && toks[k].quote < 0; k-- {
			if w := toks[k].lower(); w == "a" || w == "an" || w == "the" {
				c.titles = append(c.titles, toks[s-2].lower())
				break
			}
		}
	}
	c.s, c.e = s, e
	c.words = lowerAll(tokenTexts(toks, s, e))
	if strings.Contains(c.words[len(c.words)-1], ".") && usState(c.words) {
		return c, false // a state's abbreviation names no one: a veteran D.C. lobbyist
	}
	if len(c.words) == 1 && dayModifiers[c.words[0]] && e < len(toks) && weekdays[toks[e].lower()] {
		return c, false // the first word of a day's name: Super Tuesday
	}
	// Apposition after: Hugh Hill, a doctor at …; Putin, 72, said.
	if e+2 < len(toks) && toks[e].text == "," && isDigits(toks[e+1].text) && toks[e+2].text == "," {
		c.titles = append(c.titles, toks[e+1].text+"-year-old")
	}
	if e+2 < len(toks) && toks[e].text == "," && (toks[e+1].lower() == "a" || toks[e+1].lower() == "an" || toks[e+1].lower() == "the") && !placeName(c.words) {
		// Not after a place: At a town hall in New Hampshire, a young
		// woman asked.
		for k := e + 2; k < len(toks) && k < e+6 && toks[k].word() && toks[k].quote < 0; k++ {
			if roles[toks[k].lower()] {
				c.titles = append(c.titles, toks[k].lower())
				break
			}
		}
	}
	return c, true
}

// nationalityAt returns the nationality that toks[s] (with toks[s+1] for two
// words) names, within toks[:e].
func nationalityAt(toks []token, s, e int) string {
	if s+1 < e {
		if n := nationalities[toks[s].lower()+" "+toks[s+1].lower()]; n != "" {
			return n
		}
	}
	if !toks[s].capitalized() {
		return ""
	}
	return nationalities[toks[s].lower()]
}

// natLen returns how many tokens the nationality at toks[s] takes.
func natLen(toks []token, s, e int) int {
	if s+1 < e && nationalities[toks[s].lower()+" "+toks[s+1].lower()] != "" {
		return 2
	}
	return 1
}

// nationalityBefore returns the nationality named by the one or two
// capitalized tokens ending just before toks[k].
func nationalityBefore(toks []token, k int) string {
	if k >= 2 && toks[k-2].capitalized() {
		if n := nationalities[toks[k-2].lower()+" "+toks[k-1].lower()]; n != "" {
			return n
		}
	}
	if k >= 1 && toks[k-1].capitalized() {
		return nationalities[toks[k-1].lower()]
	}
	return ""
}

func tokenTexts(toks []token, s, e int) []string {
	out := make([]string, 0, e-s)
	for i := s; i < e; i++ {
		out = append(out, toks[i].text)
	}
	return out
}

func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	}
	return out
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isAge reports whether w describes a person by age: 45-year-old.
func isAge(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	return ok && isDigits(n)
}

func allCaps(s string) bool {
	return strings.ToUpper(s) == s
}
