package speakers

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/quotes"
)

// article is the working state for attributing the quotations of one text.
type article struct {
	text string
	toks []token
	qs   []quotes.Quote
	span [][2]int // span[i] = first token and one past the last of quotation i
	reg  *registry
	out  []Attribution // one per quotation

	reports []report      // reported speech without quotation marks
	repOut  []Attribution // one per report
	history []said        // attributions made so far, in text order

	ner    func(sent int) error // runs entity recognition on a sentence
	nerRan map[int]bool         // the sentences it ran on
	nerErr error                // the first error it returned
}

// said is an attribution made, remembered for pronouns and continuations.
type said struct {
	tok     int // where it starts: the quotation's first token, or the report's
	para    int
	quote   int // the quotation's index, or -1 for a report
	speaker string
	typ     Type
	ent     *entity
}

// A phrase is a run of tokens toks[s:e].
type phrase struct{ s, e int }

func (p phrase) empty() bool { return p.e <= p.s }

// who is a resolved speaker or addressee.
type who struct {
	name string
	typ  Type
	ent  *entity
	conf float64 // how sure the resolution of the mention is
	how  string  // "name", "pronoun", "description", "group"
}

func newArticle(text string, toks []token, qs []quotes.Quote, reg *registry) *article {
	a := &article{text: text, toks: toks, qs: qs, reg: reg, span: make([][2]int, len(qs))}
	for i := range a.span {
		a.span[i] = [2]int{-1, -1}
	}
	for k := range toks {
		if qi := toks[k].quote; qi >= 0 {
			if a.span[qi][0] < 0 {
				a.span[qi][0] = k
			}
			a.span[qi][1] = k + 1
		}
	}
	a.out = make([]Attribution, len(qs))
	for i, q := range qs {
		a.out[i] = Attribution{Quote: q}
	}
	return a
}

// attribute runs the rules over every quotation and report in text order;
// later ones see the speakers that earlier ones got.
func (a *article) attribute() {
	a.reports = a.findReports()
	a.repOut = make([]Attribution, len(a.reports))
	qi, ri := 0, 0
	for qi < len(a.qs) || ri < len(a.reports) {
		if ri == len(a.reports) || (qi < len(a.qs) && a.span[qi][0] <= a.reportStart(ri)) {
			if a.span[qi][0] >= 0 {
				a.attributeOne(qi)
				a.remember(a.span[qi][0], qi, a.out[qi])
			}
			qi++
			continue
		}
		a.attributeReport(ri)
		a.remember(a.reportStart(ri), -1, a.repOut[ri])
		a.lendToQuotes(ri)
		ri++
	}
	a.spreadContinuations()
	a.unnamedFromQuotes()
}

// unnamedFromQuotes gives each unnamed report the attribution of the first
// quotation inside it that has a speaker: He adds that Bush is "like a
// spoiled child", where the quotation's own rules found the speaker that
// the report's subject finder could not.
func (a *article) unnamedFromQuotes() {
	for r, rep := range a.reports {
		if !rep.unnamed || a.repOut[r].Speaker != "" {
			continue
		}
		for _, q := range rep.quotes {
			if a.out[q].Speaker != "" {
				at := a.out[q]
				at.Quote, at.Context = a.repOut[r].Quote, a.repOut[r].Context
				a.repOut[r] = at
				break
			}
		}
	}
}

// merged returns the attributions of quotations and reports in order of
// position. A mixed report stands in for the partial quotations it holds.
func (a *article) merged() []Attribution {
	inMixed := make(map[int]bool)
	for _, r := range a.reports {
		for _, q := range r.quotes {
			inMixed[q] = inMixed[q] || !r.dropped
		}
	}
	type row struct {
		at   Attribution
		dist int // tokens between the cue and the words; -1 for a quotation's own credit
	}
	rows := make([]row, 0, len(a.out)+len(a.repOut))
	for i, at := range a.out {
		if !inMixed[i] {
			rows = append(rows, row{at, -1})
		}
	}
	for r, at := range a.repOut {
		if rep := a.reports[r]; !rep.dropped {
			d := rep.clause.s - rep.cue.e
			if rep.cue.s >= rep.clause.e {
				d = rep.cue.s - rep.clause.e
			}
			rows = append(rows, row{at, d})
		}
	}
	slices.SortStableFunc(rows, func(x, y row) int { return cmp.Or(x.at.Start-y.at.Start, x.at.End-y.at.End) })
	// One span is one row. Of two rules that found the same words, the one
	// whose cue stands nearest keeps them: in Axelrod tweeted after Clinton
	// argued that …, Clinton argued it.
	out := make([]Attribution, 0, len(rows))
	best := -2
	for _, r := range rows {
		if n := len(out); n > 0 && out[n-1].Start == r.at.Start && out[n-1].End == r.at.End {
			if r.dist < best {
				out[n-1], best = r.at, r.dist
			}
			continue
		}
		out, best = append(out, r.at), r.dist
	}
	return out
}

// setContexts sets the Context of every attribution: from the start of the
// sentence where it begins to the end of the sentence where it ends.
func (a *article) setContexts() {
	for i := range a.out {
		if s, e := a.span[i][0], a.span[i][1]; s >= 0 {
			a.out[i].Context = a.sentenceSpan(s, e-1)
		} else {
			a.out[i].Context = a.qs[i].Marks // a nickname, its tokens dropped
		}
	}
	for r, rep := range a.reports {
		a.repOut[r].Context = a.sentenceSpan(min(rep.clause.s, rep.subj.s, rep.cue.s), max(rep.clause.e, rep.subj.e, rep.cue.e)-1)
	}
}

// sentenceSpan returns the bytes from the start of toks[s]'s sentence to the
// end of toks[e]'s.
func (a *article) sentenceSpan(s, e int) quotes.Span {
	t := a.toks
	for s > 0 && t[s-1].sent == t[s].sent {
		s--
	}
	for e+1 < len(t) && t[e+1].sent == t[e].sent {
		e++
	}
	return quotes.Span{Start: t[s].start, End: t[e].end}
}

// lendToQuotes gives the quotations inside mixed report r that have no
// speaker of their own the report's, so that a quotation after them can
// continue it: "I have admiration for the mechanics" of the plan, Mr.
// Holtz-Eakin said. "They're more detailed …" Only the report is output.
func (a *article) lendToQuotes(r int) {
	rep := a.repOut[r]
	if rep.Speaker == "" {
		return
	}
	for _, q := range a.reports[r].quotes {
		if a.out[q].Speaker == "" {
			at := rep
			at.Quote = a.out[q].Quote
			a.out[q] = at
		}
	}
}

// reportStart returns the first token of report r: its cue or its clause.
func (a *article) reportStart(r int) int {
	return min(a.reports[r].clause.s, a.reports[r].cue.s, a.reports[r].subj.s)
}

// remember adds an attribution with a speaker to the history.
func (a *article) remember(tok, quote int, at Attribution) {
	if at.Speaker == "" {
		return
	}
	a.history = append(a.history, said{tok: tok, para: a.toks[tok].para, quote: quote,
		speaker: at.Speaker, typ: at.SpeakerType, ent: a.entityNamed(at.Speaker)})
}

// attributeReport resolves the speaker of report r.
func (a *article) attributeReport(r int) {
	rep := a.reports[r]
	t := a.toks
	s, e := t[rep.clause.s].start, t[rep.clause.e-1].end
	at := &a.repOut[r]
	at.Quote = quotes.Quote{Span: quotes.Span{Start: s, End: e}, Text: a.text[s:e],
		Marks: quotes.Span{Start: s, End: e}, Kind: rep.kind, Paragraph: t[rep.clause.s].para}
	if g := rep.gap; !g.empty() {
		// The clause without the cue that interrupts it and the commas
		// around the cue (The latest test, North Korea said, was its
		// biggest yet); as with a quotation that --join makes whole, the
		// span still covers the cue.
		at.Text = a.text[s:t[g.s-1].end] + " " + a.text[t[g.e].start:e]
	}
	w := a.resolve(rep.subj)
	if rep.named && (w.ent == nil || w.conf < 0.9) {
		a.reports[r].dropped = true // its quotations speak for themselves
		return
	}
	if w.name == "" {
		a.setCue(at, rep.subj, rep.cue)
	} else {
		a.set(at, w, rep.subj, rep.cue, rep.method)
	}
	if !rep.asked.empty() {
		at.Addressee = a.addresseeName(rep.asked) // Reagan was asked how …
	}
}

func (a *article) attributeOne(i int) {
	q := a.qs[i]
	cueSeen := false
	try := func(found bool, w who, m phrase, cue phrase, method string) bool {
		if !found {
			return false
		}
		if w.name == "" {
			if !cueSeen { // keep what the first cue says, though no one is sure
				a.setCue(&a.out[i], m, cue)
			}
			cueSeen = true
			return false
		}
		a.set(&a.out[i], w, m, cue, method)
		return true
	}
	if q.Kind == quotes.Direct {
		if m, cue, method, ok := a.cueAfter(i); try(ok, a.resolve(m), m, cue, method) {
			return
		}
	}
	if m, cue, method, ok := a.governing(i); try(ok, a.resolve(m), m, cue, method) {
		return
	}
	if cueSeen || q.Kind == quotes.Term {
		return // a cue names someone we cannot resolve: abstain
	}
	if o := a.span[i][0]; o > 0 && a.toks[o-1].text == ":" {
		if m, ok := a.colonName(o - 1); ok { // Trump: "I'm the worst thing …"
			try(true, a.resolve(m), m, phrase{o - 1, o}, "colon-credit")
			return
		}
	}
	if a.out[i].Speaker == "" && q.Kind == quotes.Direct {
		if m, ok := a.transcriptLabel(i); ok {
			// A label names the speaker; one we cannot resolve (UPDATE:,
			// Q:) is no one's continuation either.
			try(true, a.resolveLabel(m), m, phrase{}, "transcript-label")
			return
		}
	}
	a.continuation(i)
	// A continuation of an unnamed speaker (its mention and cue alone)
	// stands: the sentence before is that same credit.
	if a.out[i].Speaker == "" && a.out[i].Mention == "" && q.Kind == quotes.Direct {
		if m, ok := a.previousSentence(i); ok {
			try(true, a.resolve(m), m, phrase{}, "previous-sentence")
		}
	}
}

// transcriptLabel finds the speaker label that opens a quoted transcript
// line: "PENCE: Gennifer Flowers will not be attending …".
func (a *article) transcriptLabel(i int) (phrase, bool) {
	t := a.toks
	s := a.span[i][0]
	for s >= 0 && s < len(t) && t[s].mark && t[s].quote == i {
		s++
	}
	e := s
	for e >= 0 && e < len(t) && e < s+3 && t[e].quote == i && t[e].word() && allCaps(t[e].text) && len(t[e].text) > 1 {
		e++
	}
	if s < 0 || e == s || e >= len(t) || t[e].text != ":" {
		return phrase{}, false
	}
	return phrase{s, e}, true
}

// resolveLabel resolves a transcript label (PENCE) to a person the article
// has named (Mike Pence), and to nobody else: UPDATE: is no speaker.
func (a *article) resolveLabel(m phrase) who {
	e, ambiguous := a.lookup(m)
	if e == nil || ambiguous || e.typ == Organization || len(e.name) < 2 {
		return who{}
	}
	return who{name: e.canonical(), typ: Person, ent: e, conf: 0.9, how: "name"}
}

// previousSentence finds, for a quotation with no cue that follows a
// sentence of its paragraph, that sentence's subject when it is a person
// named: Alice turned to Bob. "…"
func (a *article) previousSentence(i int) (phrase, bool) {
	t := a.toks
	o := a.span[i][0]
	if o == 0 || t[o-1].para != t[o].para || t[o-1].inQuote() || !isEndPunct(t[o-1].text) {
		return phrase{}, false
	}
	m := a.mainSubject(o - 1)
	if m.empty() || !a.isSubject(m.e) {
		return phrase{}, false
	}
	// A pronoun or a description will do when the sentence reports what
	// its subject said: She said they had made progress. "…"
	if !t[m.e-1].capitalized() && !a.speechVerb(a.skipRight(m.e)) {
		return phrase{}, false
	}
	return m, true
}

// methodConfidence is how sure each rule is when it names a speaker, before
// the certainty of resolving the mention (a name, a pronoun, a description)
// is applied. The numbers follow the speaker precision each rule measured on
// PolNeAR's development articles, so that attributions of confidence 0.8 or
// more are right about 19 times in 20.
var methodConfidence = map[string]float64{
	"cue-after":         0.95, // "…," Putin said.
	"dash-credit":       0.95, // "…" — Commissioner Starks
	"verb-subject":      0.78, // Trump accused China of "conspiring"
	"according-to":      0.78, // According to Limbaugh, "…"
	"reported-after":    0.78, // Putin said that …
	"reported-before":   0.78, // …, the ministry said.
	"reported-object":   0.7,  // Trump called for a ban
	"reported-question": 0.7,  // Tanden asked Holder whether …
	"transcript-label":  0.85, // "PENCE: …"
	"colon-credit":      0.7,  // Sanders: Brexit's message could draw …
	"headline":          0.7,  // Obama Says Museum Will Tell of …
	"cue-before":        0.78, // Putin said: "…"
	"clause-subject":    0.7,  // Putin thanked Kim, saying "…"
	"colon-lead-in":     0.75, // The ministry said:¶"…"
	"previous-sentence": 0.6,  // Alice turned to Bob. "…"
	"quoted-complement": 0.6,  // Politifact ruled that it was "true"
	"colon-clause":      0.6,  // Sanders made the following comment: "…"
	"colon-document":    0.7,  // From Bush's Facebook post: "…"
	"noun-clause":       0.65, // Trump's assertion that …
}

// setCue records in at the speaker's mention m and the cue, as written,
// and whether the cue is negated: what an attribution says even when no
// one is sure who the speaker is.
func (a *article) setCue(at *Attribution, m, cue phrase) {
	at.Mention = a.phraseText(a.fullMention(m, cue))
	at.Cue = a.phraseText(cue)
	at.Negated = a.negated(cue)
}

// set records speaker w, mentioned as m with cue by the rule method, in at.
func (a *article) set(at *Attribution, w who, m, cue phrase, method string) {
	base := methodConfidence[method]
	at.Speaker = w.name
	at.SpeakerType = w.typ
	a.setCue(at, m, cue)
	at.Method = method
	at.Confidence = round2(base * w.conf)
	if method == "colon-document" {
		at.Via = a.written(phrase{m.e + 1, cue.e}) // the document
		return
	}
	if !cue.empty() {
		at.Addressee = a.addressee(cue)
		at.Via = a.via(cue.e, a.toks[cue.s].sent)
		if at.Via == "" {
			at.Via = a.viaBefore(cue.s)
		}
	}
}

// negated reports whether the verb that cue opens is negated: did not say,
// has not publicly accused, never said, cannot say, declined to say.
func (a *article) negated(cue phrase) bool {
	t := a.toks
	if cue.empty() || !strings.HasPrefix(t[cue.s].tag, "VB") {
		return false
	}
	if g := a.infinitiveOf(cue.s); g >= 0 {
		if refusals[t[g].lower()] != "" {
			return true
		}
		cue = phrase{g, g + 1} // did not go on to say
	}
	for j := cue.s - 1; j >= 0 && j >= cue.s-8 && t[j].sent == t[cue.s].sent && !t[j].inQuote(); j-- {
		if t[j].lower() == "neither" && !a.hasFinite(j+1, a.skipLeft(cue.s)) {
			return true // Neither Clinton nor Trump has said; neither candidate said
		}
	}
	for j := cue.s - 1; j >= 0 && j >= cue.s-4 && t[j].sent == t[cue.s].sent && !t[j].inQuote(); j-- {
		switch w := t[j].lower(); {
		case w == "not" || w == "n't" || w == "n’t" || w == "never" || w == "cannot":
			return true
		case t[j].tag == "MD" || auxiliaries[w] || strings.HasPrefix(t[j].tag, "RB"):
		default:
			return false
		}
	}
	return false
}

// infinitiveOf returns the index of the verb whose infinitive the speech
// act at toks[k] is, when that verb passes its subject on to it: went on
// to say, seemed to suggest, continued to criticize, declined to say. It
// returns -1 otherwise.
func (a *article) infinitiveOf(k int) int {
	t := a.toks
	if k < 2 || t[k].tag != "VB" || t[k-1].lower() != "to" || t[k-1].inQuote() {
		return -1
	}
	g := k - 2
	if t[g].lower() == "on" && g > 0 && goForms[t[g-1].lower()] {
		g-- // went on to say
	} else if raising[t[g].lower()] == "" && refusals[t[g].lower()] == "" {
		return -1
	}
	if t[g].inQuote() || !strings.HasPrefix(t[g].tag, "VB") && t[g].tag != "NNS" || t[g].tag == "VBG" && !a.passiveBefore(g) {
		return -1
	}
	return g
}

// raising holds the verbs whose subject is that of the infinitive they
// take, as speaker: seemed to suggest, continued to criticize, tried to
// explain. refusals are those that deny the act: declined to say.
var (
	raising  = inflect("seem appear continue begin start try")
	refusals = inflect("decline refuse")
	goForms  = wordSet("go goes went gone going")
)

// fullMention returns the speaker's mention m with what the writer put
// beside it to say who that is: a parenthetical, an apposition, a relative
// clause, a place. Rep. Gwen Moore (D-Wis.); Hugh Hill, a doctor at the
// hospital; Rucker Culpepper, who runs the campaign's outreach. The cue
// bounds it: an apposition before a verb ends where the verb's comma is.
func (a *article) fullMention(m, cue phrase) phrase {
	t := a.toks
	if m.empty() || cue.empty() || m.e >= len(t) || pronouns[t[m.s].lower()] != nil {
		return m
	}
	if g := a.infinitiveOf(cue.s); g >= 0 {
		cue = phrase{g, g + 1} // protesters continued to demand: the mention ends before continued
	}
	sent := t[m.s].sent
	if m.e <= cue.s { // the mention before its verb: Hill, a doctor, said
		e := cue.s
		for e > m.e {
			if skippable[t[e-1].lower()] {
				e--
			} else if e-3 >= m.e && a.setOffAdverb(e-3) {
				e -= 3 // an adverb set off: A poll of voters has, however, revealed
			} else {
				break
			}
		}
		if a.postModifier(m.e, e) {
			return phrase{m.s, e} // People familiar with the talks said
		}
		start := m.e
		if c := a.delimiterAfter(m.e, e); c > m.e && a.postModifier(m.e, c) && a.appositionStart(c) {
			// What qualifies it, then an apposition: Officials at Homeland
			// Security Investigations, a division of ICE, said.
			start = c
		}
		if e == m.e || e-m.e > 40 || !a.appositionStart(start) {
			return m
		}
		if t[cue.s].tag == "VBG" && a.hasFinite(m.e, e) {
			return m // the main clause, not an apposition: Sanders of Vermont endorsed her, saying
		}
		switch last := t[e-1].text; {
		case a.delimiterAt(e - 1):
			e--
		case last == ")":
		case t[m.e].text == "of": // Charles B. Rangel of New York said
			for k := m.e + 1; k < e; k++ {
				if !t[k].capitalized() && t[k].lower() != "of" {
					return m
				}
			}
		default:
			return m // Trump, her opponent, bemoaned … and said
		}
		for k := m.e; k < e; k++ {
			if t[k].sent != sent || t[k].inQuote() || (a.speechVerb(k) && !relative(t[k-1].lower())) {
				return m
			}
		}
		return phrase{m.s, e}
	}
	if m.s < cue.e {
		return m
	}
	if a.toks[cue.s].lower() == "according" { // according to attorneys for the family, …
		e := m.e
		for e < len(t) && e < m.e+20 && t[e].sent == sent && !t[e].inQuote() && t[e].text != "," &&
			!isEndPunct(t[e].text) && !strings.HasPrefix(t[e].tag, "VB") && t[e].tag != "MD" {
			e++
		}
		if e < len(t) && (t[e].text == "," || isEndPunct(t[e].text) || t[e].inQuote()) {
			m.e = e
		}
	}
	// said Hill, a doctor at the hospital, who …
	for e := m.e; a.appositionStart(e) && e < m.s+40; e = m.e {
		if t[e].text == "(" {
			k := e + 1
			for k < len(t) && k < e+8 && t[k].text != ")" && t[k].sent == sent {
				k++
			}
			if k >= len(t) || t[k].text != ")" {
				break
			}
			m.e = k + 1
			continue
		}
		k, rel := e+1, false
		for k < len(t) && k < e+40 && t[k].sent == sent && !t[k].inQuote() && t[k].text != "," &&
			t[k].text != ";" && t[k].text != ":" && t[k].text != "(" && !isEndPunct(t[k].text) {
			rel = rel || relative(t[k].lower()) || t[k].lower() == "whom"
			if strings.HasPrefix(t[k].tag, "VB") && !rel && t[k].tag != "VBN" {
				return m // a clause, not an apposition: said Hill, adding that …
			}
			k++
		}
		if k == e+1 || k == e+40 {
			break
		}
		m.e = k
	}
	return m
}

// delimiterAfter returns the first comma or dash in toks[s:e] outside a
// quotation, or s.
func (a *article) delimiterAfter(s, e int) int {
	for k := s; k < e; k++ {
		if delimiter(a.toks[k].text) && !a.toks[k].inQuote() {
			return k
		}
	}
	return s
}

// appositionStart reports whether what follows a mention ending before
// toks[k] opens a description of it: "(D-N.Y.)", ", a doctor", ", 45,",
// ", who", "of New York".
func (a *article) appositionStart(k int) bool {
	t := a.toks
	if k+1 >= len(t) || t[k].inQuote() || t[k+1].inQuote() {
		return false
	}
	switch t[k].text {
	case "(":
		return true
	case ",", "--", "—", "–":
	case "of":
		return t[k+1].capitalized()
	default:
		if !a.delimiterAt(k) {
			return false
		}
	}
	n := &t[k+1]
	w := n.lower()
	switch {
	case determiners[w] || w == "who" || isAge(w) || titles[w] || roles[w] || groupNouns[w]:
		return w != "that" && w != "this" && w != "these" && w != "those"
	case w == "one" || w == "both" || w == "chief" || w == "senior" || w == "former" || w == "executive":
		return true
	case n.capitalized() && n.word():
		return true
	}
	return strings.HasPrefix(n.tag, "JJ") || n.tag == "NN" || n.tag == "NNS" || n.tag == "CD"
}

// cueAfter matches the cue that follows a quotation: "…," Putin told Kim;
// "…," he added; "…," said Kim; "…," the North Korean leader added; and the
// credit of a dash: "…" — Commissioner Starks.
func (a *article) cueAfter(i int) (m, cue phrase, method string, ok bool) {
	j := a.span[i][1]
	t := a.toks
	para := t[a.span[i][0]].para
	if j < len(t) && t[j].tag == "IN" && !t[j].inQuote() && t[j].para == para {
		// A short phrase completes the quotation before an inverted cue:
		// "This will be a challenge" for Clinton, said Kunin.
		if p := a.skipPrepositions(j); p > j && p <= j+5 && p+1 < len(t) && t[p].text == "," &&
			a.invertingVerb(p+1) && t[p+1].para == para {
			j = p
		}
	}
	dash := -1
	for j < len(t) && (t[j].text == "," || looseDash(t[j].text)) && t[j].para == para {
		if looseDash(t[j].text) {
			dash = j
		}
		j++
	}
	if j >= len(t) || t[j].para != para || t[j].inQuote() {
		return m, cue, "", false
	}
	if a.invertingVerb(j) { // said Kim
		np := a.subjectRight(j + 1)
		return np, phrase{j, j + 1}, "cue-after", true
	}
	if e, ok := a.besideVerb(j); ok { // beamed Donald Hartley
		return a.nounPhraseRight(e), phrase{j, e}, "cue-after", true
	}
	np := a.nounPhraseRight(j)
	if np.empty() {
		return m, cue, "", false
	}
	for k := np.s + 1; k < np.e; k++ {
		if e, ok := a.besideVerb(k); ok && e == k+2 {
			np.e = k // Rubio shot back, shot read as a noun
			break
		}
	}
	if k := np.e - 1; k > np.s && np.e < len(t) && (t[np.e].text == "." || t[np.e].text == ",") && !t[k].capitalized() {
		if l, ok := besideVerbs[t[k].lower()]; ok && besideParticle[l] == "" {
			// The phrase's last word is the verb, read as a noun: the
			// article read.
			return phrase{np.s, k}, phrase{k, k + 1}, "cue-after", true
		}
	}
	if names := a.namesAfter(np); names != np {
		if k := a.skipRight(names.e); k < len(t) && a.speechVerb(k) && t[k].para == para {
			np = names // Carson and Huckabee said
		}
	}
	k := a.skipRight(a.skipPrepositions(np.e)) // Mr. Morgan of the Sierra Club said
	if k < len(t) && a.speechVerb(k) && t[k].para == para {
		return a.namedAfter(np, k), a.cuePhrase(k), "cue-after", true
	}
	if v := k - 1; k < len(t) && v > np.e && (t[k].text == "." || t[k].text == ",") && a.nounVerb(v) && t[v].para == para {
		// The verb read as a noun at the end of a prepositional phrase:
		// a narrator in the Clinton ad asks.
		return a.namedAfter(np, v), phrase{v, k}, "cue-after", true
	}
	if e, ok := a.besideVerb(np.e); ok && dash < 0 { // she laughed
		return np, phrase{np.e, e}, "cue-after", true
	}
	if dash >= 0 && (np.e >= len(t) || t[np.e].para != para || strings.Contains(",(.;", t[np.e].text)) {
		return np, phrase{dash, dash + 1}, "dash-credit", true
	}
	return m, cue, "", false
}

// namedAfter returns the name that a description np, the subject of verb k,
// is given in an apposition before k: the Vatican spokesman, Federico
// Lombardi, said; Google's chief executive, Sundar Pichai, told. Else np.
func (a *article) namedAfter(np phrase, k int) phrase {
	t := a.toks
	// Past what qualifies the description: the director of the European
	// Centre, Ina Kirsch, said.
	e := a.skipPrepositions(np.e)
	if head := t[np.e-1]; head.capitalized() && !titles[head.lower()] || e+1 >= k || t[e].text != "," {
		return np
	}
	nm := a.nounPhraseRight(e + 1)
	if nm.empty() || nm.s != e+1 || nm.e >= k {
		return np
	}
	// Past a party tag: Scott's niece, state Del. Marcia Price (D-Newport
	// News), shouted.
	if c := a.partyTagRight(nm.e); c >= k || t[c].text != "," || a.skipRight(c+1) != k {
		return np
	}
	for j := nm.s; j < nm.e; j++ {
		if !t[j].capitalized() && !titles[t[j].lower()] {
			return np // another description: the spokesman, a former aide, said
		}
	}
	return nm
}

func isDash(s string) bool { return s == "—" || s == "–" || s == "―" }

// anyDash reports whether s is a dash, or one typed as two hyphens.
func anyDash(s string) bool { return isDash(s) || s == "--" }

// looseDash reports whether s is a dash as typed anyhow: the dash
// characters, two hyphens or one ("…" -- Commissioner Starks).
func looseDash(s string) bool { return anyDash(s) || s == "-" }

// governing finds the reporting verb that governs a quotation from the left
// in its sentence, and its subject: Trump accused China of "conspiring";
// Putin said: "…"; …, saying they fought "heroically".
func (a *article) governing(i int) (m, cue phrase, method string, ok bool) {
	t := a.toks
	o := a.span[i][0]
	sent := t[o].sent
	if o > 0 && t[o-1].possessive() && !t[o-1].inQuote() && a.qs[i].Kind == quotes.Term {
		// said on NBC's "Meet the Press": a title its owner's name
		// possesses is no one's words.
		return m, cue, "", false
	}
	for k := o - 1; k >= 0 && t[k].sent == sent; k-- {
		if !t[k].inQuote() && t[k].lower() == "according" && k+1 < o && t[k+1].lower() == "to" {
			return a.nounPhraseRight(k + 2), phrase{k, k + 2}, "according-to", true
		}
		if a.relativeHolds(k, o) {
			return m, cue, "", false // an agreement that obligates each side to provide "…"
		}
		if t[k].text == ")" && !t[k].inQuote() {
			// A verb in a closed aside governs nothing outside it: the
			// Gridiron (a clan of … who sing songs …), when she went from "…".
			for j := k - 1; j >= 0 && t[j].sent == sent; j-- {
				if t[j].text == "(" && !t[j].inQuote() {
					k = j
					break
				}
			}
			continue
		}
		if t[k].text == "," && !t[k].inQuote() && k+1 < o {
			// A relative clause set off by commas holds its own verbs: The
			// senator, who has long criticized the Fed, dismissed it as
			// "…". Not the comma that opens the quotation (…, which is
			// streamed on Hulu -- told me, "…").
			c := k - 1
			for c >= 0 && t[c].sent == sent && !(t[c].text == "," && !t[c].inQuote()) && !looseDash(t[c].text) {
				c--
			}
			if c >= 0 && t[c].sent == sent && t[c].text == "," && c+1 < k && (t[c+1].lower() == "who" || t[c+1].lower() == "which") {
				k = c
				continue
			}
		}
		// called the deal "a disaster": the name it gives is the quotation,
		// the first after it.
		called := phrasalForms[t[k].lower()] == "call" && !t[k].inQuote() && a.finite(k) && a.particle(k) > k &&
			!a.quotedIn(k+1, o)
		if t[k].inQuote() || !a.speechVerb(k) && !called {
			continue
		}
		if a.passiveBefore(k) {
			return m, cue, "", false // is said to be, was quoted as saying
		}
		cue = a.cuePhrase(k)
		if strings.HasSuffix(t[k].lower(), "ing") && k > 0 && (t[k-1].text == "," || t[k-1].lower() == "while" || t[k-1].lower() == "before" || t[k-1].lower() == "after") {
			return a.mainSubject(k), cue, "clause-subject", true
		}
		subj := a.subjectLeft(k)
		if subj.empty() && inverting[speechVerbs[t[k].lower()]] && (k == 0 || t[k-1].sent != sent) {
			subj = a.subjectRight(k + 1) // Said Ellis: "…"
		}
		method = "cue-before"
		if a.qs[i].Kind != quotes.Direct {
			method = "verb-subject"
		}
		return subj, cue, method, true
	}
	// A lead-in paragraph ending with a colon: In a statement, the ministry said:
	leadIn := o > 0 && t[o].para == t[o-1].para+1 && t[o-1].text == ":" && a.qs[i].Marks.Start == a.paraStart(o)
	if leadIn {
		for k := o - 2; k >= 0 && t[k].sent == t[o-1].sent; k-- {
			if !t[k].inQuote() && a.speechVerb(k) {
				return a.nounPhraseLeft(a.skipLeft(k)), a.cuePhrase(k), "colon-lead-in", true
			}
		}
	}
	if o > 0 && t[o-1].text == ":" && (t[o-1].sent == sent || leadIn) && a.qs[i].Kind == quotes.Direct {
		if owner, doc, ok := a.colonDocument(o - 1); ok {
			return owner, doc, "colon-document", true
		}
	}
	// A clause ending with a colon before the quotation, in its sentence or
	// as the paragraph before, its verb outside the lexicon: Sanders made
	// the following comment: "…".
	if o > 0 && t[o-1].text == ":" && (t[o-1].sent == sent || leadIn) && a.qs[i].Kind == quotes.Direct {
		for k := o - 2; k >= 0 && t[k].sent == t[o-1].sent && !t[k].inQuote(); k-- {
			// prose may tag a past tense after a name as a participle.
			// A progressive is the clause's verb too: Obama is rolling out
			// a new message: "…".
			// Not one inside another verb's clause: Goldberg imagined
			// Christie was thinking: "…".
			progressive := k > 0 && t[k].tag == "VBG" && passive(t[k-1].lower()) && a.subjectLeft(k) == a.mainSubject(k)
			if (a.finite(k) || progressive || k > 0 && t[k].tag == "VBN" && strings.HasPrefix(t[k-1].tag, "NNP")) && !auxiliaries[t[k].lower()] && !t[k].capitalized() {
				if subj := a.subjectLeft(k); !subj.empty() && !a.bareRelative(subj) {
					return subj, phrase{k, k + 1}, "colon-clause", true
				}
				break
			}
		}
	}
	return m, cue, "", false
}

// colonDocument finds, for the colon at toks[c], a lead-in that names only
// a document and whose it is: From Bush's Facebook post: "…"; Sanders's
// statement: "…". It returns the owner, empty when the lead-in names none
// (From the statement: "…"), and the document's head noun.
func (a *article) colonDocument(c int) (owner, doc phrase, ok bool) {
	t := a.toks
	j := a.sentenceStart(c)
	switch t[j].lower() {
	case "from", "in", "per":
		j++
	}
	if j >= c {
		return owner, doc, false // nothing before the colon: ": \"…\""
	}
	p := j
	for p < c && !t[p].possessive() {
		p++
	}
	if p == c {
		p = j - 1 // no owner: From the statement: "…" is no one's continuation
	}
	for k := j; k < p; k++ {
		if !nameToken(t, k) && !determiners[t[k].lower()] {
			return owner, doc, false
		}
	}
	if p == j || c-p > 4 || !t[c-1].word() {
		return owner, doc, false
	}
	for k := p + 1; k < c; k++ {
		if strings.HasPrefix(t[k].tag, "VB") || t[k].inQuote() || !t[k].word() {
			return owner, doc, false
		}
	}
	if w := t[c-1].lower(); !sourceNouns[w] && !isDocument(w) {
		return owner, doc, false
	}
	if p < j {
		return phrase{j, j}, phrase{c - 1, c}, true
	}
	return phrase{j, p}, phrase{c - 1, c}, true
}

// relativeHolds reports whether a relative clause on a noun, opening at
// toks[k], holds the quotation that opens at toks[o]: its one finite verb,
// not a reporting verb, governs it (an agreement that obligates each side
// to provide "military and other assistance"), so no verb before the
// relative does. With a second finite verb the quotation is back in the
// main clause: the accord that was signed was "historic".
func (a *article) relativeHolds(k, o int) bool {
	t := a.toks
	if k == 0 || t[k].inQuote() || !relative(t[k].lower()) || !strings.HasPrefix(t[k-1].tag, "NN") {
		return false
	}
	if t[k].lower() == "that" && (t[k-1].tag == "NNP" || t[k-1].tag == "NNPS" || timeWords[t[k-1].lower()]) {
		return false // told a town hall on Monday that waterboarding is "peanuts"
	}
	verbs := 0
	for j := k + 1; j < o; j++ {
		switch {
		case t[j].inQuote():
		case t[j].text == "," || t[j].text == ";" || anyDash(t[j].text):
			return false
		case a.tensed(j):
			if a.speechVerb(j) {
				return false
			}
			verbs++
		}
	}
	return verbs == 1
}

// continuation gives a quotation with no cue the speaker of the quotation
// before it, when that one is in the same paragraph, or ends the paragraph
// just before a paragraph that is all quotation.
func (a *article) continuation(i int) {
	if i == 0 {
		return
	}
	q := a.qs[i]
	j := i - 1
	for j > 0 && a.qs[j].Kind == quotes.Term && a.out[j].Speaker == "" && a.qs[j].Paragraph == q.Paragraph {
		j-- // a title between: "…," Flynn said on "Fox and Friends." "…"
	}
	prev := a.out[j]
	unsure := prev.Speaker == "" && prev.Mention != "" && j == i-1
	if !unsure && (prev.Speaker == "" || len(a.history) == 0 || a.history[len(a.history)-1].speaker != prev.Speaker) {
		return // no speaker before, or someone else spoke since
	}
	switch {
	case q.Continues && j == i-1:
		a.inherit(i, j, "continues", 0.9)
	case prev.Paragraph == q.Paragraph && q.Kind == quotes.Direct:
		a.inherit(i, j, "same-paragraph", 0.8)
	case prev.Paragraph == q.Paragraph-1 && q.Kind == quotes.Direct && prev.Kind == quotes.Direct &&
		q.Marks.Start == a.paraStart(a.span[i][0]) && a.lastQuoteOfParagraph(i-1):
		a.inherit(i, j, "next-paragraph", 0.75)
	}
}

// inherit copies the speaker of quotation j to quotation i, with the
// mention and cue: they govern the whole utterance ("…," he said. "…").
// When j's speaker is unresolved, i gets its mention and cue alone: the
// same unnamed "he" said both.
func (a *article) inherit(i, j int, method string, conf float64) {
	prev := a.out[j]
	at := &a.out[i]
	at.Speaker, at.SpeakerType, at.Mention, at.Cue, at.Negated = prev.Speaker, prev.SpeakerType, prev.Mention, prev.Cue, prev.Negated
	at.Method = method
	at.Confidence = round2(prev.Confidence * conf)
}

// spreadContinuations gives the earlier parts of a quotation that runs over
// several paragraphs the speaker its last part got: the cue often comes only
// at the end.
func (a *article) spreadContinuations() {
	for i := len(a.out) - 1; i > 0; i-- {
		if a.qs[i].Continues && a.out[i].Speaker != "" && a.out[i-1].Speaker == "" && a.out[i].Method != "transcript-label" {
			if _, labeled := a.transcriptLabel(i - 1); !labeled {
				a.inherit(i-1, i, "continues", 0.9) // backwards, from the part with the cue
			}
		}
	}
}

func (a *article) lastQuoteOfParagraph(i int) bool {
	return i+1 >= len(a.qs) || a.qs[i+1].Paragraph != a.qs[i].Paragraph
}

// paraStart returns the byte offset of the first token of toks[k]'s paragraph.
func (a *article) paraStart(k int) int {
	s, _ := a.paragraphOf(k)
	return a.toks[s].start
}

// besideVerb reports whether toks[k] is a verb of besideVerbs, with its
// particle if it needs one, and returns the end of the cue.
func (a *article) besideVerb(k int) (int, bool) {
	t := a.toks
	if k >= len(t) || t[k].inQuote() {
		return 0, false
	}
	l, ok := besideVerbs[t[k].lower()]
	if !ok {
		return 0, false
	}
	if p := besideParticle[l]; p != "" {
		// The particle tells the verb, which prose may read as a noun: shot back.
		if k+1 >= len(t) || t[k+1].lower() != p || !strings.HasPrefix(t[k].tag, "VB") && !strings.HasPrefix(t[k].tag, "NN") {
			return 0, false
		}
		return k + 2, true
	}
	return k + 1, strings.HasPrefix(t[k].tag, "VB")
}

// invertingVerb reports whether toks[k] is a reporting verb, used as a
// verb, that may come before its subject: said Kim.
func (a *article) invertingVerb(k int) bool {
	return a.speechVerb(k) && inverting[speechVerbs[a.toks[k].lower()]]
}

// speechVerb reports whether toks[k] is a reporting verb used as a verb.
func (a *article) speechVerb(k int) bool {
	t := &a.toks[k]
	if t.inQuote() || speechVerbs[t.lower()] == "" {
		return false
	}
	if a.supposition(k) {
		return false
	}
	if t.lower() == "according" {
		return false
	}
	sentStart := k == 0 || a.toks[k-1].sent != t.sent
	if !sentStart && a.nounVerb(k) && k+1 < len(a.toks) && a.toks[k+1].text == ":" && a.toks[k-1].capitalized() && !a.toks[k-1].inQuote() {
		return true // The New York Times reports: read as a plural noun
	}
	return strings.HasPrefix(t.tag, "VB") || t.tag == "" || (t.tag == "NN" && t.lower() != t.text) ||
		(sentStart && t.tag == "NNP" && inverting[speechVerbs[t.lower()]]) // Said Ellis:
}

// supposition reports whether verb k follows let's, which supposes rather
// than reports: Let's say you think ….
func (a *article) supposition(k int) bool {
	return k >= 2 && a.toks[k-1].possessive() && a.toks[k-2].lower() == "let"
}

// cuePhrase returns the cue starting at verb k, with a particle: pointed out.
func (a *article) cuePhrase(k int) phrase {
	if k+1 < len(a.toks) && speechVerbs[a.toks[k].lower()] == "point" && a.toks[k+1].lower() == "out" {
		return phrase{k, k + 2}
	}
	return phrase{k, k + 1}
}

func passive(w string) bool {
	switch w {
	case "is", "was", "were", "are", "be", "been", "being", "so-called":
		return true
	}
	return false
}

// passiveBefore reports whether a form of be (or so-called) stands before
// verb k, past adverbs: is said to be, has been repeatedly criticized by.
func (a *article) passiveBefore(k int) bool {
	j := a.auxiliaryBefore(k)
	return j >= 0 && passive(a.toks[j].lower())
}

// auxiliaryBefore returns the index of the word before verb k past up to
// three adverbs and quantifiers, where its auxiliary stands (has been
// repeatedly criticized, are all calling for, did not call), or -1.
func (a *article) auxiliaryBefore(k int) int {
	j := k - 1
	for j >= 0 && j >= k-3 && (strings.HasPrefix(a.toks[j].tag, "RB") || predeterminers[a.toks[j].lower()]) && !a.toks[j].inQuote() {
		j--
	}
	if j >= 0 && a.toks[j].inQuote() {
		return -1
	}
	return j
}

func relative(w string) bool { return w == "who" || w == "which" || w == "that" }

// subjectLeft returns the subject of verb k, written before it: Putin said;
// Rendell, a Clinton surrogate, said; Trump, who says; Democrats …, and said
// (the subject of the main clause).
func (a *article) subjectLeft(k int) phrase {
	t := a.toks
	if g := a.infinitiveOf(k); g >= 0 {
		return a.subjectLeft(g) // Trump went on to say: the subject of went
	}
	if _, subj, ok := a.leadParticiple(k); ok {
		return subj // Claiming the criticism was designed …, Trump said
	}
	e := a.skipLeft(k)
	if e == 0 {
		return phrase{e, e}
	}
	if c, ok := a.nameApposition(e); ok {
		return a.appositiveSubject(k, c)
	}
	if t[k].tag == "VBG" && e == k && a.afterComma(k) && (speechVerbs[t[k].lower()] != "" || objectVerbs[t[k].lower()] != "") {
		if np := a.interposed(k); !np.empty() {
			return np // Peña Nieto, contradicting Trump, said …
		}
	}
	switch w := t[e-1].lower(); {
	case w == "and" || w == "but":
		if subj, ok := a.relativeConjunct(e-1, k); ok {
			return subj // demonstrators, who have taken to the streets and called for …
		}
		if subj, ok := a.coordinatedSubject(e-1, k); ok && a.subordinateSubject(subj, e-1) {
			// The verb it is coordinated with is in a subordinate clause
			// still open: …, after some of her followers attacked her and
			// questioned ….
			return subj
		}
		subj := a.mainSubject(k)
		if subj.empty() || subj.s > k {
			// The main clause comes after: Though she called … and
			// called for …, Clinton restricted ….
			subj, _ = a.coordinatedSubject(e-1, k)
		}
		return subj
	case t[k].tag == "VBG" && (e == k && a.afterComma(k) || gerundLead[w]):
		// Clinton, clearly frustrated, responded …, saying; Trump landed in
		// hot water by saying: the subject of the main clause, if a verb
		// follows it (past what qualifies it: a spokeswoman for Janney).
		subj := a.mainSubject(k)
		if subj.empty() {
			return subj
		}
		verb := func(j int) bool {
			return j < k && (strings.HasPrefix(t[j].tag, "VB") && t[j].tag != "VBG" || t[j].tag == "MD")
		}
		j := a.skipPrepositions(subj.e)
		named := j+1 < k && t[j].text == "," && subj.s > 0 && t[subj.s-1].text == ","
		// named: the verb may follow the name in apposition (Her main
		// rival, Bernie Sanders, has soared in the polls by saying).
		// inverted: the subject follows its verb ("…," said Kirby, adding).
		inverted := subj.s > 0 && a.invertingVerb(subj.s-1)
		if !inverted && !verb(j) && !verb(a.skipRight(j)) && (!named || !verb(j+1) && !verb(a.skipRight(j+1))) {
			return phrase{e, e}
		}
		return subj
	case a.delimiterAt(e - 1):
		return a.namesBefore(a.appositiveSubject(k, e-1)) // Brown and Portman, Democrats of Ohio, said
	}
	if q := a.proportionLeft(e); !q.empty() {
		return q
	}
	if np, ok := a.partOfWhom(e); ok {
		return np // family members of the victims, many of whom say
	}
	if a.qualifyingPronoun(e) {
		// A pronoun is the object of what qualifies the subject: a source
		// close to him said. It is never the subject itself.
		if np, ok := a.headOf(phrase{e - 1, e}, k, false); ok {
			return a.namesBefore(np)
		}
		return phrase{e, e}
	}
	subj := a.nounPhraseLeft(e)
	if subj.e-subj.s == 1 && subj.s > 0 && (calendarWords[t[subj.s].lower()] || months[t[subj.s].lower()]) && timePrepositions[t[subj.s-1].lower()] {
		// A time, not a subject: the staffer he fired in June alleges. A
		// document may be dated so: a poll in December found.
		if np, ok := a.headOf(subj, k, false); ok {
			return a.namesBefore(np)
		}
		return phrase{e, e}
	}
	if subj.e-subj.s == 1 && (t[subj.s].lower() == "having" || t[subj.s].lower() == "being") {
		// A participle that opens the sentence: Having announced that …,
		// Judge Berman proceeded. Its subject comes after the comma.
		return phrase{e, e}
	}
	if iss, ok := a.issuer(subj, k); ok {
		return iss // Black Lives Matter issued a statement saying …
	}
	if a.cityState(subj) {
		// A city's state: Stacy Baker of Columbia, South Carolina says.
		if city := a.nounPhraseLeft(subj.s - 1); !city.empty() {
			subj.s = city.s
		}
	}
	if !subj.empty() && t[subj.e-1].lower() == "who" && subj.s > 0 && !t[subj.s-1].inQuote() && t[subj.s-1].sent == t[k].sent {
		// Trump, who says; business leaders who say; Trump — who says
		if a.delimiterAt(subj.s - 1) {
			c := subj.s - 1
			if c > 0 && (t[c-1].lower() == "here" || t[c-1].lower() == "there") {
				c-- // protesters here, who
			}
			subj = a.nounPhraseLeft(c)
			if np, ok := a.headOf(subj, k, true); ok {
				subj = np // the director of the FBI, who said
			} else if np, ok := a.describedName(subj); ok {
				subj = np // McConnell, now the Senate majority leader, who said
			}
		} else if q := a.proportionLeft(subj.s); !q.empty() {
			subj = q // compared with four in 10 who say
		} else if np := a.nounPhraseLeft(subj.s); a.antecedent(np) {
			subj = np // from business leaders who say
		}
	} else if !subj.empty() && relative(t[subj.e-1].lower()) && subj.s > 0 && t[subj.s-1].text == "," {
		subj = a.nounPhraseLeft(subj.s - 1)
	} else if np, ok := a.relativeSubject(e, k); ok {
		subj = np
	} else if np, ok := a.headOf(subj, k, false); ok {
		subj = np
	}
	if s, ok := a.coordinatedNoun(subj); ok {
		subj.s = s
	}
	if n, ok := a.neitherNor(subj); ok {
		return phrase{n, subj.e} // Neither Clinton nor Trump has said: both, not Trump
	}
	return a.namesBefore(subj)
}

// qualifyingPronoun reports whether toks[e-1] is an object pronoun after
// a preposition, which qualifies the noun before it: a source close to him.
func (a *article) qualifyingPronoun(e int) bool {
	t := a.toks
	return e >= 2 && objectPronouns[t[e-1].lower()] && postPrepositions[t[e-2].lower()] && !t[e-1].inQuote()
}

// neitherNor reports whether subj is the last of a neither … nor pair,
// and where neither stands.
func (a *article) neitherNor(subj phrase) (int, bool) {
	t := a.toks
	if subj.empty() || subj.s < 3 || t[subj.s-1].lower() != "nor" || t[subj.s-1].inQuote() {
		return 0, false
	}
	for j := subj.s - 2; j >= 0 && j >= subj.s-8 && t[j].sent == t[subj.s].sent && !t[j].inQuote(); j-- {
		if t[j].lower() == "neither" {
			return j, true
		}
	}
	return 0, false
}

// leadParticiple reports whether toks[k] is a participle of speech that
// opens its sentence, and returns the comma that closes its phrase and the
// subject of the main clause after it: Claiming the criticism was designed
// to pressure the moderators, Trump said ….
func (a *article) leadParticiple(k int) (int, phrase, bool) {
	t := a.toks
	if t[k].tag != "VBG" || k != a.sentenceStart(k) || speechVerbs[t[k].lower()] == "" || k+1 < len(t) && t[k+1].tag == "IN" && t[k+1].lower() != "that" {
		return 0, phrase{}, false // not Writing for a Los Angeles Times panel, …
	}
	for c := k + 1; c+1 < len(t) && t[c].sent == t[k].sent; c++ {
		if t[c].inQuote() || t[c].text != "," {
			continue
		}
		np := a.nounPhraseRight(c + 1)
		if np.empty() || np.s != c+1 {
			return 0, phrase{}, false
		}
		if v := a.skipRight(np.e); v < len(t) && a.tensed(v) {
			return c, np, true
		}
		return 0, phrase{}, false
	}
	return 0, phrase{}, false
}

// interposed returns the subject of a participle at toks[k] that commas
// set between a subject and its verb: Peña Nieto, contradicting Trump,
// said …; the noun phrase before the first comma, which must open its
// clause (not Trump took a hands-off approach to the Islamic State,
// suggesting …, was tepid …). Empty if the participle is not so set.
func (a *article) interposed(k int) phrase {
	t := a.toks
	if a.interposedEnd(k) < 0 {
		return phrase{k, k}
	}
	np := a.nounPhraseLeft(k - 1)
	if np.empty() || np.e != k-1 || np.s > a.sentenceStart(k) && !leadWords[t[np.s-1].lower()] && !subordinators[t[np.s-1].lower()] {
		return phrase{k, k}
	}
	return np
}

// interposedEnd returns the comma that closes a participle at toks[k] set
// off by commas before a finite verb (Peña Nieto, contradicting Trump,
// said …), or -1.
func (a *article) interposedEnd(k int) int {
	t := a.toks
	if k == 0 || t[k-1].text != "," {
		return -1
	}
	for c := k + 1; c+1 < len(t) && t[c].sent == t[k].sent && !t[c].inQuote(); c++ {
		if t[c].text == "," {
			if a.finite(c + 1) {
				return c
			}
			return -1
		}
	}
	return -1
}

// partOfWhom returns the antecedent of a partitive relative that ends at
// toks[e] (…, many of whom; …, most of which): the noun phrase before the
// comma, who speak in part. The part is not named, so the whole group is
// the speaker, as for "some of them".
func (a *article) partOfWhom(e int) (phrase, bool) {
	t := a.toks
	if e < 5 || t[e-1].lower() != "whom" && t[e-1].lower() != "which" || t[e-2].lower() != "of" || !partitive(t[e-3].lower()) || t[e-4].text != "," {
		return phrase{}, false
	}
	np := a.nounPhraseLeft(e - 4)
	if np.empty() || t[np.s].inQuote() {
		return phrase{}, false
	}
	for np.s > 1 && t[np.s-1].lower() == "of" {
		left := a.nounPhraseLeft(np.s - 1)
		if left.empty() || left.e != np.s-1 {
			break
		}
		np.s = left.s // family members of the victims
	}
	return np, true
}

// subordinateSubject reports whether subj opens a subordinate clause
// (after Obama called …) that runs on to toks[c], no comma closing it
// first, with a subject of its own: not a pronoun, which is most often the
// main clause's subject again (Clinton, though she praised …).
func (a *article) subordinateSubject(subj phrase, c int) bool {
	t := a.toks
	if subj.s == 0 || !subordinators[t[subj.s-1].lower()] || t[subj.s-1].lower() == "whether" || pronouns[t[subj.s].lower()] != nil {
		return false
	}
	for j := subj.e; j < c; j++ {
		if t[j].text == "," && !t[j].inQuote() {
			return false
		}
	}
	return true
}

// cityState reports whether p names a US state after a city's comma:
// Columbia, South Carolina; Wilmington, N.C.
func (a *article) cityState(p phrase) bool {
	t := a.toks
	return !p.empty() && p.s > 1 && t[p.s-1].text == "," && nameToken(t, p.s-2) && usState(lowerAll(tokenTexts(t, p.s, p.e)))
}

// coordinatedNoun returns where a subject starts whose last conjunct is
// subj, when and joins plural nouns at the start of a clause: Democrats
// and civil rights groups say. Not a clause's object (Trump attacked
// Clinton and Democrats said) nor names, whose pair is no one speaker.
func (a *article) coordinatedNoun(subj phrase) (int, bool) {
	t := a.toks
	if subj.empty() || subj.s < 2 || t[subj.s-1].lower() != "and" || t[subj.e-1].tag != "NNS" && !groupNouns[t[subj.e-1].lower()] {
		return 0, false
	}
	left := a.nounPhraseLeft(subj.s - 1)
	if left.empty() || t[left.s].inQuote() || pronouns[t[left.s].lower()] != nil || t[left.e-1].tag != "NNS" && t[left.e-1].tag != "NNPS" && !groupNouns[t[left.e-1].lower()] {
		return 0, false
	}
	if left.s > a.sentenceStart(left.s) && !leadWords[t[left.s-1].lower()] && t[left.s-1].text != "," {
		return 0, false
	}
	for j := left.s; j < left.e; j++ {
		if t[j].tag == "NN" || t[j].tag == "CD" {
			return 0, false // One reason Democrats and civil rights groups say …
		}
	}
	return left.s, true
}

// postAdjectives follow the noun they qualify, with a preposition, in
// the phrases news writing names its sources by: officials close to the
// campaign, aides loyal to Trump, Republicans opposed to the bill. prose
// tags them as anything (close/RB, loyal/VBP, opposed/VBD).
var postAdjectives = wordSet(`close closest familiar loyal opposed allied sympathetic friendly
	hostile connected linked aligned devoted committed supportive affiliated tied critical`)

// headOf returns the head of the subject of verb k when subj, right
// before k, is the object of a preposition that modifies it: People
// familiar with the talks said; a spokeswoman for the company said;
// Protesters marching through the streets chanted; Officials speaking on
// condition of anonymity said; Peter Morgan of the Sierra Club said. With
// rel, subj is the antecedent of who, which may stand anywhere in its
// sentence and names a person: members of Congress, who; a senator from
// Ohio, who.
func (a *article) headOf(subj phrase, k int, rel bool) (phrase, bool) {
	t := a.toks
	sent := t[k].sent
	for n := 0; n < 3 && !subj.empty() && subj.s > 1; n++ {
		p := subj.s - 1
		// A participle may take subj as its object: a lawyer representing
		// Trump said.
		direct := n == 0 && !rel && a.objectParticiple(p)
		if !postPrepositions[t[p].lower()] && !direct || t[p].inQuote() || t[p].sent != sent {
			return phrase{}, false
		}
		e := p
		if direct {
			e = p + 1
		}
		if rel && e > 3 && t[e-1].text == "," && isDigits(t[e-2].text) && t[e-3].text == "," {
			// A person's age, then where they are from: Nicky Driscoll, 24,
			// from Manchester, who said.
			if np := a.nounPhraseLeft(e - 3); !np.empty() && t[np.e-1].capitalized() {
				return np, true
			}
		}
		postAdj := postAdjectives[t[e-1].lower()]
		// A role tagged as an adjective is the noun: An official/JJ with
		// knowledge of the talks.
		adj := t[e-1].tag == "JJ" && !t[e-1].capitalized() && !roles[t[e-1].lower()]
		mod := t[e-1].tag == "VBG" || t[e-1].tag == "VBN" || adj || postAdj
		if mod {
			e-- // familiar with, marching through, released by
		}
		np := a.nounPhraseLeft(e)
		if mod && np.empty() && e > 0 && t[e-1].lower() == "those" {
			np = phrase{e - 1, e} // Those familiar with the talks say
		}
		if np.empty() || np.e != e || pronouns[t[np.s].lower()] != nil || t[np.s].inQuote() {
			return phrase{}, false
		}
		// A place after a title is its office, not a name: the president
		// of France.
		words := lowerAll(tokenTexts(t, subj.s, subj.e))
		place := placeName(words)
		if h, w := t[np.e-1], t[np.e-1].lower(); !mod && !place && t[subj.e-1].capitalized() && (titles[w] && (h.capitalized() || !rel && !determiners[t[np.s].lower()]) ||
			!h.capitalized() && !roles[w] && !groupNouns[w] && !documentNouns[w] && !isDocument(w)) {
			// Speaker of the House Paul Ryan said; a projection from the Cook
			// Political Report shows: the name speaks.
			return phrase{}, false
		}
		if rel {
			if w := t[np.e-1].lower(); !t[np.e-1].capitalized() && !roles[w] && !groupNouns[w] && !titles[w] {
				return phrase{}, false // a focal point for protesters, who: who are people
			}
			f := subj.s
			if t[f].tag == "DT" {
				f++
			}
			if f < subj.e && !t[f].capitalized() && t[subj.e-1].capitalized() {
				return phrase{}, false // secretary of state Hillary Clinton, who: an office, then the name
			}
		}
		if w := t[np.e-1].lower(); isDocument(t[subj.e-1].lower()) && !isDocument(w) && !documentNouns[w] && !groupNouns[w] && !roles[w] {
			return phrase{}, false // an average of polls shows; not the authors of the study said
		}
		if np.s > 0 && t[np.s-1].sent == sent && postPrepositions[t[np.s-1].lower()] && !mod {
			subj = np // of anonymity, on condition: another link in the chain
			continue
		}
		if !rel && np.s > 0 && t[np.s-1].sent == sent && !t[np.s-1].inQuote() && (t[np.s-1].word() && !leadWords[t[np.s-1].lower()]) && !a.afterTimeLead(np) {
			return phrase{}, false // not where a subject starts: who met with aides said
		}
		return np, true
	}
	return phrase{}, false
}

// postModifier reports whether toks[s:e] is a phrase that modifies the noun
// before it, with no comma or verb of its own: familiar with the talks, for
// the company, speaking on condition of anonymity.
func (a *article) postModifier(s, e int) bool {
	t := a.toks
	if e-s < 2 || e-s > 12 {
		return false
	}
	if _, ok := a.modifierStart(s); !ok {
		return false
	}
	for j := s; j < e; j++ {
		// The first word may be a participle that prose tags as a past
		// tense: a report released by ….
		if t[j].inQuote() || !t[j].word() || a.finite(j) && j != s || t[j].tag == "MD" {
			return false
		}
	}
	return true
}

// modifierEnd returns where a phrase that modifies the noun ending before
// toks[e] ends (familiar with the talks, for the company), or e if none
// starts there. It stops at a verb, a comma, a medium or a time: a
// spokeswoman for the company in a statement on Monday.
func (a *article) modifierEnd(e int) int {
	t := a.toks
	if e >= len(t) || t[e].inQuote() {
		return e
	}
	first, ok := a.modifierStart(e)
	if !ok || t[first].sent != t[e].sent {
		return e
	}
	if h := t[e-1].lower(); first > e && a.speechWord(e) && !documentNouns[h] && !isDocument(h) {
		// The speaker's own verb, not a participle: campaign aides
		// insisted in June that …; a group of rabbis called for …. A
		// document may be qualified so: a statement posted on the website.
		return e
	}
	j := first + 1
	for j < len(t) && j < e+12 && t[j].sent == t[e].sent && !t[j].inQuote() && (t[j].word() || t[j].tag == "POS") &&
		!a.finite(j) && t[j].tag != "MD" && t[j].tag != "WDT" && t[j].tag != "WP" && !a.medium(j) && a.skipTime(j) == j && (!a.speechWord(j) || t[j].capitalized() && j > first+1) {
		j++ // not into a relative clause: cables at the time that were later released
	}
	if j == first+1 {
		return e
	}
	return j
}

// speechWord reports whether toks[k] is a word of the reporting lexicons,
// a phrasal one with its particle: said, urged, called for.
func (a *article) speechWord(k int) bool {
	w := a.toks[k].lower()
	return speechVerbs[w] != "" || objectVerbs[w] != "" || a.particle(k) > k
}

// modifierStart returns the index of the preposition that opens a phrase
// modifying a noun at toks[s], past a participle or adjective (familiar
// with, speaking on), and whether there is one. A participle that takes an
// object opens the phrase itself (representing Trump).
func (a *article) modifierStart(s int) (int, bool) {
	t := a.toks
	if a.objectParticiple(s) {
		return s, true
	}
	first := s
	if (t[s].tag == "VBG" || t[s].tag == "VBN" || t[s].tag == "JJ" || postAdjectives[t[s].lower()] || weekdays[t[s].lower()]) && s+1 < len(t) {
		first++ // familiar with, speaking on; a report Tuesday from WKOW
	}
	return first, postPrepositions[t[first].lower()]
}

// objectParticiple reports whether toks[s] is a participle outside the
// reporting lexicons that takes an object after a noun: a lawyer
// representing Trump, people attending the rally. Not polls showing …, nor
// a noun's modifier (policy planning director).
func (a *article) objectParticiple(s int) bool {
	t := a.toks
	if t[s].tag != "VBG" || s+1 >= len(t) || t[s+1].inQuote() || s == 0 || !strings.HasPrefix(t[s-1].tag, "NN") {
		return false
	}
	w := t[s].lower()
	if a.speechWord(s) || evidential[w] != "" || cognition[w] != "" || phrasalForms[w] != "" {
		return false
	}
	return determiners[t[s+1].lower()] || t[s+1].tag == "PRP$" || t[s+1].capitalized() && nameToken(t, s+1)
}

// postPrepositions open a phrase that modifies the noun before it.
var postPrepositions = wordSet("of for with from at in on through by near to")

// issuer returns the subject of the verb that puts out the document subj,
// when subj, right before participle cue k, is one: Black Lives Matter
// issued a statement saying …; the town released a statement Wednesday
// saying …. The document is the channel (see [article.issued]), its
// issuer the speaker.
func (a *article) issuer(subj phrase, k int) (phrase, bool) {
	t := a.toks
	doc, ok := a.issued(subj)
	if subj.empty() || subj.s < 1 || t[k].tag != "VBG" || !ok {
		return subj, false
	}
	v := doc.s - 1
	if t[v].tag == "RP" || t[v].lower() == "out" {
		v-- // put out, sent out
	}
	if v < 1 || !strings.HasPrefix(t[v].tag, "VB") || t[v].tag == "VBG" || t[v].sent != t[k].sent {
		return subj, false
	}
	if is := a.subjectLeft(v); !is.empty() && !a.bareRelative(is) {
		return is, true
	}
	return subj, false
}

// issued reports whether np names a document put out once: a statement,
// a letter, his statement, tweets, a series of tweets; not the statement
// already named. It returns the document's whole phrase.
func (a *article) issued(np phrase) (phrase, bool) {
	t := a.toks
	if np.empty() {
		return np, false
	}
	head := t[np.e-1].lower()
	plural := t[np.e-1].tag == "NNS" && sourceNouns[strings.TrimSuffix(head, "s")]
	if !sourceNouns[head] && !plural {
		return np, false
	}
	s := np.s
	if s >= 2 && t[s-1].lower() == "of" && seriesNouns[t[s-2].lower()] && !t[s-2].inQuote() {
		s -= 2 // a series of tweets, a flurry of posts
		if s > 0 && (t[s-1].lower() == "a" || t[s-1].lower() == "another") {
			s--
		}
		return phrase{s, np.e}, true
	}
	if plural && np.e-np.s == 1 {
		return np, true // posted tweets saying
	}
	if np.e-np.s < 2 {
		return np, false
	}
	switch t[np.s].lower() {
	case "a", "an", "his", "her", "its", "their":
		return np, true
	}
	return np, false
}

// seriesNouns count the documents of a series: a series of tweets.
var seriesNouns = wordSet("series flurry string barrage stream volley torrent pair couple number spate")

// coordinatedSubject returns the subject of the verb phrase that the one of
// verb k, after and at toks[c], is coordinated with: Though she called the
// conduct "outrageous" and called for …, Clinton restricted …: she.
func (a *article) coordinatedSubject(c, k int) (phrase, bool) {
	t := a.toks
	for j := c - 1; j >= 0 && j >= c-25 && t[j].sent == t[k].sent; j-- {
		if t[j].inQuote() {
			continue
		}
		if w := t[j].text; w == ";" || w == ":" {
			break
		}
		if a.finite(j) && !auxiliaries[t[j].lower()] && t[j].tag == t[k].tag {
			subj := a.subjectLeft(j)
			return subj, !subj.empty()
		}
	}
	return phrase{}, false
}

// relativeConjunct returns the subject of verb k, after and or but at
// toks[c], when the verb phrase it is coordinated with is a relative
// clause on who: demonstrators, who have taken to the streets and called
// for …: the demonstrators, not the main clause's subject.
func (a *article) relativeConjunct(c, k int) (phrase, bool) {
	t := a.toks
	for j := c - 1; j >= 0 && j >= c-15 && t[j].sent == t[k].sent; j-- {
		if t[j].inQuote() || !t[j].word() {
			return phrase{}, false
		}
		if !a.finite(j) || auxiliaries[t[j].lower()] {
			continue
		}
		if t[j].tag != t[k].tag && a.finiteTag(j) != a.finiteTag(k) {
			// Verbs of one tense are coordinated: who lacks … and has
			// attacked; not mothers who have lost children and said.
			return phrase{}, false
		}
		q := j - 1
		for q >= 0 && (auxiliaries[t[q].lower()] || strings.HasPrefix(t[q].tag, "RB")) {
			q--
		}
		if q < 0 || t[q].lower() != "who" {
			return phrase{}, false
		}
		subj := a.subjectLeft(j)
		return subj, !subj.empty() && !a.bareRelative(subj)
	}
	return phrase{}, false
}

// finiteTag returns the tag of the auxiliary before verb k, past adverbs,
// or else of the verb: VBZ for has attacked and for lacks.
func (a *article) finiteTag(k int) string {
	t := a.toks
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch {
		case auxiliaries[t[j].lower()]:
			return t[j].tag
		case !strings.HasPrefix(t[j].tag, "RB"):
			return t[k].tag
		}
	}
	return t[k].tag
}

// antecedent reports whether noun phrase np, before who, can be the one who
// speaks: not a pronoun, and not a name after a preposition, which is more
// often a place (the campaign in Philadelphia who said; a woman in Ho Chi
// Minh City who …).
func (a *article) antecedent(np phrase) bool {
	t := a.toks
	return !np.empty() && pronouns[t[np.s].lower()] == nil &&
		(np.s == 0 || t[np.s-1].tag != "IN" || !t[np.e-1].capitalized())
}

// relativeSubject returns the subject of verb k when what ends at toks[e]
// before it is a relative clause on who without commas: Officials who
// spoke on condition of anonymity said; the noun phrase before who.
func (a *article) relativeSubject(e, k int) (phrase, bool) {
	t := a.toks
	verb := false
	for r := e - 1; r >= 0 && r >= e-12 && t[r].sent == t[k].sent && !t[r].inQuote() && t[r].text != ","; r-- {
		if t[r].lower() == "who" {
			np := a.nounPhraseLeft(r)
			if !verb || !a.antecedent(np) || a.bareRelative(np) {
				return phrase{}, false
			}
			for np.s < np.e-1 && leadWords[t[np.s].lower()] {
				np.s++ // Though executives who …
			}
			return np, true
		}
		if a.finite(r) {
			verb = true
		}
	}
	return phrase{}, false
}

// lowerWord reports whether w is a word in lower case: letters first.
func lowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// participleLead reports whether toks[s] opens its sentence with a
// participle phrase (Speaking at a rally, Trump said …; Continuing to
// explain, Carson rejected …), which prose may tag as a noun when it is
// capitalized.
func (a *article) participleLead(s int) bool {
	t := a.toks
	return strings.HasSuffix(t[s].lower(), "ing") && len(t[s].text) > 5 &&
		(t[s].tag == "VBG" || s+1 < len(t) && lowerWord(t[s+1].text))
}

// nameApposition reports whether the tokens before toks[e] end an
// apposition that ends with a quoted name and its comma (Mr. Smith, who
// goes by "Shorty," said), and returns the index of the comma that opens it.
func (a *article) nameApposition(e int) (int, bool) {
	t := a.toks
	q := t[e-1].quote
	if q < 0 || !t[e-1].mark || a.qs[q].Kind != quotes.Term || !strings.HasSuffix(a.qs[q].Text, ",") {
		return 0, false
	}
	o := a.span[q][0]
	for c := o - 1; c >= 0 && c >= o-12 && t[c].sent == t[e-1].sent && !t[c].inQuote(); c-- {
		if t[c].text == "," {
			return c, true
		}
	}
	return 0, false
}

// proportionLeft returns a proportion of people ending before toks[e], the
// subject of a poll's findings: (more than) six in 10 (voters), nine out of
// 10, 46 percent (of Republicans).
func (a *article) proportionLeft(e int) phrase {
	t := a.toks
	s := e
	for s > 0 && s > e-3 && !t[s-1].inQuote() && (t[s-1].tag == "NNS" || t[s-1].tag == "NNPS") {
		s-- // voters, Republicans
	}
	if s > 1 && t[s-1].lower() == "of" && (t[s-2].lower() == "percent" || strings.HasSuffix(t[s-2].text, "%") || fractions[t[s-2].lower()]) {
		s-- // 46 percent of Republicans; a third of voters
	}
	switch {
	case s > 0 && fractions[t[s-1].lower()] && !t[s-1].inQuote():
		s-- // a third, two-thirds, a majority
		if s > 0 && (t[s-1].lower() == "a" || t[s-1].lower() == "the" || number(t[s-1].lower())) {
			s--
		}
	case s > 1 && (t[s-1].lower() == "percent" || t[s-1].text == "%") && number(t[s-2].lower()):
		s -= 2
	case s > 0 && len(t[s-1].text) > 1 && strings.HasSuffix(t[s-1].text, "%") && number(strings.TrimSuffix(t[s-1].text, "%")):
		s-- // 42% say
	case s > 2 && number(t[s-1].lower()) && t[s-2].lower() == "in" && number(t[s-3].lower()):
		s -= 3
	case s > 3 && number(t[s-1].lower()) && t[s-2].lower() == "of" && t[s-3].lower() == "out" && number(t[s-4].lower()):
		s -= 4
	default:
		return phrase{e, e}
	}
	for s > 0 && proportionLead[t[s-1].lower()] && !t[s-1].inQuote() {
		s--
	}
	return phrase{s, e}
}

// number reports whether w is a cardinal: 10, 46, six.
func number(w string) bool {
	if isDigits(strings.ReplaceAll(strings.ReplaceAll(w, ".", ""), ",", "")) || numberWords[w] {
		return true
	}
	tens, units, ok := strings.Cut(w, "-") // seventy-four
	return ok && numberWords[tens] && numberWords[units]
}

var numberWords = wordSet(`one two three four five six seven eight nine ten eleven twelve
	thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty
	fifty sixty seventy eighty ninety hundred`)

// gerundLead are the prepositions after which a reporting verb in -ing
// has the subject of the main clause: by saying, after initially saying.
var gerundLead = wordSet("by after before while")

// quantifiers stand alone for a group of people: Some say, Many argue.
var quantifiers = wordSet("some many most others several few")

// pollParticiples follow the people a poll asked, as the subject of what
// they say: those surveyed, voters polled.
var pollParticiples = wordSet("surveyed polled interviewed questioned sampled")

// partitives open a part of a whole named after of: one of his aides,
// two of the senators.
var partitives = wordSet("one two three four five some many most several few all each both none either neither any")

// partitive reports whether w may name a part of those an of-phrase
// names: one of, some of, twelve of.
func partitive(w string) bool { return partitives[w] || number(w) }

// fractions name a part of those asked: a third, two-thirds, a majority.
var fractions = wordSet(`third thirds quarter quarters fifth fifths two-thirds three-quarters
	three-fourths half majority plurality`)

// proportionLead may open a proportion: more than, nearly, about.
var proportionLead = wordSet("more than less fewer nearly almost about roughly some over under just only")

// participleForm reports whether w has the form of a participle: informed,
// speaking.
func participleForm(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

// delimiter reports whether w may open or close an apposition.
func delimiter(w string) bool { return w == "," || anyDash(w) }

// delimiterAt reports whether toks[k] opens or closes an apposition: a
// comma or dash, or a hyphen typed as a dash, with a space on each side
// (Trump - who said … - said; not R -S.C.).
func (a *article) delimiterAt(k int) bool {
	t := a.toks
	if t[k].text != "-" {
		return delimiter(t[k].text)
	}
	return k > 0 && k+1 < len(t) && t[k-1].end < t[k].start && t[k].end < t[k+1].start
}

// servesWords link a role to whom it serves: a spokeswoman for, an aide to.
var servesWords = wordSet("for to with")

// timePrepositions open a time phrase: in June, since Monday.
var timePrepositions = wordSet("in on since until by during before after last next this")

// appositiveSubject returns the subject of verb k when what stands before
// the verb is closed by the delimiter at c: the phrases set off by commas
// or dashes between subject and verb are passed over, back to a name, or to
// the noun phrase that opens the sentence: Rendell, a Clinton surrogate,
// said; Ramil Carr, 31, a photographer, said; One of the authors of the
// report, Ari Fleischer, said; The ministry, in a statement, said.
func (a *article) appositiveSubject(k, c int) phrase {
	t := a.toks
	first := a.sentenceStart(k) // past a dateline: PARIS (Reuters) - Le Pen, …, said
	none := phrase{c, c}
	city := false
	for n := 0; n < 6 && c > first && c > k-40; n++ {
		s := c
		for s > first && !t[s-1].inQuote() && !a.delimiterAt(s-1) {
			s--
		}
		if t[c].text != "," && s > first && t[s-1].text == "," {
			// Between dashes the commas are the aside's own: The three
			// scholars — Mr. Tribe, Ms. Epstein and Mr. Amar — agreed.
			o := s - 1
			for o > first && !t[o-1].inQuote() && !(a.delimiterAt(o-1) && t[o-1].text != ",") {
				o--
			}
			if o > first && !a.hasVerb(o, c) {
				s = o
			}
		}
		if s == c || (s > first && t[s-1].inQuote()) {
			return none
		}
		if s > first+1 && a.cityState(phrase{s, c}) {
			// A city's state: Trump, speaking in Wilmington, N.C., warned.
			c = s - 1
			city = true
			continue
		}
		atStart := s == first
		if !atStart && (t[s].lower() == "and" || t[s].lower() == "but") && a.finite(k) && a.clauseBefore(first, s-1) {
			atStart = true // The economy is strong, and Smith, the chairman, said
		}
		if !atStart && (t[s].lower() == "and" || t[s].lower() == "or") {
			return none // Clinton, the nominee, and Trump, his rival, said
		}
		for s < c && leadWords[t[s].lower()] {
			s++ // But Megan Hester, …; after Warren E. Buffett, …
		}
		// Past a party tag (D-Md.); not the lead word of Even China.
		np := a.nounPhraseLeft(a.skipLeft(c))
		if np.e < c && a.toks[np.e].tag == "POS" {
			np = phrase{np.e, np.e} // a possessor: China, Pyongyang's only ally, warned
		}
		np.s = max(np.s, s)
		for np.s > s && determiners[t[np.s-1].lower()] {
			np.s--
		}
		first := t[np.s].lower()
		whole := !np.empty() && np.s == s && !relative(first) && pronouns[first] == nil
		qualified := a.qualifiedName(s, c)
		switch {
		case whole && atStart:
			return np
		case whole && t[np.e-1].capitalized() && !titles[t[np.e-1].lower()] && !determiners[first] && !partyOf(t, np.s):
			// Not a party and a place: Lee Zeldin, Republican of New York, said.
			return np // a name: One of the authors …, Ari Fleischer, said
		case !atStart && qualified > s:
			// A name with what qualifies it: One pastor supporting Mr. Cruz,
			// Darran Whiting of Liberty Baptist Church, said.
			return phrase{s, qualified}
		case atStart:
			// The subject with what qualifies it: Officials at Homeland
			// Security Investigations, …, said. Not a leading adverbial: In
			// Washington, officials, …, said.
			// A determiner opens the subject, unless the verb comes before
			// its own: The contrast with Trump, said Doyle and others, ….
			inverted := a.invertedCue(k)
			if np.empty() || relative(first) || functionTags[t[s].tag] && (t[s].tag != "DT" || inverted) || strings.HasPrefix(t[s].tag, "RB") || a.timePhrase(s) {
				return none
			}
			if w := lowerAll(tokenTexts(t, np.s, np.e)); usState(w) || nationalities[key(w)] != "" || city && np.e == c {
				// A place that says where the subject is from: Gov. John
				// Kasich of Ohio, a Republican …, said. Not one of a pair:
				// Sens. Johnny Isakson of Georgia and John Boozman of
				// Arkansas, both …, said.
				if h, ok := a.headOf(np, k, false); ok && h.s >= s {
					if h.s > s && t[h.s-1].lower() == "and" {
						return phrase{s, np.e} // a group: resolve names no one of them
					}
					np = h
				}
			}
			if np.s > s {
				// What qualifies the subject: Insiders in the next two states
				// — Nevada and South Carolina — said.
				// Not a participle that opens the sentence, whatever its tag:
				// Informed/NNP of the district's lean, Early described ….
				if h, ok := a.headOf(np, k, false); ok && h.s == s && !(h.e-h.s == 1 && participleForm(t[h.s].lower())) {
					return h
				}
			}
			for j := s; j < np.s; j++ {
				if t[j].lower() == "who" && j > s {
					// A relative clause on the subject: The judges who ruled
					// that …, for instance, said.
					if h := a.nounPhraseLeft(j); h.s == s {
						return h
					}
				}
				if strings.HasPrefix(t[j].tag, "VB") || t[j].tag == "MD" {
					return none // a clause: Mook said as much on Thursday, arguing
				}
			}
			if h := a.nounPhraseRight(s); np.s > s && t[s].tag == "DT" && h.s == s && !h.empty() && !inverted {
				return h // The employee of nearly four years, …, said
			}
			return np
		}
		for j := s; j < c && !relative(t[j].lower()) && t[j].lower() != "whose"; j++ {
			if tg := t[j].tag; (tg == "VBD" && !a.postParticiple(j)) || tg == "VBZ" || tg == "VBP" || tg == "MD" {
				// A clause, not an apposition (which may hold a relative
				// clause: a former aide who accompanied her): …, his wife
				// had been traveling, wrote.
				return none
			}
		}
		c = s - 1 // an apposition: pass over it
		for c > 0 && !a.delimiterAt(c) {
			c-- // back over the lead words
		}
	}
	return none
}

// qualifiedName returns the end of the name that opens toks[s:c] when a
// phrase qualifying it fills the rest (Darran Whiting of Liberty Baptist
// Church in Marion), or s if there is none. The name is proper nouns only,
// none of them a title or a role (not Director of Communications at Acme).
func (a *article) qualifiedName(s, c int) int {
	t := a.toks
	e := s
	for e < c && t[e].tag == "NNP" && t[e].capitalized() && !t[e].inQuote() {
		if w := strings.TrimSuffix(t[e].lower(), "."); titles[w] || roles[w] || groupNouns[w] || institutionWords[w] {
			return s
		}
		e++
	}
	if e-s < 2 || e >= c || !a.postModifier(e, c) {
		return s
	}
	return e
}

// postParticiple reports whether toks[j], tagged as a past tense, is a
// participle that qualifies the noun before it: a super PAC allied with
// House leadership, a group backed by unions.
func (a *article) postParticiple(j int) bool {
	t := a.toks
	return j > 0 && j+1 < len(t) && strings.HasSuffix(t[j].lower(), "ed") &&
		strings.HasPrefix(t[j-1].tag, "NN") && (t[j+1].tag == "IN" || t[j+1].tag == "TO") && !t[j+1].inQuote()
}

// leadWords may open a sentence or clause before its subject: But Kim
// said; after Buffett, the investor, complained.
// prepositions may open a sentence, where prose may tag them as proper
// nouns: Alongside BLM calls for action, a strategist said ….
var prepositions = wordSet(`alongside amid amidst despite during following after before among amongst
	beyond unlike within without throughout toward towards upon across against along around
	behind beside between inside outside over under since until through into onto per`)

// sentenceAdverbs open a sentence before a comma, and prose may tag them
// as proper nouns there: Likewise, Trump …; Publicly, the nominee ….
var sentenceAdverbs = wordSet(`likewise similarly publicly privately meanwhile instead however
	nonetheless nevertheless moreover furthermore additionally separately ultimately finally indeed
	overall otherwise elsewhere afterward afterwards initially originally recently currently
	previously notably specifically ironically interestingly importantly unfortunately fortunately
	clearly obviously apparently reportedly personally politically historically traditionally
	typically generally increasingly technically officially ostensibly meantime regardless
	besides anyway conversely consequently accordingly subsequently`)

// focusWords may stand before a clause's subject without making the clause
// subordinate: But even a top GOP strategist said.
var focusWords = wordSet("but and yet so even still only")

var leadWords = wordSet(`but and yet so even only still while when after as because though although
	since if before until whereas`)

// skipRight returns the first index at or after k that is not a skippable
// word or a comma-enclosed apposition: Putin, 72, said; Putin also said.
func (a *article) skipRight(k int) int {
	t := a.toks
	for k < len(t) && !t[k].inQuote() {
		switch {
		case skippable[t[k].lower()]:
			k++
		case t[k].text == "(": // McCaskill (D-Mo.) scolded
			end := a.parenClose(k, 8)
			if end < 0 {
				return k
			}
			k = end + 1
		case t[k].text == ",":
			end, ok := a.asideEnd(k)
			if !ok {
				return k
			}
			// A second apposition may follow: Scott Pruitt, the attorney
			// general of Oklahoma, one of the states suing the EPA, said.
			// Not a name: that is what the first one describes (France's
			// party leader, Marine Le Pen, voiced); but a place may go on
			// (an entrepreneur in San Jose, Calif., gave).
			if next, ok := a.asideEnd(end); ok && !a.hasVerb(end+1, next) && (!t[end+1].capitalized() || next-end <= 3 && t[end-1].capitalized()) {
				end = next
			}
			k = end + 1
		default:
			return k
		}
	}
	return k
}

// asideEnd returns the comma that closes an aside opened by the comma at
// toks[k]. An apposition may be long (a senior fellow at the Hoover
// Institution and a former ambassador to Russia) if it holds no clause of
// its own: no past tense, modal or relative pronoun.
func (a *article) asideEnd(k int) (int, bool) {
	t := a.toks
	end, finite := k+1, false
	for end < len(t) && end < k+26 && !(end >= k+12 && finite) && t[end].text != "," && !t[end].inQuote() && t[end].sent == t[k].sent {
		// prose may tag a noun as a present tense (ambassador/VBP).
		finite = finite || t[end].tag == "VBD" || t[end].tag == "MD" || relative(t[end].lower())
		end++
	}
	return end, end < len(t) && t[end].text == "," && end > k+1 && (end < k+12 || !finite)
}

// clauseBefore reports whether the part of the sentence that ends at the
// delimiter toks[d], after the one before it, is a clause (The economy is
// strong, and …), not an item of a list (Goldman Sachs, UBS, and …).
func (a *article) clauseBefore(first, d int) bool {
	s := d
	for s > first && !delimiter(a.toks[s-1].text) {
		s--
	}
	return a.hasFinite(s, d)
}

// hasFinite reports whether toks[s:e] holds a finite verb or a modal
// outside quotations: a clause.
func (a *article) hasFinite(s, e int) bool {
	for j := s; j < e; j++ {
		if !a.toks[j].inQuote() && (a.finite(j) || a.toks[j].tag == "MD") {
			return true
		}
	}
	return false
}

// hasVerb reports whether toks[s:e] holds a verb other than a participle
// in -ing (one of the states suing the EPA), or a modal.
func (a *article) hasVerb(s, e int) bool {
	for j := s; j < e; j++ {
		if tg := a.toks[j].tag; strings.HasPrefix(tg, "VB") && tg != "VBG" || tg == "MD" || a.speechVerb(j) {
			return true
		}
	}
	return false
}

// skipLeft returns the end (exclusive) of what stands before verb k once
// skippable words and a parenthetical are passed over: Putin also said →
// Putin; Graham (R-S.C.) said → Graham.
func (a *article) skipLeft(k int) int {
	t := a.toks
	for k > 0 && !t[k-1].inQuote() {
		if j := a.timeBefore(k); j >= 0 {
			k = j // Gowdy earlier in the day touted
			continue
		}
		switch {
		case skippable[t[k-1].lower()] && !surnameMonth(t, k-1) || t[k-1].tag == "RB" && strings.HasSuffix(t[k-1].lower(), "ly"):
			k-- // also, originally; not Theresa May said
		case k > 1 && (t[k-2].lower() == "in" || t[k-2].lower() == "on") && (isYear(t[k-1].text) || weekdays[t[k-1].lower()]) && !t[k-2].inQuote():
			k -= 2 // who in 2010 said, who on Tuesday said
		case k > 1 && t[k-1].lower() == "since" && haveForms[t[k-2].lower()] && !t[k-2].inQuote():
			k-- // Mrs. Clinton has since said
		case t[k-1].text == ")":
			o := a.parenOpen(k-1, 9)
			if o < 0 {
				return k
			}
			k = o
		case isDash(t[k-1].text) && k > 1:
			// An aside between dashes: Democrats — and some Republicans — say.
			o := k - 2
			for o > 0 && o > k-12 && !isDash(t[o].text) && !t[o].inQuote() && t[o].sent == t[k-1].sent {
				o--
			}
			if o <= 0 || !isDash(t[o].text) || o == k-2 || t[o].sent != t[k-1].sent || !a.npToken(o-1, false) {
				return k
			}
			// The noun before the aside must open the subject: not the last
			// of a list (Armitage, Paulson and Scowcroft — three former …
			// — have said) nor the object of a preposition (insiders across
			// the four states — and … — said).
			if np := a.nounPhraseLeft(o); np.s > 0 && t[np.s-1].sent == t[o].sent {
				if w := t[np.s-1]; w.lower() == "and" || w.lower() == "or" || w.tag == "IN" || w.tag == "TO" {
					return k
				}
			}
			k = o
		case (t[k-1].lower() == "here" || t[k-1].lower() == "there") && k > 1 && strings.HasPrefix(t[k-2].tag, "NN"):
			k-- // officials here say, polls there show
		default:
			return k
		}
	}
	return k
}

// timeBefore returns where a time adverbial led by earlier or later that
// ends before toks[k] starts (earlier in the day, later that week, earlier
// on Tuesday), or -1.
func (a *article) timeBefore(k int) int {
	t := a.toks
	j := k - 1
	if j < 1 || t[j].inQuote() || !timeWords[t[j].lower()] && !weekdays[t[j].lower()] {
		return -1
	}
	j--
	for j > 0 && (determiners[t[j].lower()] || t[j].lower() == "last") {
		j--
	}
	if j > 0 && (t[j].lower() == "in" || t[j].lower() == "on") {
		j--
	}
	if w := t[j].lower(); (w == "earlier" || w == "later") && j < k-2 && !t[j].inQuote() {
		return j
	}
	return -1
}

// npToken reports whether toks[k] may be part of a speaker's noun phrase.
func (a *article) npToken(k int, first bool) bool {
	t := &a.toks[k]
	if t.inQuote() {
		return false
	}
	w := t.lower()
	if speechVerbs[w] != "" && strings.HasPrefix(t.tag, "VB") {
		return false
	}
	switch {
	case first && (determiners[w] || w == "my"):
		return true // the, his; my father
	case t.possessive() || w == "’": // Putin's aide, Gates' work
		return true
	case (w == "of" || w == "for") && k > 0 && k+1 < len(a.toks) && a.toks[k-1].capitalized() && a.toks[k+1].capitalized() && !a.toks[k+1].inQuote():
		// the Federal Bureau of Prisons, Secretary of State, the Centers
		// for Disease Control; not Charles Rangel of New York, whose place
		// is said of him
		p := a.toks[k-1].lower()
		return isInstitution(p) || w == "of" && (titles[p] || roles[p] || groupNouns[p])
	case w == "and" && k > 0 && k+1 < len(a.toks) && a.toks[k-1].capitalized() && a.toks[k+1].capitalized() && !a.toks[k+1].inQuote():
		// The Centers for Disease Control and Prevention: and within an
		// institution's name, after its of or for.
		for j := k - 2; j > 0 && j >= k-4 && a.toks[j+1].capitalized(); j-- {
			if w := a.toks[j].lower(); (w == "of" || w == "for") && isInstitution(a.toks[j-1].lower()) {
				return true
			}
		}
		return false
	case t.capitalized() && t.word():
		if opener(a.toks, k) {
			return false // Alongside BLM calls …: not a name
		}
		return !functionTags[t.tag] || strings.HasPrefix(t.tag, "NNP")
	case roles[w] || titles[w] || groupNouns[w] || institutionWords[w] || isAge(w):
		return true
	}
	switch {
	case strings.HasPrefix(t.tag, "NN"), strings.HasPrefix(t.tag, "JJ"), t.tag == "CD", t.tag == "VBN" && k > 0 && determiners[a.toks[k-1].lower()]:
		return t.word()
	}
	return false
}

// functionTags are the parts of speech of closed-class words, which a
// capital at the start of a sentence does not make a name: After, In, When.
var functionTags = wordSet("IN CC DT RB RBR RBS WRB WP WP$ WDT TO MD PRP PRP$ EX UH")

// nounPhraseRight returns the speaker noun phrase starting at toks[j], or an
// empty phrase: he; Putin; the North Korean leader; Russian officials.
func (a *article) nounPhraseRight(j int) phrase {
	t := a.toks
	if j >= len(t) || t[j].inQuote() {
		return phrase{j, j}
	}
	if pronouns[t[j].lower()] != nil {
		return phrase{j, j + 1}
	}
	if j+2 < len(t) && partitives[t[j].lower()] && t[j+1].lower() == "of" && !t[j+1].inQuote() {
		// one of his senior aides: the head is the whole's.
		if np := a.nounPhraseRight(j + 2); !np.empty() {
			return phrase{j, np.e}
		}
	}
	e := j
	for e < len(t) && e < j+8 && t[e].sent == t[j].sent && a.npToken(e, e == j) {
		if e > j && postAdjectives[t[e].lower()] && e+1 < len(t) && postPrepositions[t[e+1].lower()] {
			break // an official close to the campaign: what follows qualifies the noun
		}
		if e > j && weekdays[t[e].lower()] && !t[e-1].capitalized() && strings.HasPrefix(t[e-1].tag, "NN") {
			break // a report Tuesday from WKOW: a time, not a name
		}
		e++
	}
	p := a.trimPhrase(phrase{j, e})
	if !p.empty() && p.e == e && e+1 < len(t) && titles[t[e-1].lower()] && t[e].lower() == "and" && t[e].sent == t[j].sent {
		// Two titles of one person: former Pennsylvania Gov. and
		// Democratic National Committee Chairman Ed Rendell.
		if np := a.nounPhraseRight(e + 1); !np.empty() && !titles[t[np.e-1].lower()] && t[np.e-1].capitalized() {
			return np
		}
	}
	return p
}

// nounPhraseLeft returns the speaker noun phrase ending just before toks[e].
func (a *article) nounPhraseLeft(e int) phrase {
	t := a.toks
	if e <= 0 {
		return phrase{e, e}
	}
	if pronouns[t[e-1].lower()] != nil || relative(t[e-1].lower()) || quantifiers[t[e-1].lower()] && (e < 2 || t[e-2].tag != "PRP") || writer(t[e-1].lower()) && !t[e-1].inQuote() {
		return phrase{e - 1, e}
	}
	end := e
	if e > 1 && pollParticiples[t[e-1].lower()] && (t[e-2].lower() == "those" || t[e-2].tag == "NNS" || t[e-2].tag == "NNPS") {
		if t[e-2].lower() == "those" {
			return phrase{e - 2, e} // those surveyed say
		}
		e-- // Americans polled said
	}
	s := e
	for s > 0 && s > e-8 && t[s-1].sent == t[e-1].sent && a.npToken(s-1, false) {
		s--
	}
	if s > 0 && s < e && (determiners[t[s-1].lower()] && t[s-1].lower() != "that" || quantifiers[t[s-1].lower()] && t[s-1].lower() != "others" || predeterminers[t[s-1].lower()]) && !t[s-1].inQuote() {
		s-- // the Kremlin, not Kremlin, as written; not that in shows that Clinton; some Democrats
	}
	p := a.trimPhrase(phrase{s, e})
	p.s = a.pastTimeLead(p)
	if end > e && p.e == e {
		p.e = end
	}
	if !p.empty() && p.s >= 2 && t[p.s-1].lower() == "of" && partitive(t[p.s-2].lower()) && !t[p.s-2].inQuote() {
		p.s -= 2 // one of his senior aides, as nounPhraseRight has it
	}
	return p
}

// pastTimeLead returns where the name in p starts past a time adverbial
// that the tagger glued to its front: (in) September Hillary Clinton said,
// (In) 2015 Trump said, (On) Sept. 11 Clinton said, Last week Trump said.
// The adverbial opens after a time preposition or with last, this, next,
// earlier or later, and holds a unit of time; a capitalized word follows it.
func (a *article) pastTimeLead(p phrase) int {
	t := a.toks
	if p.e-p.s < 2 || t[p.s].inQuote() {
		return p.s
	}
	afterPreposition := p.s > 0 && timePrepositions[t[p.s-1].lower()] && !t[p.s-1].inQuote()
	if !afterPreposition && !timeDeterminers[t[p.s].lower()] {
		return p.s
	}
	unit := false
	j := p.s
	for ; j < p.e-1; j++ {
		w := t[j].lower()
		switch {
		case months[w] || weekdays[w] || isYear(t[j].text) || timeUnits[w]:
			unit = true
		case timeDeterminers[w] || t[j].tag == "CD" && j > p.s:
			// no unit yet: last, this; the day of a date (Sept. 11)
		default:
			return p.s
		}
		if t[j+1].capitalized() && !t[j+1].possessive() && !months[t[j+1].lower()] && !weekdays[t[j+1].lower()] && !isYear(t[j+1].text) && t[j+1].tag != "CD" {
			if unit && !t[j].possessive() {
				return j + 1
			}
			return p.s
		}
	}
	return p.s
}

// afterTimeLead reports whether the name np follows a time adverbial
// that pastTimeLead took off its front: Last week Stumpf in an interview.
func (a *article) afterTimeLead(np phrase) bool {
	t := a.toks
	for s := np.s - 1; s >= 0 && s >= np.s-4 && t[s].sent == t[np.s].sent; s-- {
		if a.pastTimeLead(phrase{s, np.e}) == np.s {
			return true
		}
	}
	return false
}

// timeDeterminers open a time adverbial: last week, this year, earlier
// this month.
var timeDeterminers = wordSet(timeDeterminerList)

const timeDeterminerList = "last this next earlier later early late"

// timeUnits are the nouns of timeWords: a unit of time.
var timeUnits = wordSet(timeUnitList)

const timeUnitList = `week weeks month months year years day days night morning afternoon
	evening ago weekend hour hours minute minutes moment moments decade decades`

// predeterminers may open a noun phrase as determiners do: both
// countries, all parties.
var predeterminers = wordSet("both all each either neither")

// trimPhrase drops what cannot end a speaker phrase (adjectives, possessives)
// and reports an empty phrase if no noun is left.
func (a *article) trimPhrase(p phrase) phrase {
	for p.e > p.s {
		t := &a.toks[p.e-1]
		if strings.HasPrefix(t.tag, "NN") || t.capitalized() || groupNouns[t.lower()] || roles[t.lower()] || isAge(t.lower()) {
			break
		}
		p.e--
	}
	for p.s < p.e && (a.toks[p.s].possessive() || a.toks[p.s].lower() == "’") {
		p.s++
	}
	if p.e <= p.s {
		return phrase{p.s, p.s}
	}
	return p
}

// mainSubject returns the subject of the sentence's main clause, before
// token k: past a dateline (BEIJING —) and a leading phrase closed by a
// comma (In a meeting with Kim in Beijing, …).
func (a *article) mainSubject(k int) phrase {
	t := a.toks
	s := a.sentenceStart(k)
	if t[s].inQuote() {
		// The sentence opens with a quotation: its credit is the main
		// clause. "…," Putin told reporters, adding that …; "…," said Kim,
		// adding …
		for s < k && t[s].inQuote() {
			s++
		}
		for s < k && (t[s].text == "," || isDash(t[s].text)) {
			s++
		}
		if s < k && a.invertingVerb(s) {
			return a.nounPhraseRight(s + 1)
		}
		return a.nounPhraseRight(s)
	}
	if s+2 < k && (t[s].lower() == "but" || t[s].lower() == "and" || t[s].lower() == "yet") && t[s+1].text != "," {
		s++ // But a few days later, Trump reversed himself
	}
	// A focus word on a named subject (Even China, Pyongyang's only ally,
	// said) does not open a leading adverbial.
	focus := focusWords[t[s].lower()] && s+1 < k && !t[s+1].inQuote() && (t[s+1].tag == "NNP" || t[s+1].tag == "NNPS")
	if strings.HasPrefix(t[s].tag, "RB") && s+1 < k && t[s+1].text != "," && !focus {
		// An adverb with no comma: Then she shattered party norms, ….
		if np := a.nounPhraseRight(s + 1); !np.empty() && np.e < k && (a.finite(np.e) || t[np.e].tag == "MD") {
			return np
		}
	}
	if !focus && a.leadingPhrase(s) {
		s = a.pastLeading(s, k)
	}
	for s+1 < k && focusWords[t[s].lower()] && !t[s].inQuote() {
		s++ // even a top GOP strategist said; not When Maddow pointed out …, Clinton
	}
	np := a.nounPhraseRight(s)
	if e := np.e; !np.empty() && e+1 < k && t[e].lower() == "and" && t[np.e-1].capitalized() {
		// Two named subjects: Donald Trump and Hillary Clinton vied …,
		// each saying …; no one of them.
		if np2 := a.nounPhraseRight(e + 1); !np2.empty() && np2.e < k && t[np2.e-1].capitalized() && a.finite(np2.e) {
			return phrase{np.s, np2.e}
		}
	}
	return a.apposedName(np, k)
}

// leadingPhrase reports whether toks[s], the first of a sentence, opens
// an adverbial that a comma closes before the subject: In a meeting with
// Kim, …; Later, …; Speaking on ABC, …; Reached by Politico, ….
func (a *article) leadingPhrase(s int) bool {
	t := a.toks
	w := t[s].lower()
	return strings.HasPrefix(t[s].tag, "IN") || strings.HasPrefix(t[s].tag, "RB") || sentenceAdverbs[w] ||
		prepositions[w] || a.participleLead(s) || timeWords[w] || a.timePhrase(s) ||
		(t[s].tag == "VBN" || t[s].tag == "VBD") && s+1 < len(t) && t[s+1].tag == "IN" && !t[s+1].inQuote()
}

// pastLeading returns where the subject starts after the leading adverbial
// that opens at toks[s], before toks[k]: past its comma, and past a state
// or a second adverbial that its commas set off (At an event in Ames,
// Iowa, on Sunday, Mrs. Clinton …). Each comma is looked for within 15
// words; with none, the subject starts where the search did.
func (a *article) pastLeading(s, k int) int {
	t := a.toks
	for n := 0; n < 3; n++ {
		c := -1
		for j := s; j < k && j < s+15; j++ {
			if t[j].text == "," {
				c = j
				break
			}
		}
		if c < 0 {
			return s
		}
		s = c + 1
		for s < k && t[s].mark && t[s].inQuote() {
			s++ // the comma inside a title: Speaking on ABC's "This Week," Carson
		}
		if s >= k || n == 2 {
			return s
		}
		np := a.nounPhraseRight(s)
		if a.cityState(np) && np.e < k && t[np.e].text == "," {
			s = np.e + 1 // a city's state: in Ames, Iowa, …
			if s >= k || !(t[s].tag == "IN" || a.timePhrase(s)) {
				return s
			}
		} else if !(t[s].tag == "IN" && !subordinators[t[s].lower()] || a.timePhrase(s)) {
			return s
		}
		// a second adverbial: …, on Sunday, …
	}
	return s
}

// apposedName returns the name set in commas after np, a description
// before toks[k]: Her main rival, Bernie Sanders, has soared in the polls
// by saying …. Else np.
func (a *article) apposedName(np phrase, k int) phrase {
	t := a.toks
	if e := np.e; !np.empty() && e+1 < k && t[e].text == "," && lowerWord(t[np.e-1].text) {
		if nm := a.nounPhraseRight(e + 1); nm.s == e+1 && nm.e < k && t[nm.e].text == "," && a.properName(nm) {
			return nm
		}
	}
	return np
}

// timePhrase reports whether the sentence starting at toks[s] opens with a
// time adverbial closed by a comma: Last month, …; Two weeks ago, ….
func (a *article) timePhrase(s int) bool {
	t := a.toks
	counts := 0 // a few, several: no time alone (A few, however, said)
	for j := s; j < len(t) && j < s+5 && t[j].sent == t[s].sent; j++ {
		if t[j].text == "," {
			return j > s+counts
		}
		w := t[j].lower()
		if timeCounts[w] {
			counts++
		} else if !timeWords[w] && !weekdays[w] && !months[w] && t[j].tag != "CD" {
			return false
		}
	}
	return false
}

// timeWords are the words of a time phrase: its determiners and its units.
var timeWords = wordSet(timeDeterminerList + " " + timeUnitList)

// timeCounts count the units of a time phrase: a few days later, several
// weeks ago.
var timeCounts = wordSet("a an few several couple of")

var months = wordSet(`january february march april may june july august september october
	november december jan. feb. mar. apr. jun. jul. aug. sept. sep. oct. nov. dec.`)

// resolve turns the speaker phrase m into a speaker.
func (a *article) resolve(m phrase) who {
	if m.empty() {
		return who{}
	}
	t := a.toks
	if m.e-m.s == 1 {
		if writer(t[m.s].lower()) {
			return who{} // the writer: I'd add; we asked our readers
		}
		if types := pronouns[t[m.s].lower()]; types != nil {
			return a.resolvePronoun(t[m.s].lower(), types, m.s)
		}
	}
	if m.e-m.s == 2 && (t[m.s].lower() == "my" || t[m.s].lower() == "our") && genderedNouns[t[m.s+1].lower()] != 0 {
		// The writer's kin: my father often said. No one else is meant.
		return who{name: a.written(m), typ: Person, conf: 0.6, how: "description"}
	}
	if m.e-m.s == 1 && t[m.s].lower() == "those" && a.modifierEnd(m.e) > m.e {
		return who{name: a.written(phrase{m.s, a.modifierEnd(m.e)}), typ: Group, conf: 0.7, how: "group"} // Those familiar with the talks say
	}
	s := m.s
	det := false
	for s < m.e && determiners[t[s].lower()] {
		s++
		det = true
	}
	if s >= m.e {
		return who{}
	}
	if w := t[m.s].lower(); partitive(w) || fractions[w] {
		// A part of those named after it: one of Obama's advisers, two of
		// the jurors, some of his aides; or the part alone, the whole after
		// it: Half of Vermont Democrats, One in four voters in a poll. The
		// whole phrase says who.
		end := a.modifierEnd(m.e)
		withOf := partitive(w) && m.e-m.s > 2 && t[m.s+1].lower() == "of"
		alone := m.e-m.s == 1 && m.e < len(t) && (t[m.e].lower() == "of" || t[m.e].lower() == "in") && !t[m.e].inQuote() && end > m.e+1
		if withOf || alone {
			typ := Group
			if w == "one" && t[m.s+1].lower() == "of" {
				typ = Person
			}
			return who{name: a.written(phrase{m.s, end}), typ: typ, conf: 0.6, how: "group"}
		}
	}
	if t[m.s].lower() == "neither" {
		return who{name: a.written(m), typ: Group, conf: 0.7, how: "group"} // Neither Clinton nor Trump
	}
	if m.e-m.s == 1 && quantifiers[t[m.s].lower()] {
		return who{name: t[m.s].text, typ: Group, conf: 0.7, how: "group"} // Some say
	}
	if q := a.proportionLeft(m.e); q == m {
		return who{name: a.written(m), typ: Group, conf: 0.8, how: "group"}
	}
	head := t[m.e-1]
	hw := head.lower()
	// A common noun may be capitalized as the first word of its sentence:
	// Officials familiar with the talks said; Video of the incident shows.
	common := m.e-s == 1 && a.toks[s].startsSentence() && (groupNouns[hw] || documentNouns[hw] || isDocument(hw))
	// The Department of Justice: a title word may end an institution's name.
	h := a.ofHead(phrase{s, m.e})
	institution := h >= 0 && institutionWords[t[h].lower()] && t[h].capitalized()
	list := a.nameList(m)
	if !list && slices.ContainsFunc(t[s:m.e], func(tk token) bool { return tk.text == "," }) {
		// An institution named with a list: the National Academies of
		// Sciences, Engineering and Medicine. As written.
		return who{name: a.written(phrase{s, m.e}), typ: Organization, conf: 0.8, how: "name"}
	}
	for j := s + 1; j+1 < m.e && list; j++ {
		if t[j].lower() == "and" && t[j+1].capitalized() && (t[j-1].capitalized() || t[j-1].text == "," || a.partyTagLeft(j) < j) {
			// Named people together: Donald Trump and Hillary Clinton,
			// each saying …; no one of them.
			return a.resolveNames(phrase{s, m.e})
		}
	}
	if det && h >= 0 && !institution && (roles[t[h].lower()] || titles[t[h].lower()]) {
		// An office and what it is of, no name: the former CEO of
		// Hewlett-Packard is who holds it.
		return a.resolveDescription(phrase{s, h + 1}, det, a.written(phrase{s, a.modifierEnd(m.e)}))
	}
	if head.capitalized() && (!titles[hw] || institution) && !common {
		return a.resolveName(phrase{s, m.e})
	}
	// A group or description is named with what modifies it: people
	// familiar with the talks, video of the incident.
	written := a.written(phrase{s, a.modifierEnd(m.e)})
	switch {
	case groupNouns[hw]:
		return who{name: written, typ: Group, conf: 0.9, how: "group"}
	case pollParticiples[hw] && m.e-m.s >= 2:
		return who{name: a.written(m), typ: Group, conf: 0.7, how: "group"} // those surveyed, voters polled
	case institutionWords[hw]:
		if e := a.reg.orgWithHead(hw); e != nil {
			return who{name: e.canonical(), typ: Organization, ent: e, conf: 0.85, how: "description"}
		}
		return who{name: written, typ: Organization, conf: 0.8, how: "description"}
	case (roles[hw] || titles[hw]) && m.e < len(t) && servesWords[t[m.e].lower()] && a.modifierEnd(m.e) > m.e+1:
		// Whose the role is says who it is not: a spokeswoman for Hillary
		// Clinton is not the article's other spokeswoman, who speaks for
		// Trump. Without a name given in apposition, as written.
		return who{name: written, typ: Person, conf: 0.6, how: "description"}
	case roles[hw] || titles[hw] || isAge(hw):
		return a.resolveDescription(phrase{s, m.e}, det, written)
	case isDocument(hw) || a.documentOf(phrase{s, m.e}):
		// the report says, a Kremlin readout said, video of the incident
		// shows: a source, not a person.
		return who{name: written, conf: 0.7, how: "document"}
	case head.tag == "NNS" && !isDocument(hw):
		// A plural head that the lists lack: old Iowa political hands say.
		return who{name: written, typ: Group, conf: 0.6, how: "group"}
	}
	return who{}
}

// documentOf reports whether p is a document of something: video of the
// incident, a transcript of the call.
func (a *article) documentOf(p phrase) bool {
	h := a.ofHead(p)
	return h >= 0 && isDocument(a.toks[h].lower())
}

// ofHead returns the index of the head of p when an of-phrase follows it
// (video of the incident: video), or a for-phrase an institution's name
// (the Brennan Center for Justice), or -1.
func (a *article) ofHead(p phrase) int {
	for j := p.s + 1; j < p.e; j++ {
		if w := a.toks[j].lower(); w == "of" || w == "for" && isInstitution(a.toks[j-1].lower()) {
			return j - 1 // also the Brennan Center for Justice
		}
	}
	return -1
}

// lookup returns the entity that the name written as toks[p.s:p.e]
// denotes, as [registry.lookup] does.
func (a *article) lookup(p phrase) (*entity, bool) {
	return a.reg.lookup(lowerAll(tokenTexts(a.toks, p.s, p.e)), p.s)
}

// resolveName finds the entity a name phrase denotes: Putin → Vladimir
// Putin. A name that fits two entities the article has introduced by then
// resolves to nobody.
func (a *article) resolveName(p phrase) who {
	// A possessive before the name qualifies it: Putin's aide Yuri Ushakov.
	for j := p.e - 1; j > p.s; j-- {
		if a.toks[j].possessive() {
			p.s = j + 1
			break
		}
	}
	for j := p.e - 2; j > p.s; j-- {
		w := a.toks[j].lower()
		// Also any lower-case noun before a full name: Fox Business
		// moderator Gerard Baker, Media titan Rupert Murdoch.
		common := p.e-j > 2 && a.toks[j].word() && strings.HasPrefix(a.toks[j].tag, "NN") && !particle(a.toks, j)
		// A hyphenated description, whatever its tag: Democratic
		// front-runner Hillary Clinton.
		described := p.e-j > 2 && strings.Contains(w, "-") && a.toks[j].word()
		if lowerWord(a.toks[j].text) && (roles[w] || titles[w] || common || described) {
			p.s = j + 1 // longtime Hillary Clinton aide Huma Abedin
			break
		}
	}
	for p.s < p.e-1 && leadWords[a.toks[p.s].lower()] {
		p.s++ // Even China
	}
	for !groupNouns[a.toks[p.e-1].lower()] && p.s < p.e-1 && (lowerWord(a.toks[p.s].text) || isAge(a.toks[p.s].lower())) && !particle(a.toks, p.s) {
		p.s++ // aide Yuri Ushakov, the 62-year-old Brenda Johnson; not two leading Republicans
	}
	c, ok := makeChunk(a.toks, p.s, p.e)
	if !ok {
		return who{}
	}
	// Keep only the name proper: up to the last capitalized run.
	words := c.words
	e, ambiguous := a.reg.lookupGender(words, chunkGender(c), p.s)
	if ambiguous {
		return who{}
	}
	if e == nil {
		a.recognize(a.toks[p.s].sent)
		typ := chunkType(c, a.toks)
		return who{name: strings.Join(tokenTexts(a.toks, c.s, c.e), " "), typ: typ, conf: 0.8, how: "name"}
	}
	if e.typ == Unknown {
		a.recognize(a.toks[p.s].sent)
		e.typ = chunkType(c, a.toks)
	}
	typ := e.typ
	if typ == Unknown && len(e.name) >= 2 {
		typ = Person
	}
	return who{name: e.canonical(), typ: typ, ent: e, conf: 1, how: "name"}
}

// recognize runs entity recognition on sentence sent, once.
func (a *article) recognize(sent int) {
	if a.ner == nil || a.nerRan[sent] {
		return
	}
	if a.nerRan == nil {
		a.nerRan = make(map[int]bool)
	}
	a.nerRan[sent] = true
	if err := a.ner(sent); err != nil && a.nerErr == nil {
		a.nerErr = err
	}
}

// resolveDescription finds the person a description denotes: the North
// Korean leader → the person introduced as North Korean leader Kim Jong Un.
func (a *article) resolveDescription(p phrase, det bool, written string) who {
	t := a.toks
	if p.s > 0 && (t[p.s-1].lower() == "a" || t[p.s-1].lower() == "an") && !a.appositionTo(p.s-1) {
		// An indefinite description brings someone new on stage: said a
		// veteran is not the veteran lobbyist named before. In apposition
		// it describes the name before it: Howard Rubel, a senior analyst
		// at Jefferies, who notes.
		return who{name: written, typ: Person, conf: 0.6, how: "description"}
	}
	role := t[p.e-1].lower()
	var nat string
	for k := p.s; k < p.e-1; k++ {
		if n := nationalityAt(t, k, p.e-1); n != "" {
			nat = n
			break
		}
	}
	// A state in the description must be one the entity was named with:
	// the Florida senator is not the Iowa one.
	var state []string
	for k := p.s; k < p.e-1 && state == nil; k++ {
		for n := 2; n >= 1; n-- {
			if w := lowerAll(tokenTexts(t, k, min(k+n, p.e-1))); len(w) == n && usState(w) {
				state = w
				break
			}
		}
	}
	// What the office is of, too: the CEO of Hewlett-Packard is not
	// Google's.
	var of []string
	if p.e+1 < len(t) && t[p.e].lower() == "of" && !t[p.e].inQuote() {
		if np := a.nounPhraseRight(p.e + 1); !np.empty() && np.s == p.e+1 {
			of = lowerAll(tokenTexts(t, np.s, np.e))
		}
	}
	var match, loose []*entity
	for _, e := range a.reg.ents {
		if e.typ == Organization || !e.hasRole(role) || a.toks[e.first].sent > t[p.s].sent {
			continue // not one named only later in the article
		}
		if state != nil && !a.namedWith(e, state) || of != nil && !a.namedWith(e, of) {
			continue
		}
		switch {
		case nat == "" || e.nats[nat]:
			match = append(match, e)
		case len(e.nats) == 0:
			loose = append(loose, e)
		}
	}
	switch {
	case len(match) == 1:
		return who{name: match[0].canonical(), typ: Person, ent: match[0], conf: 0.9, how: "description"}
	case len(match) == 0 && len(loose) == 1:
		return who{name: loose[0].canonical(), typ: Person, ent: loose[0], conf: 0.75, how: "description"}
	case len(match)+len(loose) == 0 && !det:
		return who{name: written, typ: Person, conf: 0.6, how: "description"}
	case len(match)+len(loose) == 0 && !strings.EqualFold(t[p.s-1].text, "the"):
		return who{name: written, typ: Person, conf: 0.6, how: "description"} // a spokesman
	}
	return who{}
}

// appositionTo reports whether the phrase that starts at toks[k] stands in
// apposition to the name of a person: Howard Rubel, a senior analyst; not
// to a place (At the town hall in Ho Chi Minh City, a young woman asked:
// makeChunk gives a place no role from what follows it).
func (a *article) appositionTo(k int) bool {
	if k < 2 || a.toks[k-1].text != "," {
		return false
	}
	for _, mt := range a.reg.mentions {
		if mt.e == k-1 {
			return a.typeOf(mt) == Person
		}
	}
	return false
}

// namedWith reports whether the words w stand within a few tokens of a
// mention of e, in its sentence: Florida Sen. Marco Rubio; Rubio of Florida.
func (a *article) namedWith(e *entity, w []string) bool {
	t := a.toks
	for _, mt := range a.reg.mentions {
		if mt.ent != e {
			continue
		}
		for k := max(0, mt.s-6); k+len(w) <= min(len(t), mt.e+6); k++ {
			if t[k].sent == t[mt.s].sent && slices.Equal(lowerAll(tokenTexts(t, k, k+len(w))), w) {
				return true
			}
		}
	}
	return false
}

// resolvePronoun finds whom a subject pronoun at token pos stands for: the
// most recent speaker, if of a fitting type and gender and within three
// paragraphs, else the one entity of a fitting type named in this or the
// previous paragraph.
func (a *article) resolvePronoun(p string, types []Type, pos int) who {
	para := a.toks[pos].para
	if a.unnamedBefore(p, pos) {
		return who{} // a woman in Worcester told him she worries: not him
	}
	fits := func(typ Type, e *entity) bool {
		if e != nil && genderClash(p, e.gender) {
			return false
		}
		for _, ty := range types {
			if ty == typ {
				return true
			}
		}
		return false
	}
	var last *said
	if n := len(a.history); n > 0 && a.history[n-1].para >= para-3 {
		last = &a.history[n-1]
	}
	// Entities of a fitting type named as the subject of a verb in this
	// paragraph before the pronoun, other than the last speaker: someone
	// newly on stage (Sen. Claire McCaskill scolded him: "…," she said).
	// When the last speaker is a subject there too, the pronoun could be
	// either (Trump took offense when Kelly confronted him. He later
	// suggested …), and only a gender tells.
	var other *entity
	lastHere := false
	for _, mt := range a.reg.mentions {
		if mt.s >= pos || a.toks[mt.s].para != para || !a.isSubject(mt.e) && !a.asideOpener(mt) {
			continue
		}
		if last != nil && mt.ent == last.ent {
			lastHere = true
			continue
		}
		if !fits(mt.ent.typ, mt.ent) {
			continue
		}
		if other != nil && other != mt.ent {
			return who{} // two newcomers: not sure
		}
		other = mt.ent
	}
	if g, ok := a.groupSubject(pos, last); ok && p == "they" {
		if other != nil {
			return who{} // a group and a newcomer: not sure
		}
		return g
	}
	switch {
	case other != nil && lastHere && fits(last.typ, last.ent):
		return who{} // both on stage: not sure
	case other != nil:
		a.setGender(other, p)
		return who{name: other.canonical(), typ: other.typ, ent: other, conf: 0.75, how: "pronoun"}
	case last != nil && fits(last.typ, last.ent) && !genderClash(p, genderedNouns[strings.ToLower(lastWord(last.speaker))]):
		a.setGender(last.ent, p)
		return who{name: last.speaker, typ: last.typ, ent: last.ent, conf: 0.9, how: "pronoun"}
	case last == nil:
		// No one spoke yet: the one entity of a fitting type named in this
		// or the previous paragraph.
		var found *entity
		for _, mt := range a.reg.mentions {
			if mt.s >= pos || a.toks[mt.s].para < para-1 || p == "it" && a.placeMention(mt) {
				continue
			}
			if !fits(mt.ent.typ, mt.ent) {
				if mt.ent.typ == Unknown && fits(a.typeOf(mt), mt.ent) {
					return who{} // one not yet typed may be meant too: she after Clinton and Joe Biden
				}
				continue
			}
			if found != nil && found != mt.ent {
				return who{}
			}
			found = mt.ent
		}
		if found != nil {
			a.setGender(found, p)
			return who{name: found.canonical(), typ: found.typ, ent: found, conf: 0.7, how: "pronoun"}
		}
	}
	return who{}
}

// typeOf returns the type of the entity that mt mentions. If none is known
// yet, entity recognition runs on the mention's sentence and the mention
// alone tells; the entity keeps its type unknown.
func (a *article) typeOf(mt mention) Type {
	if mt.ent.typ != Unknown {
		return mt.ent.typ
	}
	a.recognize(a.toks[mt.s].sent)
	if c, ok := makeChunk(a.toks, mt.s, mt.e); ok {
		return chunkType(c, a.toks)
	}
	return Unknown
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// pronounGender returns the gender of he ('m') or she ('f'), or 0.
func pronounGender(p string) byte {
	switch p {
	case "he":
		return 'm'
	case "she":
		return 'f'
	}
	return 0
}

// genderClash reports whether he or she p cannot stand for someone of
// gender g: she for Mr. Obama, or for a speaker named my father.
func genderClash(p string, g byte) bool {
	pg := pronounGender(p)
	return pg != 0 && g != 0 && pg != g
}

// unnamedBefore reports whether a noun that says the gender of pronoun p
// (he or she), and no name after it, stands before the pronoun at pos in
// its sentence: the pronoun is more likely that unnamed person's.
func (a *article) unnamedBefore(p string, pos int) bool {
	want := pronounGender(p)
	if want == 0 {
		return false
	}
	t := a.toks
	for j := pos - 1; j >= 0 && t[j].sent == t[pos].sent; j-- {
		if t[j].inQuote() {
			continue
		}
		if nameToken(t, j) {
			s := j
			for s > 0 && nameToken(t, s-1) {
				s--
			}
			if s > 1 && (t[s-1].tag == "IN" || t[s-1].text == "," && nameToken(t, s-2)) {
				j = s // a place: a woman in Worcester, Massachusetts, told him she
				continue
			}
			return false // a person named nearer
		}
		if (personNouns[t[j].lower()] == want || genderedNouns[t[j].lower()] == want) &&
			(j == 0 || t[j-1].tag != "PRP$" && !t[j-1].possessive()) { // not her husband, his father's
			// An apposition names it: his wife, Gabriela Lazar, … she;
			// Gabriela Lazar, his wife, said she.
			if j+2 < pos && t[j+1].text == "," && nameToken(t, j+2) {
				return false
			}
			b := j - 1
			for b > 0 && (determiners[t[b].lower()] || t[b].tag == "PRP$" || t[b].tag == "JJ") {
				b--
			}
			if b < 0 {
				return true
			}
			if passive(t[b].lower()) {
				return false // said of someone: LeVell is a black man who thinks he …
			}
			return b < 1 || t[b].text != "," || !nameToken(t, b-1)
		}
	}
	return false
}

// personNouns are the plain nouns for a person of one gender.
var personNouns = map[string]byte{"woman": 'f', "girl": 'f', "man": 'm', "boy": 'm', "gentleman": 'm'}

// placeMention reports whether mt names a place where something is, not
// one that acts: the crisis in Europe, Canada's provinces. Such a place is
// not what a later "it" stands for.
func (a *article) placeMention(mt mention) bool {
	t := a.toks
	if nationalities[key(lowerAll(mt.ent.name))] == "" {
		return false
	}
	return mt.s > 0 && (t[mt.s-1].tag == "IN" || t[mt.s-1].tag == "TO") || mt.e < len(t) && t[mt.e].possessive()
}

// groupSubject returns the group named by a plural noun as the subject of
// a verb in the paragraph of toks[pos], before it and after the last
// speaker's attribution: Protesters gathered outside. "…," they chanted.
func (a *article) groupSubject(pos int, last *said) (who, bool) {
	t := a.toks
	for j := pos - 1; j >= 0 && t[j].para == t[pos].para && (last == nil || j > last.tok); j-- {
		if t[j].inQuote() || !groupNouns[t[j].lower()] || !a.isSubject(j+1) {
			continue
		}
		np := a.nounPhraseLeft(j + 1)
		for np.s < np.e && determiners[t[np.s].lower()] {
			np.s++
		}
		if np.empty() {
			continue
		}
		name := a.phraseText(np)
		if last != nil && strings.EqualFold(name, last.speaker) {
			return who{}, false
		}
		return who{name: name, typ: Group, conf: 0.7, how: "pronoun"}, true
	}
	return who{}, false
}

// isSubject reports whether the name ending before token e is the subject of
// a verb that follows it: McCaskill scolded, Putin also said.
func (a *article) isSubject(e int) bool {
	k := a.skipRight(e)
	if k >= len(a.toks) || a.toks[k].inQuote() {
		return false
	}
	// The past tense of a reporting verb whatever its tag (Yellen
	// disagreed/NN); not a noun such as Obama's remarks.
	w := a.toks[k].lower()
	past := strings.HasSuffix(w, "ed") && (speechVerbs[w] != "" || objectVerbs[w] != "") && !a.toks[k].capitalized()
	return strings.HasPrefix(a.toks[k].tag, "VB") || past && k > 0 && a.toks[k-1].tag != "POS"
}

// asideOpener reports whether mention mt opens its sentence and an aside
// follows it that the tagger could not close: Clinton, speaking to me for
// the podcast remembers …. Not a list of names (Clinton, Sanders and
// O'Malley).
func (a *article) asideOpener(mt mention) bool {
	t := a.toks
	return mt.s == a.sentenceStart(mt.s) && mt.e+1 < len(t) && t[mt.e].text == "," &&
		!t[mt.e+1].inQuote() && !t[mt.e+1].capitalized() && t[mt.e+1].word()
}

func (a *article) setGender(e *entity, p string) {
	if e == nil {
		return
	}
	switch p {
	case "he":
		e.gender = 'm'
	case "she":
		e.gender = 'f'
	}
}

// entityNamed returns the entity whose canonical name is name, or nil.
func (a *article) entityNamed(name string) *entity {
	for _, e := range a.reg.ents {
		if e.canonical() == name {
			return e
		}
	}
	return nil
}

// addressee returns whom the cue was addressed to: told Kim, said to
// reporters.
func (a *article) addressee(cue phrase) string {
	t := a.toks
	k := cue.e
	lemma := speechVerbs[t[cue.s].lower()]
	if k < len(t) && t[k].lower() == "to" && (lemma == "say" || lemma == "explain" || lemma == "write" || lemma == "speak") {
		k++
	} else if !addresseeVerbs[lemma] {
		return ""
	}
	return a.addresseeName(a.nounPhraseRight(k))
}

// addresseeName returns the canonical name of the addressee np, or np as
// written; resolving it makes its entity known to later pronouns (Reagan
// was asked how …. He responded …).
func (a *article) addresseeName(np phrase) string {
	if np.empty() {
		return ""
	}
	if w := a.resolve(np); w.name != "" && w.how == "name" {
		return w.name
	}
	return a.phraseText(np)
}

// via returns the secondary source named after the cue in its sentence:
// according to a Kremlin readout of the meeting; in a statement.
func (a *article) via(k, sent int) string {
	t := a.toks
	for ; k+1 < len(t) && t[k].sent == sent && !t[k].inQuote(); k++ {
		w := t[k].lower()
		switch {
		case agencies[w] && (speechVerbs[t[k+1].lower()] == "report" || speechVerbs[t[k+1].lower()] == "say"):
			return t[k].text // …, TASS reported
		case w == "according" && t[k+1].lower() == "to":
			return a.phraseText(a.runToPunct(k + 2))
		case a.medium(k):
			return a.phraseText(a.mediumPhrase(k + 1))
		}
	}
	return ""
}

// mediumPhrase returns the medium that starts at toks[k], after its
// preposition: up to punctuation, or to a that or a verb that begins what
// is said (in a statement that Abbott was traveling: a statement).
func (a *article) mediumPhrase(k int) phrase {
	t := a.toks
	p := a.runToPunct(k)
	if e := a.platformEnd(k); e > k {
		return phrase{k, e} // Twitter, not Twitter on Monday
	}
	n := k
	for n < p.e && !sourceNouns[t[n].lower()] {
		n++
	}
	for n+1 < p.e && strings.HasPrefix(t[n+1].tag, "NN") && !t[n+1].capitalized() {
		n++ // a press release, an email thread
	}
	// After its noun, the medium goes on only with what qualifies it: an
	// interview with The Associated Press, a statement released by the
	// campaign. Not into a time (an AP interview Monday), a subject (a
	// Bloomberg interview Trump …) or what is said (a statement that …).
	for e := n + 1; e < p.e; e++ {
		w := t[e].lower()
		stop := w == "that" || a.finite(e) && t[e].tag != "VBN" || t[e].tag == "MD" || a.speechVerb(e) && t[e].tag != "VBN" || t[e].tag == "PRP" ||
			calendarWords[w] && t[e].capitalized() || timeWords[w] && !t[e].capitalized() || a.skipTime(e) > e
		if e == n+1 && t[e].tag != "IN" && t[e].tag != "VBN" && t[e].tag != "TO" {
			stop = true
		}
		if stop {
			for e > n+1 && (t[e-1].tag == "IN" || t[e-1].tag == "TO") {
				e-- // a statement on Thursday: not "a statement on"
			}
			return phrase{k, e}
		}
	}
	return p
}

// sourceNouns are documents and channels through which words reach print.
var sourceNouns = wordSet(`statement readout interview post tweet video letter speech press
	release report transcript broadcast podcast email message filing memo op-ed
	briefing conference ad advertisement petition`)

// viaBefore finds the medium written before cue k in its sentence: In a
// statement, the ministry said; Leavitt, in a post on X, wrote; the town
// released a statement saying.
func (a *article) viaBefore(k int) string {
	t := a.toks
	if doc, ok := a.issued(a.nounPhraseLeft(a.skipLeft(k))); t[k].tag == "VBG" && ok {
		return a.phraseText(doc) // the town released a statement saying
	}
	for j := a.sentenceStart(k); j+2 < k; j++ {
		if !t[j].inQuote() && a.medium(j) {
			return a.phraseText(a.mediumPhrase(j + 1))
		}
	}
	return ""
}

// medium reports whether toks[k] opens the medium of an attribution: in a
// statement, in an interview with CNN, in a post on X.
func (a *article) medium(k int) bool {
	t := a.toks
	if t[k].lower() == "on" && k+1 < len(t) && a.platformEnd(k+1) > k+1 {
		return true // wrote on Twitter, on Truth Social
	}
	if t[k].lower() != "in" || k+2 >= len(t) || !mediumDeterminers[t[k+1].lower()] {
		return false
	}
	// A few words may name or qualify the medium: in a Facebook post, in a
	// brief statement.
	for j := k + 2; j < len(t) && j <= k+5 && !t[j].inQuote() && t[j].word(); j++ {
		if sourceNouns[t[j].lower()] {
			return true
		}
		if !strings.HasPrefix(t[j].tag, "NN") && !strings.HasPrefix(t[j].tag, "JJ") {
			return false
		}
	}
	return false
}

// mediumDeterminers may open a medium: in a statement, in his speech.
var mediumDeterminers = wordSet("a an his her their its")

// platforms are the services on which one writes: wrote on Twitter, on
// Truth Social.
var platforms = func() map[string]bool {
	m := wordSet("Twitter Facebook Instagram X YouTube TikTok Telegram Threads Bluesky Weibo WeChat")
	m["Truth Social"] = true
	return m
}()

// platformEnd returns the end of the platform named at toks[k], or k.
func (a *article) platformEnd(k int) int {
	t := a.toks
	switch {
	case k >= len(t) || t[k].inQuote():
		return k
	case k+1 < len(t) && platforms[t[k].text+" "+t[k+1].text]:
		return k + 2
	case platforms[t[k].text]:
		return k + 1
	}
	return k
}

// runToPunct returns the tokens from k up to the next punctuation mark or
// the end of the sentence.
func (a *article) runToPunct(k int) phrase {
	t := a.toks
	e := k
	for e < len(t) && t[e].sent == t[k].sent && !t[e].inQuote() && (t[e].word() || t[e].text == "'s" || t[e].text == "’s") {
		e++
	}
	return phrase{k, e}
}

// written returns the words of phrase p as the article writes them, on one
// line: Google's chief executive, not Google 's chief executive.
func (a *article) written(p phrase) string {
	return strings.Join(strings.Fields(a.phraseText(p)), " ")
}

// phraseText returns the article text that phrase p covers, or "".
func (a *article) phraseText(p phrase) string {
	if p.empty() {
		return ""
	}
	return a.text[a.toks[p.s].start:a.toks[p.e-1].end]
}

func round2(x float64) float64 {
	return float64(int(x*100+0.5)) / 100
}

// properName reports whether p is a name as written: proper nouns, all
// capitalized, outside any quotation (Huckabee, the White House); not a
// pronoun, a title alone or a capitalized first word (Officials).
func (a *article) properName(p phrase) bool {
	if p.empty() {
		return false
	}
	t := a.toks
	s := p.s
	if t[s].lower() == "the" {
		s++
	}
	if s >= p.e || !strings.HasPrefix(t[p.e-1].tag, "NNP") || titles[t[p.e-1].lower()] || pronouns[t[p.e-1].lower()] != nil {
		return false
	}
	for j := s; j < p.e; j++ {
		if t[j].inQuote() || !t[j].capitalized() {
			return false
		}
	}
	return true
}

// namesBefore extends the name p, the subject of a verb after it, over the
// names coordinated with it: Carson, Fiorina and Huckabee said. They speak
// together, not the one next to the verb. The list opens a clause: at the
// sentence's start, after a comma or a leading word.
func (a *article) namesBefore(p phrase) phrase {
	t := a.toks
	if !a.properName(p) {
		return p
	}
	if institutionWords[t[p.e-1].lower()] {
		// One name: the Science and Technology Directorate.
		if p.s > 1 && t[p.s-1].lower() == "and" {
			if left := a.nounPhraseLeft(p.s - 1); left.e == p.s-1 && a.properName(left) {
				return phrase{left.s, p.e}
			}
		}
		return p
	}
	s, best, and := p.s, p.s, false
	opens := func(s int) bool {
		return s == a.sentenceStart(s) || t[s-1].text == "," || t[s-1].text == "(" || leadWords[t[s-1].lower()]
	}
	for s > 1 {
		c := s - 1
		if t[c].inQuote() {
			break
		}
		if !and && t[c].lower() == "and" {
			and = true
			if t[c-1].text == "," {
				c-- // the serial comma: Carson, Fiorina, and Huckabee
			}
		} else if !and || t[c].text != "," {
			break
		}
		pc := a.partyTagLeft(c)
		left := a.nounPhraseLeft(pc)
		if left.e != pc || !a.properName(left) {
			if t[c-1].capitalized() {
				// A list that runs on into a name: the National
				// Academies of Sciences, Engineering and Medicine.
				return a.nameOf(c-1, p)
			}
			break
		}
		s = left.s
		if opens(s) {
			best = s
		}
	}
	if s == p.s || opens(s) {
		return phrase{s, p.e}
	}
	// A list that does not open a clause is part of a name (the National
	// Academies of Sciences, Engineering and Medicine), or of a phrase
	// (voters in Alabama, Georgia and Virginia said; celebrities like
	// Oprah Winfrey, …, Patti LaBelle and Stevie Wonder, who), unless its
	// first name is another verb's object or in a leading phrase: When
	// Sanders attacked Clinton, Trump and Cruz said; Among Republicans,
	// Trump and Cruz maintained (Trump and Cruz).
	n := a.nameOf(s, p)
	if n == p && (strings.HasPrefix(t[s-1].tag, "VB") || t[s-1].tag == "IN" && s-1 == a.sentenceStart(s-1)) {
		return phrase{best, p.e}
	}
	return n
}

// partyOf reports whether toks[i] is a party that a place follows: the
// description Republican of New York, Democrat of Ohio.
func partyOf(toks []token, i int) bool {
	return i+1 < len(toks) && partyWords[strings.TrimSuffix(toks[i].lower(), "s")] && toks[i+1].lower() == "of"
}

// partyTag reports whether words, the inside of a parenthesis, are a
// party tag: D-Ohio, R-S.C., I, D-Newport News (a state delegate's city).
func partyTag(words []string) bool {
	s := strings.Join(words, "")
	if len(s) < 1 || len(s) > 20 || !strings.ContainsRune("DRI", rune(s[0])) {
		return false
	}
	return len(s) == 1 || len(s) > 2 && s[1] == '-' && s[2] >= 'A' && s[2] <= 'Z'
}

// partyTagLeft returns where a parenthesized party tag that ends at
// toks[c-1] starts (Sherrod Brown (D-Ohio) and …), or c if none does.
func (a *article) partyTagLeft(c int) int {
	t := a.toks
	if c < 3 || t[c-1].text != ")" {
		return c
	}
	if o := a.parenOpen(c-1, 6); o > 0 && partyTag(tokenTexts(t, o+1, c-1)) {
		return o
	}
	return c
}

// partyTagRight returns the index just past a parenthesized party tag
// that opens at toks[o] (Marcia Price (D-Newport News) said), or o if none
// does.
func (a *article) partyTagRight(o int) int {
	t := a.toks
	if o >= len(t) || t[o].text != "(" {
		return o
	}
	if c := a.parenClose(o, 7); c > 0 && partyTag(tokenTexts(t, o+1, c)) {
		return c + 1
	}
	return o
}

// parenClose returns the index of the ) that closes the ( at toks[o], at
// most n-1 tokens on in its sentence, or -1.
func (a *article) parenClose(o, n int) int {
	t := a.toks
	for c := o + 1; c < len(t) && c < o+n && t[c].sent == t[o].sent; c++ {
		if t[c].text == ")" {
			return c
		}
	}
	return -1
}

// parenOpen returns the index of the ( that the ) at toks[c] closes, at
// most n tokens back in its sentence, or -1.
func (a *article) parenOpen(c, n int) int {
	t := a.toks
	for o := c - 1; o >= 0 && o > c-n && t[o].sent == t[c].sent; o-- {
		if t[o].text == "(" {
			return o
		}
	}
	return -1
}

// namesAfter extends the name p over the names coordinated after it:
// said Carson and Huckabee; Carson, Fiorina and Huckabee said. The list
// ends at and; without one, p alone.
func (a *article) namesAfter(p phrase) phrase {
	t := a.toks
	if !a.properName(p) {
		return p
	}
	for e := p.e; e+1 < len(t) && !t[e].inQuote(); {
		last := false
		switch {
		case t[e].lower() == "and":
			last = true
		case t[e].text == "," && t[e+1].lower() == "and":
			last = true
			e++
		case t[e].text != ",":
			return p
		}
		np := a.nounPhraseRight(e + 1)
		if np.s != e+1 || !a.properName(np) {
			return p
		}
		if last {
			return phrase{p.s, np.e}
		}
		e = np.e
	}
	return p
}

// subjectRight returns the speaker named at toks[j], after an inverted
// verb (said Kim), with the names coordinated with it when the sentence or
// clause ends after them: said Carson and Huckabee.
func (a *article) subjectRight(j int) phrase {
	t := a.toks
	np := a.nounPhraseRight(j)
	names := a.namesAfter(np)
	if names != np && (names.e >= len(t) || t[names.e].sent != t[j].sent || strings.Contains(".,;:)", t[names.e].text)) {
		return names
	}
	return np
}

// resolveNames resolves the names coordinated in p, each as resolveName
// does, and joins them: Carson, Fiorina and Huckabee are Ben Carson, Carly
// Fiorina and Mike Huckabee. As written if one of them is not a name.
func (a *article) resolveNames(p phrase) who {
	t := a.toks
	group := who{name: a.written(p), typ: Group, conf: 0.6, how: "group"}
	var names []string
	s := p.s
	for j := p.s; j <= p.e; j++ {
		if j < p.e && t[j].text != "," && t[j].lower() != "and" {
			continue
		}
		for s < j-1 && orPlural(titles, t[s].lower()) {
			s++ // Professors Foner and Alba: one title for both
		}
		if e := a.partyTagLeft(j); e > s {
			w := a.resolveName(phrase{s, e}) // Sherrod Brown (D-Ohio): the name alone
			if w.name == "" || !t[e-1].capitalized() {
				return group
			}
			names = append(names, w.name)
		}
		s = j + 1
	}
	if len(names) < 2 {
		return group
	}
	group.name = strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	return group
}

// nameOf returns p extended to the start of the name that runs on to
// toks[e] before it: capitalized words joined by of, for, and or commas,
// when at least one of and for joins them (the National Academies of
// Sciences, Engineering and Medicine). Else p.
func (a *article) nameOf(e int, p phrase) phrase {
	t := a.toks
	s, joined := e, false
	for s > 0 && !t[s-1].inQuote() && t[s-1].sent == t[e].sent {
		w := t[s-1].lower()
		if w == "of" || w == "for" {
			joined = true
		} else if !t[s-1].capitalized() && w != "," && w != "and" {
			break
		}
		s--
	}
	for s < e && !t[s].capitalized() {
		s++
	}
	if !joined {
		return p
	}
	return phrase{s, p.e}
}

// nameList reports whether the names in m, joined by and, are several: not
// one institution's (the Science and Technology Directorate, the
// Organization for Economic Cooperation and Development).
func (a *article) nameList(m phrase) bool {
	t := a.toks
	if institutionWords[t[m.e-1].lower()] {
		return false
	}
	for j := m.s + 1; j < m.e; j++ {
		if w := t[j].lower(); (w == "of" || w == "for") && isInstitution(t[j-1].lower()) {
			return false
		}
	}
	return true
}

// isInstitution reports whether w is one of institutionWords or its plural:
// the Centers for Disease Control, the National Academies of Sciences.
func isInstitution(w string) bool { return orPlural(institutionWords, w) }

// orPlural reports whether w, or the singular of w, is in set: centers,
// academies, professors.
func orPlural(set map[string]bool, w string) bool {
	if set[w] {
		return true
	}
	if s, ok := strings.CutSuffix(w, "ies"); ok {
		return set[s+"y"]
	}
	s, ok := strings.CutSuffix(w, "s")
	return ok && set[s]
}

// nounVerb reports whether toks[j] is the -s form of a speech verb that
// the tagger read as a plural noun (ad asks, Times reports).
func (a *article) nounVerb(j int) bool {
	t := &a.toks[j]
	return t.tag == "NNS" && !t.inQuote() && lowerWord(t.text) && strings.HasSuffix(t.text, "s") && speechVerbs[t.lower()] != ""
}

// describedName returns the name before desc when desc, a description, is
// in apposition to it: McConnell, now the Senate majority leader.
func (a *article) describedName(desc phrase) (phrase, bool) {
	t := a.toks
	if desc.empty() || !lowerWord(t[desc.e-1].text) {
		return phrase{}, false
	}
	j := desc.s
	for j > 0 && t[j-1].tag == "RB" && !t[j-1].inQuote() {
		j-- // now, also
	}
	if j < 2 || t[j-1].text != "," {
		return phrase{}, false
	}
	np := a.nounPhraseLeft(j - 1)
	if np.e != j-1 || !a.properName(np) {
		return phrase{}, false
	}
	return np, true
}
