package speakers

import (
	"slices"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/quotes"
)

// A report is reported speech found without quotation marks: a reporting
// verb, its subject and the clause it reports.
type report struct {
	clause phrase // the reported clause
	subj   phrase // who said it, as written
	cue    phrase // the reporting verb, or "according to"
	method string // "reported-after", "reported-before", "according-to"
	kind   quotes.Kind
	quotes []int // quotations inside the clause: partial ones make it mixed
	// gap is the cue that interrupts the clause, from the comma before it
	// to the comma after (…, Smith said, …): left out of the quote's text.
	gap phrase
	// named is set when the report stands only if its subject resolves to
	// a speaker: its cue is outside the reporting lexicon.
	named   bool
	dropped bool // named, and the subject did not resolve
	// unnamed is set when no subject was found and the clause's partial
	// quotation alone shows it to be reported: its speaker is the one its
	// quotations get, if any.
	unnamed bool
	// asked is the subject of a passive question, the one asked (Reagan
	// was asked how …): the addressee, not the speaker.
	asked phrase
}

// clauseVerbs are the reporting verbs that take a reported clause:
// say (that) …, warn (that) …, tell someone (that) …. Cognition verbs that
// news writing uses to report positions are among them.
var clauseVerbs = wordSet(`say tell add note explain claim state declare announce insist
	argue warn assert maintain acknowledge admit concede confirm deny reply respond
	answer suggest write tweet post report recall remark comment observe emphasize
	emphasise stress reiterate repeat predict promise vow pledge threaten allege
	complain contend counter retort testify boast brag joke quip reveal disclose
	inform caution concur agree disagree estimate forecast hint imply indicate
	signal underline underscore clarify elaborate assure reassure remind muse speculate
	believe think expect hope fear worry show find`)

// findReports returns the reported speech of the article in text order.
func (a *article) findReports() []report {
	var out []report
	t := a.toks
	for k := range t {
		if t[k].inQuote() {
			continue
		}
		if a.headlineSays(k) {
			if r, ok := a.headlineReport(k); ok && a.checkClause(&r) {
				out = append(out, r)
				continue
			}
		}
		if t[k].headline && t[k].text != ":" {
			continue // a headline's words are too often mistagged; its colon is not
		}
		var r report
		var ok bool
		switch {
		case t[k].lower() == "according" && k+1 < len(t) && t[k+1].lower() == "to":
			r, ok = a.accordingTo(k)
		case t[k].lower() == "in" && k == a.sentenceStart(k):
			r, ok = a.inFindings(k)
		case t[k].text == ":":
			r, ok = a.colonCredit(k)
		case a.askVerb(k):
			r, ok = a.reportedQuestion(k)
		case a.clauseVerb(k):
			if a.invertedCue(k) {
				// The plan, says Carl Anthony, historian at the library, is
				// …: the name after the verb speaks, not the noun before it.
				if rb, found := a.reportedBefore(k); found && a.checkClause(&rb) {
					out = append(out, rb)
					continue
				}
			}
			r, ok = a.reportedAfter(k)
			if !ok || r.unnamed {
				// A subject found by the other patterns comes first: The
				// paradox, says Carl Anthony, is that ….
				unnamed := r
				r, ok = a.reportedBefore(k)
				if !ok && a.objectVerb(k) {
					r, ok = a.reportedObject(k)
				}
				if !ok && unnamed.unnamed {
					r, ok = unnamed, true
				}
			} else if rc := r; a.objectVerb(k) && !a.checkClause(&rc) {
				// No clause after the verb, but an object: Ivanka Trump
				// acknowledged their uphill battle.
				if o, isObject := a.reportedObject(k); isObject {
					r = o
				}
			}
		case a.objectVerb(k):
			r, ok = a.reportedObject(k)
		case speechNouns[t[k].lower()]:
			r, ok = a.nounClause(k)
		}
		if ok && a.checkClause(&r) {
			out = append(out, r)
		}
	}
	return namedFirst(nestedOut(a.quotedComplements(out)))
}

// invertedCue reports whether verb k stands after a comma and before the
// name that is its subject: …, says Carl Anthony, ….
func (a *article) invertedCue(k int) bool {
	t := a.toks
	return k > 0 && a.afterComma(k) && inverting[speechVerbs[t[k].lower()]] && k+1 < len(t) && t[k+1].capitalized() &&
		!t[k+1].inQuote() && !a.subjectRight(k+1).empty()
}

// namedFirst drops the unnamed reports that share words with another
// report: one whose subject was found says better who speaks.
func namedFirst(reps []report) []report {
	return slices.DeleteFunc(slices.Clone(reps), func(r report) bool {
		if !r.unnamed {
			return false
		}
		for _, o := range reps {
			if !o.unnamed && o.clause.s < r.clause.e && r.clause.s < o.clause.e {
				return true
			}
		}
		return false
	})
}

// quotedIn reports whether any of toks[s:e] is inside a quotation.
func (a *article) quotedIn(s, e int) bool {
	return slices.ContainsFunc(a.toks[s:e], func(tk token) bool { return tk.inQuote() })
}

// holdsPartial reports whether toks[p:end] holds the opening mark of a
// partial quotation.
func (a *article) holdsPartial(p, end int) bool {
	for j := p; j < end; j++ {
		if a.opens(j, quotes.Partial) {
			return true
		}
	}
	return false
}

// nestedOut drops the reports that are the whole content of another: in
// Ditto said she expects the campaign "to continue …", what she expects is
// what Ditto said, one attribution, not two. A report further inside a
// longer clause stays: Trump said the deal, which Clinton called "a
// disaster", would go.
func nestedOut(reps []report) []report {
	inside := func(r, o report) bool {
		return o.clause.s == min(r.subj.s, r.cue.s) && r.clause.e <= o.clause.e
	}
	return slices.DeleteFunc(slices.Clone(reps), func(r report) bool {
		for _, o := range reps {
			if o.clause != r.clause && inside(r, o) && r.method != "noun-clause" {
				return true
			}
		}
		return false
	})
}

// quotedComplements adds to reports (in text order) the clauses that a
// partial quotation shows to be reported though no reporting verb governs
// it: Politifact then ruled that Trump's statement was "true"; Trump
// likened the refugees to a "vicious snake". The quotation marks say that
// someone's words are given, and the verb whose complement holds them
// names whose. Such a report stands only if its subject resolves.
func (a *article) quotedComplements(reps []report) []report {
	covered := func(o int) bool {
		for _, r := range reps {
			if r.clause.s <= o && o < r.clause.e {
				return true
			}
		}
		return false
	}
	for qi, q := range a.qs {
		o := a.span[qi][0]
		if q.Kind != quotes.Partial && !a.asComplement(qi) || o < 0 || a.toks[o].headline || covered(o) {
			continue
		}
		if _, _, _, ok := a.governing(qi); ok {
			continue // a reporting verb governs it: attributeOne takes it
		}
		r, ok := a.quotedComplement(qi)
		if !ok || !a.checkClause(&r) || slices.ContainsFunc(r.quotes, func(q int) bool { return a.qs[q].Kind == quotes.Direct }) {
			continue // a direct quotation is no one's complement
		}
		at := len(reps)
		for at > 0 && min(reps[at-1].clause.s, reps[at-1].subj.s, reps[at-1].cue.s) > min(r.clause.s, r.subj.s, r.cue.s) {
			at--
		}
		reps = slices.Insert(reps, at, r)
	}
	return reps
}

// asComplement reports whether quotation qi, a term, is the complement of
// as: admires Putin as a "strong leader". A verb's object is being named
// as someone named it, not the writer: its words are reported.
func (a *article) asComplement(qi int) bool {
	o := a.span[qi][0]
	if a.qs[qi].Kind != quotes.Term || o < 1 {
		return false
	}
	b := o - 1
	if articles[a.toks[b].lower()] && b > 0 {
		b--
	}
	return a.toks[b].lower() == "as" && !a.toks[b].inQuote()
}

// quotedComplement finds the verb nearest to the left of partial quotation
// qi in its sentence whose complement holds it, and makes the complement a
// report with the verb as its cue. Auxiliaries and copulas are passed over
// (is "true"), as are passives, whose subject is not the one who speaks.
func (a *article) quotedComplement(qi int) (report, bool) {
	t := a.toks
	o := a.span[qi][0]
	start := a.sentenceStart(o)
	for k := o - 1; k > start && k >= o-12; k-- {
		if t[k].inQuote() {
			continue
		}
		if w := t[k].text; w == ";" || w == ":" || anyDash(w) {
			return report{}, false
		}
		if !(a.finite(k) && t[k].tag != "VBN" && !a.passiveBefore(k) || a.progressive(k)) || auxiliaries[t[k].lower()] {
			continue
		}
		if t[k].capitalized() {
			return report{}, false // a name's word tagged as a verb: Black Lives Matter
		}
		subj := a.subjectLeft(k)
		if subj.empty() || a.bareRelative(subj) {
			return report{}, false
		}
		if j := subj.s - 1; j >= 0 && (strings.HasPrefix(t[j].tag, "NN") || relative(t[j].lower()) || t[j].lower() == "what" || t[j].lower() == "as") {
			// a relative clause: what she calls a "war", the laptop she
			// used; as the New Yorker put it
			return report{}, false
		}
		p := k + 1
		if p < len(t) && t[p].lower() == "that" {
			p++
		}
		end := a.clauseEnd(p)
		if p >= end || o >= end {
			return report{}, false
		}
		// The clause ends where the writer's words leave the quotation: at
		// a dash, or with the sentence the quotation closes.
		for j := o + 1; j < end; j++ {
			if w := t[j].text; !t[j].inQuote() && (looseDash(w) || w == "(" || w == "," && j+1 < end && relative(t[j+1].lower())) {
				end = j
				break
			}
			if t[j-1].inQuote() && !t[j].inQuote() && t[j].capitalized() && endsSentence(a.qs[t[j-1].quote].Text) {
				end = j // … an "outlaw nation in the neighborhood." Russia insisted
				break
			}
		}
		end = a.complementEnd(p, end)
		return report{clause: phrase{p, end}, subj: subj, cue: phrase{k, k + 1}, method: "quoted-complement", named: true}, true
	}
	return report{}, false
}

// progressive reports whether toks[k] is a present participle after a form
// of be, adverbs between: is describing, has been steadily pounding.
func (a *article) progressive(k int) bool {
	t := a.toks
	if t[k].tag != "VBG" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && !t[j].inQuote(); j-- {
		switch w := t[j].lower(); {
		case w == "being":
			return false
		case passive(w) || w == "'s" || w == "'re" || w == "am":
			return true
		case t[j].tag != "RB":
			return false
		}
	}
	return false
}

// auxiliaries are the forms of be, have and do, and the modals: verbs that
// hold no one's words.
var auxiliaries = wordSet(`be is are was were am been being have has had having do does did
	will would shall should can could may might must 's 're 've 'd 'm`)

// clauseVerb reports whether toks[k] is a reporting verb that can take a
// clause, used as a verb and not in the passive (is said to be).
func (a *article) clauseVerb(k int) bool {
	t := a.toks
	lemma := speechVerbs[t[k].lower()]
	if lemma == "" {
		lemma = cognition[t[k].lower()]
	}
	if lemma == "" {
		lemma = evidential[t[k].lower()]
	}
	if lemma == "" || !clauseVerbs[lemma] && !a.pointOut(k) || !strings.HasPrefix(t[k].tag, "VB") || a.supposition(k) {
		return false
	}
	if a.passiveBefore(k) && !strings.HasSuffix(t[k].lower(), "ing") {
		return false
	}
	return true
}

// asLead reports whether subj follows an as that opens its sentence: As
// Politico reported, …; the clause after the comma is what is reported.
func (a *article) asLead(subj phrase) bool {
	return !subj.empty() && subj.s > 0 && a.toks[subj.s-1].lower() == "as" && a.sentenceStart(subj.s) == subj.s-1
}

// pointOut reports whether toks[k] is point with the particle out, which
// takes a clause: pointed out that Hawaii rarely gets two hurricanes.
func (a *article) pointOut(k int) bool {
	t := a.toks
	return speechVerbs[t[k].lower()] == "point" && k+1 < len(t) && t[k+1].lower() == "out" && !t[k+1].inQuote()
}

// askVerb reports whether toks[k] is a form of ask used as a verb.
func (a *article) askVerb(k int) bool {
	t := a.toks
	if t[k].text == "Asked" && k == a.sentenceStart(k) {
		return true // prose may tag it as an adjective there
	}
	return speechVerbs[t[k].lower()] == "ask" && strings.HasPrefix(t[k].tag, "VB") && t[k].tag != "VBG"
}

// topicWords open what a question is about or a request is for: asked
// about his speeches, asked the court for quick action.
var topicWords = wordSet("about for")

// questionWords open a reported question: asked whether, asked him why.
var questionWords = wordSet("whether if who whom what why how when where which")

// reportedQuestion matches a reported question or request: Tanden asked
// Holder whether …; He asked the woman to raise her voice; Sanders was
// asked by host John Dickerson whether …; and, its asker unnamed (the
// speaker is then null), Asked whether …, Johnson demurred.
func (a *article) reportedQuestion(k int) (report, bool) {
	t := a.toks
	sent := t[k].sent
	start := a.sentenceStart(k)
	p := k + 1
	var subj phrase
	unnamed := false
	prev := ""
	if k > 0 && t[k-1].sent == sent {
		prev = t[k-1].lower()
	}
	pass := a.passiveBefore(k) // was asked, was once asked
	var asked phrase
	switch {
	case k == start || prev == "when" || prev == "if" || prev == "after" || prev == "as":
		unnamed = true // Asked whether …, Johnson demurred
		subj = phrase{k, k}
	case pass:
		subj = phrase{k, k}
		asked = a.subjectLeft(k)
		if p+1 < len(t) && t[p].lower() == "by" {
			subj = a.nounPhraseRight(p + 1)
			if subj.empty() {
				return report{}, false
			}
			p = subj.e
		}
	default:
		subj = a.subjectLeft(k)
		if subj.empty() || a.bareRelative(subj) {
			return report{}, false
		}
	}
	// A time or an adverb first: Asked on Monday whether …; Asked
	// specifically what ….
	for q := a.skipTime(p); q < len(t) && q < p+6; q = a.skipTime(q + 1) {
		if t[q].inQuote() || !(questionWords[t[q].lower()] || t[q].tag == "RB" && strings.HasSuffix(t[q].lower(), "ly")) {
			break
		}
		if questionWords[t[q].lower()] {
			p = q
			break
		}
	}
	clause := p
	if p < len(t) && !questionWords[t[p].lower()] && t[p].lower() != "to" && !topicWords[t[p].lower()] {
		np := a.nounPhraseRight(p) // the addressee
		if np.empty() || unnamed || pass {
			return report{}, false
		}
		p = np.e
		if ae, ok := a.asideEnd(p); p < len(t) && t[p].text == "," && ok && ae+1 < len(t) && (t[ae+1].lower() == "to" || questionWords[t[ae+1].lower()]) {
			p = ae + 1 // asked Lester Holt, the moderator, to fact check …
		}
	}
	p = a.skipTime(p)
	if p >= len(t) || t[p].inQuote() || t[p].sent != sent {
		return report{}, false
	}
	switch {
	case questionWords[t[p].lower()]:
		clause = p
	case t[p].lower() == "to" && (p > clause || unnamed):
		// A request: the addressee belongs to it (asked him to condemn
		// violence).
	case topicWords[t[p].lower()] && p+1 < len(t) && t[p+1].sent == sent:
		// What the question is about (Asked about his paid speeches, …) or
		// what is asked for (asked the court for quick action).
		p++
		clause = p
	default:
		return report{}, false
	}
	end := a.clauseEnd(p)
	topic := topicWords[t[clause-1].lower()]
	if topic {
		end = a.objectEnd(p, end) // asked for the information in a letter
	}
	if unnamed || topic {
		for j := p; j < end; j++ {
			if t[j].text == "," && !t[j].inQuote() {
				end = j // Asked whether …, Johnson demurred
				break
			}
			if t[j].text == "," && j+1 < end && t[j+1].mark && t[j+1].quote == t[j].quote {
				end = j + 2 // the quotation's comma: Asked if he is “realistic,” 72 percent said
				break
			}
		}
	}
	if end-clause < 3 && (unnamed || !a.objectNoun(phrase{clause, end})) || end-clause == 1 && t[clause].tag == "PRP" {
		return report{}, false // not asked for it; not (when) asked about the polls, by no one named
	}
	return report{clause: phrase{clause, end}, subj: subj, cue: phrase{k, k + 1}, method: "reported-question", asked: asked}, true
}

// bareRelative reports whether the subject found is a relative pronoun
// alone (the man who said …), whose antecedent was not found.
func (a *article) bareRelative(subj phrase) bool {
	return subj.e-subj.s == 1 && relative(a.toks[subj.s].lower())
}

// objectVerbs maps the forms of the speech acts whose content is their
// object, a noun phrase or an infinitive more often than a clause: the
// senator urged Congress to act; she criticized the deal (phrasal holds
// those with a particle: called for a ban). Stances that are not speech acts
// (support, oppose, endorse, welcome) are left out: on PolNeAR train fewer
// than 4 in 10 of them were attributions. They are apart from speechVerbs so
// that no other rule takes them as cues.
var objectVerbs = inflect(`urge demand propose criticize criticise condemn praise
	reject question cite accuse dismiss defend blame denounce decry tout hail laud slam
	blast attack applaud encourage echo mock assail rebuke reference portray champion
	discuss recommend ridicule lambaste chide scold excoriate berate taunt belittle deride
	disparage castigate admonish reprimand bemoan invoke knock rebuff
	congratulate outline reaffirm downplay contradict articulate trumpet affirm disavow
	retweet mention reiterate repeat stress emphasize emphasise highlight underscore detail
	disclose recount recall explain lament acknowledge promise confirm predict`)

// causative holds the objectVerbs whose subject is as often a thing as a
// speaker (low rates encourage borrowing): their reports stand only if the
// subject resolves to someone the article names.
var causative = inflect(`encourage`)

// objectVerb reports whether toks[k] is one of objectVerbs or a phrasal
// speech act with its particle, as an active verb: finite, in the
// progressive, or the infinitive of a verb that passes its subject on
// (continued to criticize); not a participle (criticized by) nor another
// base form (plans to criticize, would criticize).
func (a *article) objectVerb(k int) bool {
	t := a.toks
	switch {
	case t[k].tag == "VBG" && k > 0 && (a.afterComma(k) || t[k-1].lower() == "and" && a.afterParticiple(k-1)):
		// …, calling the deal "a disaster" and accusing him of …: the
		// subject of the main clause.
	case t[k].tag == "VBG" && a.passiveBefore(k) && t[k-1].lower() != "so-called":
		// Progressive: Republicans are slamming Kaine; have been demanding
		// that police release the video.
	case a.infinitiveOf(k) >= 0:
		// continued to criticize the judge
	case t[k].tag == "VB" && a.afterDo(k):
		// he did call for more accountability
	case t[k].tag == "VBG" && (objectVerbs[t[k].lower()] != "" || speechVerbs[t[k].lower()] != "" || phrasalForms[t[k].lower()] != "") && a.issuedBefore(k):
		// started a petition this week calling on Democratic candidates …;
		// released an ad attacking Trump
	case !strings.HasPrefix(t[k].tag, "VB") || t[k].tag == "VBG" || t[k].tag == "VB" || a.passiveBefore(k):
		return false
	}
	return objectVerbs[t[k].lower()] != "" || a.particle(k) > k
}

// issuedBefore reports whether a document someone issued stands before
// participle k: launched petitions calling on …, an ad attacking Trump.
func (a *article) issuedBefore(k int) bool {
	if k == 0 || a.toks[k-1].inQuote() {
		return false
	}
	_, ok := a.issued(a.nounPhraseLeft(a.skipLeft(k)))
	return ok
}

// afterDo reports whether a form of do stands before verb k, past
// adverbs and not: did call for, does not criticize.
func (a *article) afterDo(k int) bool {
	j := a.auxiliaryBefore(k)
	if j < 0 {
		return false
	}
	switch a.toks[j].lower() {
	case "do", "does", "did":
		return true
	}
	return false
}

// afterParticiple reports whether and at toks[c] joins a participle to one
// of speech that a comma sets off before it in its sentence: …, calling
// him a "stiff" and accusing him of ….
func (a *article) afterParticiple(c int) bool {
	t := a.toks
	for j := c - 1; j > 0 && t[j].sent == t[c].sent; j-- {
		if t[j].tag == "VBG" && t[j-1].text == "," && !t[j].inQuote() {
			return objectVerbs[t[j].lower()] != "" || speechVerbs[t[j].lower()] != "" || a.particle(j) > j
		}
	}
	return false
}

// phrasal maps the lemmas of speech acts whose content is the object of a
// particle to their particles: called for a ban, talked about the economy,
// warned of a recession, pointed to the polls. An empty particle stands for
// a direct object: described the plan as a disaster.
var phrasal = map[string][]string{
	"call": {"for", "on", ""}, "talk": {"about"}, "speak": {"about", "of", "against"}, "point": {"to"},
	"rail": {"against"}, "warn": {"of", "about", "against"}, "complain": {"about", "of"},
	"refer": {"to"}, "argue": {"for", "against"}, "push": {"for"}, "advocate": {"for"},
	"joke": {"about"}, "boast": {"about", "of"}, "brag": {"about"}, "comment": {"on"},
	"testify": {"about", "on"}, "hint": {"at"}, "allude": {"to"}, "insist": {"on"},
	"lash": {"out at"}, "express": {""}, "voice": {""}, "describe": {""},
	"characterize": {""}, "announce": {""}, "deny": {""}, "reveal": {""},
}

// phrasalForms holds the forms of the lemmas of phrasal that speechVerbs
// lacks.
var phrasalForms = inflect("call talk speak rail push advocate allude lash express voice")

// particle returns the index where the content of a phrasal speech act at
// toks[k] starts, past its particle, or k if toks[k] is none.
func (a *article) particle(k int) int {
	t := a.toks
	w := t[k].lower()
	lemma := speechVerbs[w]
	if lemma == "" {
		lemma = phrasalForms[w]
	}
	for _, p := range phrasal[lemma] {
		j := k + 1
		if (lemma == "talk" || lemma == "speak") && p != "" {
			var to bool
			if j, to = a.talkedTo(j); to && p != "about" {
				continue // spoke to the Conference of Mayors: of is the name's
			}
		}
		for _, pw := range strings.Fields(p) {
			if j >= len(t) || t[j].lower() != pw || t[j].inQuote() {
				j = -1
				break
			}
			j++
		}
		if (j > k+1 || j == k+1 && p == "") && (lemma != "call" || a.callsOut(k, j, p)) {
			return j
		}
	}
	return k
}

// talkedTo returns where the particle of talk or speak may stand, after
// toks[j-1]: past an adverb of manner (spoke highly of, talked openly
// about) and whom they talked to (spoke to CNN about, talking with
// voters about). It reports whether it passed over whom: then only about
// may follow.
func (a *article) talkedTo(j int) (int, bool) {
	t := a.toks
	if j < len(t) && t[j].tag == "RB" && strings.HasSuffix(t[j].lower(), "ly") && !t[j].inQuote() {
		j++
	}
	if j+1 < len(t) && (t[j].lower() == "to" || t[j].lower() == "with") && !t[j].inQuote() {
		if np := a.nounPhraseRight(j + 1); !np.empty() && np.e-np.s <= 5 {
			return np.e, true
		} else if objectPronouns[t[j+1].lower()] && !t[j+1].inQuote() {
			return j + 2, true
		}
	}
	return j, false
}

// callsOut reports whether call at toks[k], its content starting at
// toks[j] after particle p, is a speech act: called on Congress to act (not
// called on Tuesday); called the deal "a disaster", called Trump a liar
// (not called a press conference, called reporters, called the race): a
// name is given to the object, quoted or after a or an.
func (a *article) callsOut(k, j int, p string) bool {
	t := a.toks
	switch p {
	case "for":
		return true
	case "on":
		return a.skipTime(j-1) == j-1 // not a date: called on Tuesday
	}
	end := a.clauseEnd(j)
	for q := j; q < end && q < j+10; q++ {
		if t[q].mark {
			return q > j // the object comes first: called it "a farce"
		}
	}
	if w := t[j].lower(); (objectPronouns[w] || w == "it") && j+1 < end && a.skipTime(j+1) == j+1 {
		// A pronoun, then the name it is given: called him a kind, loving
		// and admirable person; call it the nerd prom. Not called him
		// Tuesday, called her back, called him the next day.
		for q := j + 1; q < end && q <= j+4; q++ {
			if timeWords[t[q].lower()] && strings.HasPrefix(t[q].tag, "NN") {
				return false
			}
		}
		switch n := t[j+1]; {
		case n.lower() == "a" || n.lower() == "an" || n.lower() == "the" || n.tag == "PRP$" || n.tag == "JJ" || strings.HasPrefix(n.tag, "NN") && !n.capitalized():
			return true
		}
		return false
	}
	np := a.nounPhraseRight(j)
	if np.empty() {
		return false
	}
	for q := np.s + 1; q+1 < np.e; q++ {
		if strings.HasPrefix(t[q-1].tag, "NN") && t[q].tag == "JJ" && strings.HasPrefix(t[q+1].tag, "NN") {
			return true // the noun phrase ran on into the name: called the report fake news
		}
	}
	if np.e >= end {
		return false
	}
	// The name given follows the object, past what qualifies it: called
	// her vote in favor of the Iraq War a mistake; called the charges
	// unsubstantiated.
	for _, q := range []int{np.e, a.skipPrepositions(np.e)} {
		if q < end && (t[q].lower() == "a" || t[q].lower() == "an" || t[q].tag == "JJ" && q+1 < len(t) && !strings.HasPrefix(t[q+1].tag, "NN")) {
			return true
		}
	}
	return false
}

// reportedObject matches SUBJECT VERB OBJECT for a speech act of
// objectVerbs: the content is the object, up to the end of its clause.
func (a *article) reportedObject(k int) (report, bool) {
	t := a.toks
	subj := a.subjectLeft(k)
	unnamed := subj.empty() || a.bareRelative(subj)
	if !unnamed && subj.e-subj.s == 1 && t[subj.s].lower() == "it" {
		return report{}, false
	}
	p := max(k+1, a.particle(k))
	end := a.clauseEnd(p)
	if p >= end || t[p].text == "," || t[p].inQuote() && t[p].mark && a.qs[t[p].quote].Kind == quotes.Direct {
		return report{}, false
	}
	if a.issuedSaying(k, p) {
		return report{}, false // released a statement saying …: the participle reports
	}
	end = a.objectEnd(p, a.complementEnd(p, end))
	if unnamed {
		if causative[t[k].lower()] != "" || !a.holdsPartial(p, end) {
			return report{}, false
		}
		subj = phrase{k, k}
	}
	return report{clause: phrase{p, end}, subj: subj, cue: phrase{k, k + 1}, method: "reported-object", named: causative[t[k].lower()] != "", unnamed: unnamed}, true
}

// complementEnd ends an object clause [p, end) at the close of a partial
// quotation that is the object's complement: described Clinton as a
// "disgrace" after she attacked …; accused the leader of "fanatic
// recklessness"; called the remarks "racist," an extraordinary indictment.
// What follows is the writer's, not the speaker's.
func (a *article) complementEnd(p, end int) int {
	t := a.toks
	for j := p + 1; j < end; j++ {
		q := t[j].quote
		if q < 0 || a.span[q][0] != j {
			continue // not the opening mark of a quotation
		}
		if a.qs[q].Kind == quotes.Direct {
			return end
		}
		// The word before the quotation, past an article or adjectives,
		// says whether it is the complement: as a "disgrace", of "fanatic …".
		b := j - 1
		for b > p && (articles[t[b].lower()] || t[b].tag == "JJ") {
			b--
		}
		c := min(a.span[q][1], end)
		if w := t[b].lower(); w != "as" && w != "of" && w != "like" {
			if a.commaClosed(q, c, end) {
				return c
			}
			continue
		}
		if c < end && complementGoesOn[t[c].lower()] {
			return end // as "provocative" and a "grave threat" to …
		}
		return c
	}
	return end
}

// objectEnd ends an object [p, end) before what its noun phrase cannot
// hold: a second predicate of the subject (promised a veto and attempted to
// make the case), the medium (called for more school investment in a
// statement), a clause that gives the occasion (a tightening race as Trump
// consolidates the support of the party; Mr. Obama as a climate evangelist
// when he ran for the White House).
func (a *article) objectEnd(p, end int) int {
	t := a.toks
	end = a.verbless(p, end)
	for k := p + 1; k+1 < end; k++ {
		if t[k].inQuote() {
			continue
		}
		w := t[k].lower()
		switch {
		case (subordinators[w] && w != "if" && w != "whether" || w == "as") && a.mainClause(k+1):
			if t[k-1].text == "," {
				return k - 1
			}
			return k
		case a.venue(k): // the medium too: in a statement
			return k
		case (w == "on" || w == "last" || w == "this" || w == "earlier") && a.skipTime(k) > k && a.skipTime(k) >= end-1:
			return k // highlighted the plight of single mothers on Tuesday
		case w == "," && (t[k+1].lower() == "who" || t[k+1].lower() == "which"):
			return k // cited criticism of Matt Lauer, who took heat …: the writer's gloss
		case w == "," && a.finite(k+1) && !t[k+1].inQuote():
			return k // Peña Nieto, contradicting Trump, said …: the participle's object ends at the comma
		}
	}
	return end
}

// venueNouns are the occasions at which something is said.
var venueNouns = wordSet(`rally rallies conference event debate hearing forum meeting speech
	fundraiser luncheon dinner breakfast stop appearance gathering summit convention
	session briefing interview`)

// venue reports whether toks[k] opens the occasion or the medium of a
// speech act, which ends its object: mocked Clinton's stamina at a rally in
// Ohio; cited the figure at last week's forum; attacked Machado in
// early-morning tweets.
func (a *article) venue(k int) bool {
	t := a.toks
	nouns := venueNouns
	switch t[k].lower() {
	case "at", "during":
	case "in":
		nouns = sourceNouns // in early-morning tweets, in his speech
	default:
		return false
	}
	for j := k + 1; j < len(t) && j <= k+5 && !t[j].inQuote(); j++ {
		w := strings.TrimSuffix(t[j].lower(), "s")
		if nouns[w] || nouns[t[j].lower()] {
			return true
		}
		if !t[j].word() && !t[j].possessive() || strings.HasPrefix(t[j].tag, "VB") || t[j].tag == "IN" {
			return false
		}
	}
	return false
}

// secondPredicate reports whether and at toks[k] joins a second predicate
// to the subject of the reporting verb, after content [p, k) with no verb
// of its own: promised a veto and attempted …; called it "disqualifying"
// and tweeted …. After a verb (said he would order a review and warned …;
// the movement that's sweeping the country and boosting …) the and may
// join two of the content's; it stays.
func (a *article) secondPredicate(p, k int) bool {
	t := a.toks
	j := k + 1
	if j+1 < len(t) && t[j].tag == "RB" {
		j++ // and then tweeted
	}
	if j >= len(t) || t[j].inQuote() {
		return false
	}
	switch t[j].tag {
	case "VBD", "VBZ", "VBP", "VBG", "MD":
	default:
		return false
	}
	for q := p; q < k; q++ {
		if !t[q].inQuote() && (strings.HasPrefix(t[q].tag, "VB") || t[q].tag == "MD" || t[q].possessive() && q > p && pronouns[t[q-1].lower()] != nil) {
			return false // a verb (he's proud …, the process of crafting …) may take the and
		}
	}
	return true
}

// verbless ends content [p, end) that has no verb of its own at an and that
// joins a second predicate to the reporting verb's subject: promised a veto
// and attempted to make the case.
func (a *article) verbless(p, end int) int {
	for k := p + 1; k+1 < end; k++ {
		if a.toks[k].lower() == "and" && !a.toks[k].inQuote() && a.secondPredicate(p, k) {
			if a.toks[k-1].text == "," {
				return k - 1
			}
			return k
		}
	}
	return end
}

// commaClosed reports whether quotation q, which closes before toks[c],
// ends with a comma that ends what it complements: called the remarks
// "racist," an extraordinary indictment; not a list of quotations ("racist,"
// "un-American" and …) nor one that goes on (and).
func (a *article) commaClosed(q, c, end int) bool {
	t := a.toks
	comma := a.span[q][1]-2 > a.span[q][0] && t[a.span[q][1]-2].text == ","
	n := c
	if !comma && c < end && t[c].text == "," {
		comma, n = true, c+1
	}
	if !comma || n >= end {
		return comma
	}
	if complementGoesOn[t[n].lower()] || cueFollows(t, n) {
		return false // "awful," Rubio said: the credit, not an apposition
	}
	for n < end && articles[t[n].lower()] {
		n++ // a list: "a "nasty guy," an "anchor baby""
	}
	return n >= end || !t[n].mark
}

// articles are the articles, which may stand between a preposition and its
// quoted complement: as a "disgrace".
var articles = wordSet("a an the")

// complementGoesOn holds the words after a quotation with which the
// complement it ends goes on: more of it (and, or), or what the quoted noun
// takes (a "threat" to, a "war" on).
var complementGoesOn = wordSet("and or nor to for of on in with against that which who whose")

// evidential maps the forms of the verbs with which a document reports
// what it holds: the poll shows (that) …, the study found …. Only a
// document is their subject (see [isDocument]); a person who finds a key
// reports nothing.
var evidential = map[string]string{
	"show": "show", "shows": "show", "showed": "show", "shown": "show", "showing": "show",
	"find": "find", "finds": "find", "found": "find", "finding": "find",
}

// documentSubject returns the subject of evidential verb k if it names a
// document: the poll shows; video of the incident shows (the head before
// of); the latest poll released Friday shows, a survey conducted by the
// One America News Network found (past a participle phrase).
func (a *article) documentSubject(subj phrase, k int) (phrase, bool) {
	t := a.toks
	if !subj.empty() {
		head := a.ofHead(subj)
		if head < 0 {
			head = subj.e - 1
		}
		if isDocument(t[head].lower()) {
			return subj, true
		}
		if subj.s > 1 && t[subj.s-1].lower() == "of" {
			if np := a.nounPhraseLeft(subj.s - 1); !np.empty() && isDocument(t[np.e-1].lower()) {
				return phrase{np.s, subj.e}, true // video of the incident
			}
		}
	}
	for j := k - 1; j > 1 && j >= k-10 && t[j].sent == t[k].sent && !t[j].inQuote(); j-- {
		if t[j].tag == "VBN" && isDocument(t[j-1].lower()) {
			if np := a.nounPhraseLeft(j); !np.empty() {
				return np, true // the latest poll released Friday
			}
		}
	}
	return subj, false
}

// isDocument reports whether the head word w names a document or a body of
// evidence: poll, polls, the survey, the data.
func isDocument(w string) bool {
	if documentNouns[w] {
		return true
	}
	switch w {
	case "research", "figures", "numbers", "statistics", "records", "estimates", "results", "findings", "analyses", "studies", "surveys", "polls", "reports", "documents", "email", "emails", "filings", "tallies", "tally", "count", "estimate", "projection", "projections", "calculations", "tabulation", "record", "disclosures",
		"video", "footage", "recording", "photo", "photos", "map", "chart", "slide", "slides", "graphic", "average", "averages", "returns",
		"article", "story", "editorial", "column", "op-ed", "headline", "caption", "tweet", "ad", "advertisement", "petition":
		return true
	}
	return false
}

// cognition maps the forms of the cognition verbs in clauseVerbs to their
// lemmas; speechVerbs holds the others.
var cognition = inflect("believe think expect hope fear worry")

// findsThat reports whether evidential verb k is a form of find with a
// that-clause and a subject who can have found it, a person or a body
// rather than a document: the researchers found that …, the Department of
// Justice found that …. Not he found the area welcoming, nor it found.
func (a *article) findsThat(subj phrase, k int) bool {
	t := a.toks
	p := a.skipTime(k + 1)
	return evidential[t[k].lower()] == "find" && a.finite(k) && !a.passiveBefore(k) && p < len(t) && t[p].lower() == "that" &&
		!subj.empty() && !t[subj.s].inQuote() && t[subj.s].lower() != "it" && t[subj.s].lower() != "which" && t[subj.s].lower() != "that"
}

// reportedAfter matches SUBJECT VERB [ADDRESSEE] [that] CLAUSE: Putin said
// (that) sending the troops was Kim's idea.
func (a *article) reportedAfter(k int) (report, bool) {
	t := a.toks
	subj := a.subjectLeft(k)
	if evidential[t[k].lower()] != "" {
		d, ok := a.documentSubject(subj, k)
		if !ok && !a.findsThat(subj, k) {
			return report{}, false
		}
		if ok {
			subj = d
		}
	}
	unnamed := subj.empty() || a.bareRelative(subj)
	p := k + 1
	lemma := speechVerbs[t[k].lower()]
	if addresseeVerbs[lemma] && (p >= len(t) || t[p].lower() != "that") { // warned that Clinton …: no addressee
		if np := a.nounPhraseRight(p); !np.empty() {
			p = a.skipPrepositions(a.possessed(np.e)) // told a gathering in Washington
		} else if p < len(t) && objectPronouns[t[p].lower()] && !t[p].inQuote() {
			p++
			if p+1 < len(t) && t[p].lower() == "and" {
				if np := a.nounPhraseRight(p + 1); np.s == p+1 && !np.empty() {
					p = np.e // told him and his associates to …
				}
			}
			p = a.skipPrepositions(p) // telling her in a debate that
		}
	}
	if a.pointOut(k) {
		p++
	}
	p = a.skipTime(p)
	if a.setOffAdverb(p) {
		p += 3 // said, twice, that …; said, however, the plan …
	}
	if p+1 < len(t) && t[p].text == "," && a.asLead(subj) {
		p++ // As Politico reported, the campaign spent …
	}
	that := p < len(t) && t[p].lower() == "that"
	if that {
		p++
		if p+1 < len(t) && t[p].text == "," && !t[p+1].inQuote() && a.finite(k) && (k == 0 || t[k-1].lower() != "having") {
			p++ // said that, during the period when …, Gates was …; not Having said that, …
		}
	}
	if !that && a.issuedSaying(k, p) {
		return report{}, false // posted tweets saying …: the participle reports
	}
	if !that && lemma == "agree" && p < len(t) && (t[p].lower() == "a" || t[p].lower() == "an") {
		return report{}, false // agreed a partnership agreement: a deal, not words
	}
	end := a.verbless(p, a.relativeEnd(k, p, a.clauseEnd(p)))
	if c, _, ok := a.leadParticiple(k); ok && c > p && c < end {
		end = c // Claiming the criticism was designed …, Trump said
	}
	if c := a.interposedEnd(k); c > p && c < end {
		// A participle's content ends at the comma before a finite verb:
		// Mr. Biden, recalling their breakfasts, described himself as …;
		// Trump took a hands-off approach, suggesting …, was tepid about ….
		end = c
	}
	if p >= end || strings.Contains(",.;)", t[p].text) || t[p].mark && a.qs[t[p].quote].Kind == quotes.Direct {
		return report{}, false
	}
	if !that && lemma == "maintain" && a.thingObject(p, end) {
		return report{}, false // maintained her lead: kept it, said nothing
	}
	if lemma == "add" && !that && a.addsThing(p, end) {
		return report{}, false // added another job title to his resume: a thing, not words
	}
	// A participle after a subordinator is when or how the saying was
	// done: said when asked about the polls; said while campaigning.
	reduced := subordinators[t[p].lower()] && p+1 < end && (t[p+1].tag == "VBN" || t[p+1].tag == "VBG") && !t[p+1].inQuote()
	if !that && (t[p].tag == "IN" || reduced || t[p].lower() == "to" && !infinitive[lemma] && !infinitive[cognition[t[k].lower()]]) && !t[p].inQuote() && t[p].lower() != "whether" && t[p].lower() != "if" && !a.approximate(p) {
		// An adjunct first: said during a rally in Michigan that …; the
		// clause starts after its "that". With none, as in said at the start
		// of a meeting, or a video posted by the Kremlin, nothing is reported.
		q := p + 1
		for q < end && q < p+16 && (!t[q].inQuote() || a.qs[t[q].quote].Kind == quotes.Term) && t[q].lower() != "that" {
			q++
		}
		if q < end && q < p+16 && t[q].lower() == "that" && q+1 < end {
			p = q + 1
		} else if c, ok := a.adjunctClause(p); ok {
			end = a.verbless(c+1, a.relativeEnd(k, c+1, a.clauseEnd(c+1)))
		} else {
			return report{}, false
		}
	}
	if unnamed {
		// No one named says it; a partial quotation in the clause still
		// shows that it is someone's words: by announcing that the claim
		// was "true".
		if !a.holdsPartial(p, end) {
			return report{}, false
		}
		subj = phrase{k, k}
	}
	return report{clause: phrase{p, end}, subj: subj, cue: phrase{k, k + 1}, method: "reported-after", unnamed: unnamed}, true
}

// setOffAdverb reports whether toks[c:c+3] is an adverb between commas:
// said, twice, that; has, however, revealed.
func (a *article) setOffAdverb(c int) bool {
	t := a.toks
	return c >= 0 && c+3 < len(t) && t[c].text == "," && strings.HasPrefix(t[c+1].tag, "RB") && t[c+2].text == "," && !t[c+1].inQuote()
}

// addsThing reports whether toks[p:end], after a form of add, is a thing
// added to another (another job title to his resume) or a sum (adds up to
// $8.5 million): no verb, no quotation, and to or up in it. Not I'd add a
// historical reason, nor added the words, “Hillary Clinton.”
func (a *article) addsThing(p, end int) bool {
	t := a.toks
	if a.hasVerb(p, end) || a.quotedIn(p, end) {
		return false
	}
	return slices.ContainsFunc(t[p:end], func(x token) bool { return x.lower() == "to" || x.lower() == "up" })
}

// thingObject reports whether toks[p:end] opens with a noun phrase that no
// finite verb of its own follows, an object and not a clause: maintained
// her lead over Clinton; not maintained the emails were not marked.
func (a *article) thingObject(p, end int) bool {
	t := a.toks
	if t[p].inQuote() || pronouns[t[p].lower()] != nil {
		return false
	}
	w := t[p].lower()
	if !determiners[w] && t[p].tag != "PRP$" && t[p].tag != "CD" && w != "$" {
		return false
	}
	np := a.nounPhraseRight(p)
	if np.empty() || np.s != p {
		return false
	}
	if np.e >= end {
		return true // maintained a wide lead
	}
	q := np.e
	if t[q].tag == "RB" && q+1 < end {
		q++
	}
	return !a.tensed(q)
}

// clauseAdjuncts open an adjunct that belongs to the reported clause, not
// to the saying, when a comma, a subject and its verb follow: says despite
// being an alumna, she plans to root for Iowa.
// (Not with: joked with his best friend at the table, his brother grew
// impatient.)
var clauseAdjuncts = wordSet("despite although though because unless once since given whereas")

// adjunctClause reports whether toks[p:] is a clause that opens with one
// of clauseAdjuncts: the adjunct, a comma, then a subject and a finite
// verb. It returns the comma.
func (a *article) adjunctClause(p int) (int, bool) {
	t := a.toks
	if !clauseAdjuncts[t[p].lower()] {
		return 0, false
	}
	for c := p + 2; c+2 < len(t) && c < p+16 && !t[c].inQuote() && t[c].sent == t[p].sent; c++ {
		if t[c].text == "," {
			np := a.nounPhraseRight(c + 1)
			v := a.skipRight(np.e)
			return c, !np.empty() && v < len(t) && t[v].sent == t[p].sent && a.tensed(v)
		}
	}
	return 0, false
}

// issuedSaying reports whether toks[p], after cue k, opens a document that
// a speech participle follows: (posted) tweets saying …, (released) a
// statement Wednesday announcing …. The participle's report, whose via the
// document is, takes what they say. One who cites or quotes a document
// (cites a memo saying …) reports it.
func (a *article) issuedSaying(k, p int) bool {
	t := a.toks
	if citing[speechVerbs[t[k].lower()]] {
		return false
	}
	for j := p + 1; j < len(t) && j <= p+8 && !t[j].inQuote() && t[j].sent == t[p].sent; j++ {
		if t[j].tag == "VBG" && a.speechVerb(j) {
			doc, ok := a.issued(a.nounPhraseLeft(a.skipLeft(j)))
			return ok && doc.s == p
		}
	}
	return false
}

// citing are the reporting verbs that pass on another's document.
var citing = wordSet("cite quote reference mention read")

// approximate reports whether toks[p] qualifies a number that opens a
// clause: said about half of the adjustment reflected …; said over 200
// people came.
func (a *article) approximate(p int) bool {
	t := a.toks
	if p+1 >= len(t) || !approximators[t[p].lower()] {
		return false
	}
	n := p + 1
	if t[n].lower() == "than" && n+1 < len(t) {
		n++ // more than 200
	}
	return t[n].tag == "CD" || t[n].lower() == "half"
}

// approximators stand before a number: about half, nearly 200.
var approximators = wordSet("about around nearly almost roughly some over under more fewer less approximately")

// possessed returns where a noun phrase ending at toks[e] ends with what it
// possesses: told CNN's "State of the Union" (a quoted title), told the
// paper's editors.
func (a *article) possessed(e int) int {
	t := a.toks
	if e+1 >= len(t) || !t[e].possessive() {
		return e
	}
	if q := t[e+1].quote; q >= 0 && a.qs[q].Kind == quotes.Term {
		return a.span[q][1]
	}
	if np := a.nounPhraseRight(e + 1); !np.empty() {
		return np.e
	}
	return e
}

// relativeEnd returns where the clause reported by verb k, from toks[p] to
// end, ends when k is in a relative clause between commas: Trump, who said
// the vote was rigged, lost; at the comma before the main clause's verb.
func (a *article) relativeEnd(k, p, end int) int {
	t := a.toks
	e := a.skipLeft(k)
	rel := e >= 2 && (t[e-1].lower() == "who" || t[e-1].lower() == "which") && t[e-2].text == ","
	if _, ok := a.partOfWhom(e); !rel && !ok {
		return end // (…, many of whom say …, met: as for who)
	}
	for j := p + 1; j+1 < end; j++ {
		if t[j].text == "," && !t[j].inQuote() && (a.tensed(j+1) || t[j+1].tag == "VBN" && !t[j+1].inQuote()) {
			return j
		}
	}
	return end
}

// speechNouns name an utterance whose content a that-clause gives: the
// claim that …, Trump's assertion that ….
var speechNouns = wordSet(`claim claims assertion assertions suggestion suggestions argument
	arguments statement comment comments remark remarks warning warnings promise pledge
	vow allegation allegations accusation insistence contention admission announcement
	prediction charge denial boast threat`)

// nounClause matches POSSESSOR's NOUN that CLAUSE for a speech noun: Trump's
// assertion that the migrants are criminals; the source is the possessor.
func (a *article) nounClause(k int) (report, bool) {
	t := a.toks
	if k < 2 || k+2 >= len(t) || t[k+1].lower() != "that" || t[k+1].inQuote() {
		return report{}, false
	}
	j := k - 1
	for j > 0 && (t[j].tag == "JJ" || t[j].tag == "RB" || t[j].tag == "VBN" || t[j].tag == "VBD") && !t[j].inQuote() {
		j-- // Trump's repeated claim
	}
	if !t[j].possessive() {
		return report{}, false
	}
	subj := a.nounPhraseLeft(j)
	if subj.empty() {
		return report{}, false
	}
	p := k + 2
	end := a.clauseEnd(p)
	// The noun phrase may be a subject: Trump's assertion that migrants
	// are criminals drew fire. The clause ends before a second finite verb
	// that follows a word of its own.
	verbs := 0
	for j := p; j < end; j++ {
		if t[j].inQuote() || !a.finite(j) {
			continue
		}
		if verbs++; verbs == 2 && t[j-1].word() && !relative(t[j-1].lower()) && t[j-1].lower() != "and" && t[j-1].lower() != "but" && t[j-1].tag != "MD" && !auxiliaries[t[j-1].lower()] {
			end = j
			break
		}
	}
	if p >= end {
		return report{}, false
	}
	return report{clause: phrase{p, end}, subj: subj, cue: phrase{k, k + 1}, method: "noun-clause"}, true
}

// infinitive holds the lemmas whose content may be an infinitive: vowed to
// fight; not responded to a request.
var infinitive = wordSet(`promise vow pledge threaten agree swear claim tell urge warn ask
	advise instruct remind hope expect plead`)

// reportedBefore matches CLAUSE, SUBJECT VERB. and CLAUSE, VERB SUBJECT.:
// The talks were useful, the ministry said. A cue may also interrupt its
// clause: The latest test, North Korea said, was its biggest yet; the clause
// is then the whole sentence, the cue within it.
func (a *article) reportedBefore(k int) (report, bool) {
	t := a.toks
	var subj phrase
	var comma int
	inverted := k > 0 && a.afterComma(k)
	if inverted { // …, said Kim.
		subj = a.subjectRight(k + 1)
		comma = k - 1
		if speechVerbs[t[k].lower()] == "report" && a.creditBefore(k) {
			// "…," said Kristen Day, reports USA Today: the outlet relays
			// a credit, it is not the speaker.
			return report{}, false
		}
		if subj.empty() || !inverting[speechVerbs[t[k].lower()]] || a.skipTime(subj.s) > subj.s {
			// …, Mr. Smith, the chairman, said; …, a spokeswoman, Anna
			// White, said. Not …, R-Ky., said Tuesday.
			var ok bool
			if subj, comma, ok = a.appositiveBefore(k); !ok {
				return report{}, false
			}
			inverted = false
		}
	} else {
		e := a.skipLeft(k)
		subj = a.nounPhraseLeft(e)
		if a.qualifyingPronoun(e) {
			subj = phrase{e - 1, e} // …, a source close to him said
		}
		if np, ok := a.headOf(subj, k, false); ok {
			subj = np // …, a spokeswoman for the company said
		} else if subj.e-subj.s == 1 && objectPronouns[t[subj.s].lower()] {
			return report{}, false
		}
		if !subj.empty() && subj.s > 1 && (t[subj.s-1].lower() == "and" || t[subj.s-1].lower() == "or") && !a.afterComma(subj.s) {
			// Coordinated: …, union members and leaders say, is manifold.
			if np := a.nounPhraseLeft(subj.s - 1); !np.empty() && np.s > 0 && a.afterComma(np.s) && pronouns[t[np.s].lower()] == nil {
				subj.s = np.s
			}
		}
		// …, as Politico reported: the as-clause credits what comes before.
		asTail := !subj.empty() && subj.s > 1 && t[subj.s-1].lower() == "as" && !t[subj.s-1].inQuote() && a.afterComma(subj.s-1)
		if subj.empty() || subj.s == 0 || !a.afterComma(subj.s) && !asTail {
			return report{}, false
		}
		comma = subj.s - 1
		if asTail {
			comma--
		}
	}
	if _, ok := a.documentSubject(subj, k); evidential[t[k].lower()] != "" && !ok {
		return report{}, false
	}
	quoted := t[comma].mark
	if quoted {
		comma++ // the clause ends with a quotation: … better," McConnell said
	}
	start := a.sentenceStart(comma)
	if start >= comma {
		return report{}, false
	}
	if a.askedLead(start, comma) {
		return report{}, false // Asked about the bomb, Clinton said: the question is no one's words
	}
	// Nothing but adverbials, an addressee or a phrase qualifying the
	// subject may follow the cue, up to the sentence's end or a comma that
	// resumes the clause: …, said one GOP source in the room; …, Graham told
	// The Huffington Post.
	rest := max(k+1, subj.e)
	if a.pointOut(k) && rest == k+1 {
		rest++ // …, Cruz pointed out.
	}
	if addresseeVerbs[speechVerbs[t[k].lower()]] {
		if np := a.nounPhraseRight(rest); !np.empty() {
			rest = a.possessed(np.e) // told CNN's “State of the Union”
		}
	}
	rest = a.skipTime(a.skipPrepositions(rest))
	if !inverted {
		rest = a.verblessTail(k, rest)
	}
	end, gap := comma, phrase{}
	if rest < len(t) && t[rest].sent == t[k].sent && !isEndPunct(t[rest].text) && t[rest].text != ";" {
		if t[rest].text != "," {
			return report{}, false
		}
		// A participle after the comma qualifies the saying (she said,
		// referencing the bank's drive to …): the clause does not resume;
		// nor does it in a phrase with no verb after an inverted cue, which
		// describes the speaker (said Mark Zandi, chief economist at …).
		if ae, ok := a.asideEnd(rest); inverted && !quoted && ok && a.apposition(rest+1) && !a.hasVerb(rest+1, ae) {
			// …, says Carl Anthony, a historian at the library, is …: past
			// the apposition the clause resumes.
			if e := a.clauseEnd(ae + 1); e > ae+2 && a.hasVerb(ae+1, e) && !t[ae+1].inQuote() && t[ae+1].tag != "VBG" && !relative(t[ae+1].lower()) && t[ae+1].lower() != "whose" {
				end, gap = e, phrase{comma, ae + 1}
			}
		} else if e := a.clauseEnd(rest + 1); e > rest+3 && (!t[rest+1].inQuote() || a.quoteGoesOn(rest+1, e)) && speechVerbs[t[rest+1].lower()] == "" && (t[rest+1].tag != "VBG" || a.gerundSubject(rest+1, e)) && !quoted && !(inverted && (a.apposition(rest+1) || !a.hasVerb(rest+1, e))) {
			end, gap = e, phrase{comma, rest + 1} // the cue interrupts the clause
			if ae, ok := a.asideEnd(rest); inverted && ok && ae+1 < e && !a.hasVerb(rest+1, ae) {
				gap.e = ae + 1 // …, says Carl Anthony, historian at the library, is …
			}
		}
	}
	if gap.empty() && a.subordinateAlone(start, end) {
		// After Clinton accused him of sexism, Trump warned, "…": a
		// subordinate clause alone is when or why the cue speaks, not what.
		return report{}, false
	}
	return report{clause: phrase{start, end}, subj: subj, cue: phrase{k, k + 1}, gap: gap, method: "reported-before"}, true
}

// quoteGoesOn reports whether the quotation that opens at toks[p] is a
// fragment the clause goes on past before end: …, Ms. Tanzer said, “is a
// perfect example of adapting” to the changing economics of golf. Not a
// direct quotation, which is a record of its own.
func (a *article) quoteGoesOn(p, end int) bool {
	t := a.toks
	qi := t[p].quote
	if !t[p].mark || a.qs[qi].Kind == quotes.Direct {
		return false
	}
	words := 0
	for q := a.span[qi][1]; q < end && !t[q].inQuote(); q++ {
		if t[q].word() {
			words++
		}
	}
	return words >= 2
}

// gerundSubject reports whether the -ing word toks[p] opens the subject of
// the clause that runs to end: a noun phrase and then its finite verb
// (…, he said, replacing Clinton would be acrimonious), not a participle
// that qualifies the saying (she said, referencing the bank's drive to …).
func (a *article) gerundSubject(p, end int) bool {
	t := a.toks
	for j := p + 1; j < end; j++ {
		switch {
		case a.tensed(j):
			return j > p+1
		case t[j].inQuote() || !(strings.HasPrefix(t[j].tag, "NN") || strings.HasPrefix(t[j].tag, "JJ") || t[j].tag == "DT" || t[j].tag == "PRP$" || t[j].tag == "CD" || t[j].tag == "POS"):
			return false
		}
	}
	return false
}

// subordinateAlone reports whether toks[start:end] is one subordinate
// clause and nothing more: after Clinton accused him of sexism; while he
// was speaking in Miami. Not with a main clause after it (if states fail,
// the department would …; after he took the plane in 2011 he made changes;
// as a woman, she raised less suspicion).
func (a *article) subordinateAlone(start, end int) bool {
	t := a.toks
	if !a.subordinate(start) || a.quotedIn(start, end) {
		return false
	}
	verbs := 0
	for j := start; j < end; j++ {
		if t[j].text == "," {
			return false
		}
		if a.tensed(j) {
			verbs++
		}
	}
	return verbs <= 1
}

// askedLead reports whether toks[start:comma], before the comma of a cue,
// is all a question put to its subject: (When) asked about the bomb, Clinton
// said. Not when a clause follows the question: When asked …, Canova
// bristled and said "No comment," the Herald reported.
func (a *article) askedLead(start, comma int) bool {
	t := a.toks
	q := start
	if q+1 < comma && (t[q].lower() == "when" || t[q].lower() == "if") {
		q++
	}
	if !a.askVerb(q) {
		return false
	}
	for j := q; j < comma; j++ {
		if t[j].text == "," && !t[j].inQuote() {
			return false
		}
	}
	return true
}

// verblessTail returns where the sentence of cue k ends when what is left
// of it from p is an infinitive or a prepositional phrase, attached to what
// comes before, with no verb of its own: …, Wilkin said during his speech
// to be a national delegate. Otherwise it returns p. Only for a subject
// before the cue: after an inverted one (…, posted the clip to YouTube) the
// noun phrase may be an object.
func (a *article) verblessTail(k, p int) int {
	t := a.toks
	// Right after the cue only a gerund's phrase: said in posing the
	// question to Clinton.
	gerund := p == k+1 && p+1 < len(t) && (t[p].lower() == "in" || subordinators[t[p].lower()]) && t[p+1].tag == "VBG" && !t[p+1].inQuote()
	if p <= k+1 && !gerund || p >= len(t) || t[p].sent != t[k].sent || (t[p].lower() != "to" && t[p].tag != "IN") || t[p].lower() == "that" {
		return p
	}
	j := p
	for ; j < len(t) && t[j].sent == t[k].sent && !isEndPunct(t[j].text); j++ {
		if t[j].inQuote() || t[j].text == "," || t[j].tag == "MD" || a.finite(j) && !a.postParticiple(j) || relative(t[j].lower()) || questionWords[t[j].lower()] {
			return p
		}
	}
	return j
}

// appositiveBefore finds the subject of cue k when an apposition stands
// between them, after the clause the cue reports: …, Mr. Smith, the
// chairman, said; …, a spokeswoman, Anna White, said (a description before
// the name is part of the subject). It returns the subject and the comma
// that ends the clause.
func (a *article) appositiveBefore(k int) (phrase, int, bool) {
	t := a.toks
	subj := a.subjectLeft(k)
	if subj.empty() || subj.s < 2 || t[subj.s-1].text != "," || !t[subj.e-1].capitalized() {
		return phrase{}, 0, false
	}
	comma := subj.s - 1
	if subj.e == k-1 {
		// The name right before the cue: a description may open the
		// apposition, between the clause's comma and the name's.
		d := comma - 1
		for d > comma-8 && d > 0 && t[d].text != "," && !t[d].inQuote() && !strings.HasPrefix(t[d].tag, "VB") && t[d].tag != "MD" {
			d--
		}
		if d > 0 && t[d].text == "," && d < comma-1 && a.description(d+1, comma) {
			comma = d
		}
	}
	start := a.sentenceStart(k)
	if comma <= start || !t[subj.s].capitalized() {
		return phrase{}, 0, false // not …, of Minnesota, said
	}
	for j := start; j < comma; j++ {
		if t[j].mark && a.qs[t[j].quote].Kind == quotes.Direct {
			return phrase{}, 0, false // a quotation's cue: "…," Bachmann, a Republican, said
		}
	}
	// A clause, not an adverbial that opens the sentence: In a call on
	// Dec. 2, Col. Steven Warren, a spokesman, said.
	return subj, comma, a.hasFinite(start, comma)
}

// description reports whether toks[s:e] is a description that may stand
// in apposition to a name: a spokeswoman, the chairman of the bank.
func (a *article) description(s, e int) bool {
	t := a.toks
	if !determiners[t[s].lower()] && !roles[t[s].lower()] && !titles[t[s].lower()] {
		return false
	}
	for j := s; j < e; j++ {
		if roles[t[j].lower()] || titles[t[j].lower()] {
			return true
		}
	}
	return false
}

// apposition reports whether toks[j], after the comma that follows the
// subject of an inverted cue, opens an apposition of that subject (…, said
// David Wasserman, an elections analyst at …) rather than the rest of the
// clause the cue interrupts.
func (a *article) apposition(j int) bool {
	switch a.toks[j].lower() {
	case "a", "an", "the", "who":
		return true
	}
	return false
}

// accordingTo matches According to X, CLAUSE and CLAUSE, according to X.
func (a *article) accordingTo(k int) (report, bool) {
	t := a.toks
	subj := a.sourceRight(k + 2)
	if subj.empty() {
		return report{}, false
	}
	cue := phrase{k, k + 2}
	start := a.sentenceStart(k)
	if c := a.beforeMarks(k); c > start && t[c-1].text == "," && c < k {
		// "… like me,'' according to a poll: the comma closes the quotation.
		return report{clause: phrase{a.trailingStart(start, c-1), k}, subj: subj, cue: cue, method: "according-to"}, true
	}
	if end := a.sentenceEnd(k); k > start && t[k-1].text == "," && subj.e+1 < end && t[subj.e].text == "," {
		// A cue inside its clause: Fundraising, according to the campaign,
		// has surged. The clause is the sentence, the cue within it.
		return report{clause: phrase{start, end}, subj: subj, cue: cue, method: "according-to"}, true
	}
	if k > start && (t[k-1].text == "," || !a.leadsClause(k)) && a.innerReport(start, k, subj) {
		// The Chinese leader warned against …, according to a Chinese
		// readout: the leader speaks; the readout is the channel.
		return report{}, false
	}
	if k > start && t[k-1].text != "," && !a.leadsClause(k) {
		// A trailing credit with no comma before it: Clinton leads by 271
		// delegates according to a count by The Associated Press.
		e := k
		if t[k-1].text == "(" || t[k-1].text == "--" || t[k-1].text == "—" {
			e--
		}
		if s := a.trailingStart(start, e); s < e {
			return report{clause: phrase{s, e}, subj: subj, cue: cue, method: "according-to"}, true
		}
		return report{}, false
	}
	if k == start || (k > start && t[k-1].text != ",") {
		// According to X, CLAUSE: the clause follows the comma after X.
		c := subj.e
		for c < len(t) && t[c].sent == t[k].sent && t[c].text != "," {
			c++
		}
		if c >= len(t) || t[c].text != "," {
			return report{}, false
		}
		return report{clause: phrase{c + 1, a.sentenceEnd(c + 1)}, subj: subj, cue: cue, method: "according-to"}, true
	}
	return report{clause: phrase{a.trailingStart(start, k-1), k - 1}, subj: subj, cue: cue, method: "according-to"}, true
}

// innerReport reports whether the claim in toks[s:k] that a trailing
// according to credits is itself a report, made by someone named or
// described, and the source a document: then that one speaks through the
// document (The Chinese leader warned against …, according to a Chinese
// readout). Not a group a poll reports on (most Americans say …, according
// to a poll), nor a report in a conjunct before the one credited (Clinton
// has praised …, and won 77 percent …, according to exit polls).
func (a *article) innerReport(s, k int, src phrase) bool {
	t := a.toks
	if h := t[src.e-1].lower(); !isDocument(h) && !a.documentOf(src) {
		return false
	}
	for j := s; j < k; j++ {
		if t[j].inQuote() {
			continue
		}
		var r report
		var ok bool
		if a.clauseVerb(j) {
			r, ok = a.reportedAfter(j)
		}
		if !ok && a.objectVerb(j) {
			r, ok = a.reportedObject(j) // warned against …
		}
		if !ok || r.unnamed || r.subj.empty() || r.subj.s < s || pronouns[t[r.subj.s].lower()] != nil {
			continue
		}
		for q := j + 1; q+1 < k; q++ {
			if t[q].text == "," && a.coordinator(q+1) {
				return false
			}
		}
		h := t[r.subj.e-1]
		return h.tag == "NNP" || roles[h.lower()] || titles[h.lower()]
	}
	return false
}

// sourceRight returns the source that "according to" names from toks[j]:
// a noun phrase, which may open with modifiers nounPhraseRight does not
// take (the most recent average of polls; complete but unofficial returns).
func (a *article) sourceRight(j int) phrase {
	if p := a.nounPhraseRight(j); !p.empty() {
		return p
	}
	t := a.toks
	for k := j; k < len(t) && k < j+4 && t[k].sent == t[j].sent && !t[k].inQuote(); k++ {
		if isDocument(t[k].lower()) {
			return phrase{j, k + 1} // a tally/RB by the AP: whatever its tag
		}
		switch w := t[k].lower(); {
		case w == "most" || w == "least" || w == "but" || w == "and" || determiners[w]:
		case strings.HasPrefix(t[k].tag, "JJ") || strings.HasPrefix(t[k].tag, "RB") || t[k].tag == "VB":
		default:
			return phrase{j, j}
		}
		if p := a.nounPhraseRight(k + 1); !p.empty() {
			return phrase{j, p.e}
		}
	}
	return phrase{j, j}
}

// beforeMarks returns the index after the last token before toks[k] that
// is not a quotation mark.
func (a *article) beforeMarks(k int) int {
	for k > 0 && a.toks[k-1].mark {
		k--
	}
	return k
}

// leadsClause reports whether "according to" at toks[k], with no comma
// before it, opens the claim it credits (But according to X, CLAUSE; he
// said that according to X, CLAUSE) rather than closing one.
func (a *article) leadsClause(k int) bool {
	t := a.toks
	w := t[k-1].lower()
	switch {
	case t[k-1].text == ":" || t[k-1].text == ";":
		return true
	case t[k].capitalized():
		return true // (According to X, …); '' According to X, …
	case w == "and" || w == "but" || w == "yet" || w == "so" || w == "or" || w == "that" || subordinators[w]:
		return true
	}
	return false
}

// trailingStart returns where the claim that a trailing "according to"
// at toks[e] credits starts, in the sentence from toks[s]: the last part
// that stands apart before it, or s. A parenthesis open at e (… (the actual
// number is closer to 15 percent, according to …)), a relative clause or a
// with-phrase after a comma (…, which stood at 263, according to …), or
// what follows a colon.
func (a *article) trailingStart(s, e int) int {
	t := a.toks
	open, comma := -1, -1
	for j := s; j < e; j++ {
		if t[j].inQuote() {
			continue
		}
		switch t[j].text {
		case "(":
			open = j
		case ")":
			open = -1
		case ":":
			if j+1 < e {
				s = j + 1
			}
		case ",":
			comma = j
		}
	}
	if open >= 0 && open+1 < e {
		return open + 1
	}
	// Only the last comma counts: one before it sets off an aside (The
	// committee, which backed her, spent …).
	if comma >= s && comma+1 < e {
		switch t[comma+1].lower() {
		case "which", "who", "with":
			return comma + 1
		}
	}
	return s
}

// colonCredit matches a headline or lead that credits its claim to a name
// before a colon: Sanders: Brexit's message could draw Trump support. The
// name must be one the article introduces (not UPDATE:, WATCH:, Q:), or a
// poll, survey, study or report. A headline's colon counts too.
func (a *article) colonCredit(k int) (report, bool) {
	t := a.toks
	m, ok := a.colonName(k)
	if !ok {
		return report{}, false
	}
	end := a.sentenceEnd(k + 1)
	if t[k+1].inQuote() {
		// A quotation that is all the claim is the name's own words; one
		// that more words follow is part of the claim: Bernie Sanders: ‘It
		// Is Not A Radical Idea’ To Ask For A $15 Minimum Wage.
		j := k + 1
		for j < end && t[j].quote == t[k+1].quote {
			j++
		}
		if !slices.ContainsFunc(t[j:end], func(tk token) bool { return tk.word() && !tk.inQuote() }) {
			return report{}, false
		}
	}
	if capitals(a.toks, m.s, m.e) {
		// A transcript's turn: TAPPER: And obviously, …. I think …. The
		// speaker's words run to the paragraph's end.
		_, end = a.paragraphOf(k)
	}
	return report{clause: phrase{k + 1, end}, subj: m, cue: phrase{k, k + 1}, method: "colon-credit"}, true
}

// colonName returns the name that opens its paragraph before the colon at
// toks[k], when something follows in the paragraph and the name is one the
// article introduces: Sanders: …, Trump: "…" (not UPDATE:, WATCH:, Q:).
// Before a quotation, the name may also follow an earlier one: Clinton:
// "…" Bush: "…".
func (a *article) colonName(k int) (phrase, bool) {
	t := a.toks
	s := k
	for s > 0 && s > k-4 && t[s-1].para == t[k].para && t[s-1].capitalized() && t[s-1].word() && !t[s-1].inQuote() {
		s--
	}
	if s == k || k+1 >= len(t) || t[k+1].para != t[k].para {
		return phrase{}, false
	}
	if s > 0 && t[s-1].para == t[k].para && !(t[k+1].inQuote() && t[s-1].mark && t[s-1].quote != t[k+1].quote) {
		return phrase{}, false // not a name that opens its paragraph
	}
	if w := t[s].lower(); s+1 == k && (findingNouns[w] && w != "analysis" || groupNouns[w]) && !t[k+1].inQuote() {
		// Poll: Clinton and Trump in dead heat; Insiders: Trump will
		// rebound. Not Analysis: …, a genre.
		return phrase{s, k}, true
	}
	if e, ambiguous := a.lookup(phrase{s, k}); e == nil || ambiguous || len(e.name) < 2 && e.typ != Organization {
		return phrase{}, false
	}
	return phrase{s, k}, true
}

// headlineSays reports whether toks[k] is a reporting verb, or a speech act
// with an object, that a line in title case capitalizes: Obama Says
// African-American Museum Will Tell of …; Clinton Hid Past Health
// Problems, Former White House Doctor Says; Chris Christie Slams …. prose
// tags such words as names, so no other rule sees the verb.
func (a *article) headlineSays(k int) bool {
	t := a.toks
	w := t[k].lower()
	if !t[k].capitalized() || !strings.HasSuffix(w, "s") || !clauseVerbs[speechVerbs[w]] && objectVerbs[w] == "" && phrasalForms[w] == "" {
		return false
	}
	s, e := a.paragraphOf(k)
	if e > s && t[e-1].text == "." {
		e-- // PolNeAR's headlines end with a period
	}
	return titleCased(t[s:e])
}

// paragraphOf returns the span of tokens in the paragraph of toks[k].
func (a *article) paragraphOf(k int) (int, int) {
	t := a.toks
	s, e := k, k+1
	for s > 0 && t[s-1].para == t[k].para {
		s--
	}
	for e < len(t) && t[e].para == t[k].para {
		e++
	}
	return s, e
}

// headlineReport matches the two forms of a reported claim in a headline:
// NAME Says CLAIM and CLAIM, NAME Says. The name must be one the article
// introduces, as for a colon credit, since a headline's capitals leave no
// other test of what is a name: not Former Clinton Pollster Says ….
func (a *article) headlineReport(k int) (report, bool) {
	t := a.toks
	s, e := a.paragraphOf(k)
	for e > s && !t[e-1].word() && !t[e-1].inQuote() {
		e-- // the final period
	}
	var subj, clause phrase
	switch {
	case k+1 >= e && k >= s+3 && t[k-1].word():
		c := k - 1
		for c > s && t[c].text != "," && k-c <= 4 {
			c--
		}
		if t[c].text != "," || c == s {
			return report{}, false
		}
		subj, clause = phrase{c + 1, k}, phrase{s, c}
	case k > s && k-s <= 4 && k+2 < e:
		subj, clause = phrase{s, k}, phrase{k + 1, e}
	default:
		return report{}, false
	}
	for j := subj.s; j < subj.e; j++ {
		if !t[j].capitalized() || t[j].inQuote() {
			return report{}, false
		}
	}
	if ent, ambiguous := a.lookup(subj); ent == nil || ambiguous {
		return report{}, false
	}
	return report{clause: clause, subj: subj, cue: phrase{k, k + 1}, method: "headline"}, true
}

// findingNouns are the documents whose findings a sentence may report by
// naming them first: In the latest NBC News poll, Trump leads by 10 points.
var findingNouns = wordSet("poll polls survey surveys study studies report analysis census")

// inFindings matches In DOCUMENT, CLAUSE, where the sentence has no cue of
// its own: In a Des Moines Register poll last month, Cruz had a 10-point
// lead. The document is the source.
func (a *article) inFindings(k int) (report, bool) {
	t := a.toks
	end := a.sentenceEnd(k)
	c := k + 1
	for c < end && t[c].text != "," && !t[c].inQuote() {
		c++
	}
	if c >= end || t[c].text != "," || c > k+12 {
		return report{}, false
	}
	head := -1
	for j := k + 1; j < c; j++ {
		if findingNouns[t[j].lower()] {
			head = j
		}
	}
	if head < 0 {
		return report{}, false
	}
	subj := a.nounPhraseLeft(head + 1)
	if subj.empty() {
		return report{}, false
	}
	start := c + 1
	// A participle phrase after the document: In the new poll, conducted
	// March 11-13, 40 percent ….
	if start < end && (t[start].tag == "VBN" || t[start].tag == "VBD") {
		for start < end && t[start].text != "," {
			start++
		}
		start++
	}
	for j := start; j < end; j++ {
		if a.speechVerb(j) || cognition[t[j].lower()] != "" || evidential[t[j].lower()] != "" {
			return report{}, false // the sentence's own cue attributes it
		}
	}
	if start >= end {
		return report{}, false
	}
	return report{clause: phrase{start, end}, subj: subj, cue: phrase{k, k + 1}, method: "according-to"}, true
}

// checkClause decides whether r's clause is reported speech: a few words with
// a verb, not a direct quotation alone. A clause holding quotations and
// words of the writer's is mixed, of kind partial.
func (a *article) checkClause(r *report) bool {
	t := a.toks
	words, outside, verb, direct := 0, 0, false, false
	r.kind = quotes.Indirect
	for k := r.clause.s; k < r.clause.e; k++ {
		if qi := t[k].quote; qi >= 0 {
			direct = direct || a.qs[qi].Kind == quotes.Direct
			if len(r.quotes) == 0 || r.quotes[len(r.quotes)-1] != qi {
				r.quotes = append(r.quotes, qi)
			}
			r.kind = quotes.Partial
			if !t[k].mark {
				words++
			}
			continue
		}
		if t[k].word() {
			words++
			outside++
		}
		if strings.HasPrefix(t[k].tag, "VB") || t[k].tag == "MD" {
			verb = true
		}
	}
	if direct && outside < 3 {
		return false // the quotation is all that is reported: a direct one
	}
	if e := r.clause.e; !verb && r.method == "reported-after" && r.kind == quotes.Indirect && e+1 < len(t) && t[e].text == ":" && a.opens(e+1, quotes.Direct) {
		return false // put it this way: “…”; said in 2015: “…”: the quotation is what is said
	}
	// Trim a trailing comma or dash the clause ends with.
	for r.clause.e > r.clause.s && !t[r.clause.e-1].word() && !t[r.clause.e-1].mark {
		r.clause.e--
	}
	// prose sometimes tags a clause's verb as a noun (obscures/NNS): a longer
	// clause that does not open with a preposition passes without one.
	// An object needs no verb (called the nominee a liar).
	long := (words >= 5 || words >= 4 && r.method == "reported-object") && t[r.clause.s].tag != "IN"
	if r.method == "reported-object" && a.objectNoun(r.clause) {
		return true // an object may be a name alone: endorsed Trump, praised the deal
	}
	if r.method == "reported-question" && r.clause.s > 0 && topicWords[t[r.clause.s-1].lower()] && a.objectNoun(r.clause) {
		return true // asked him about the kerfuffle; asked for copies
	}
	return words >= 3 && (verb || long || r.kind == quotes.Partial)
}

// objectNoun reports whether the object clause c opens with a noun phrase:
// a name, a pronoun or a noun with its modifiers, not a time (Thursday, in
// 1992), an adverb (loudly) or a prepositional phrase.
func (a *article) objectNoun(c phrase) bool {
	t := a.toks
	if c.empty() || a.skipTime(c.s) > c.s {
		return false
	}
	// more, less, fewer before a noun are its quantity: called for more
	// school investment.
	quantity := c.s+1 < c.e && (t[c.s].lower() == "more" || t[c.s].lower() == "less" || t[c.s].lower() == "fewer") && strings.HasPrefix(t[c.s+1].tag, "NN")
	if tag := t[c.s].tag; tag == "IN" || tag == "TO" || strings.HasPrefix(tag, "RB") && !quantity || strings.HasPrefix(tag, "VB") {
		return false
	}
	for k := c.s; k < c.e; k++ {
		if strings.HasPrefix(t[k].tag, "NN") || t[k].tag == "PRP" {
			return true
		}
	}
	return false
}

// skipPrepositions passes over prepositional phrases: in the room, at the
// State Department.
func (a *article) skipPrepositions(p int) int {
	t := a.toks
	for {
		if q := a.skipTime(p); q > p && t[q-1].text != "," {
			p = q // in June 2012
			continue
		}
		// to before a noun is a preposition too: during a visit to
		// Scotland; not told reporters to leave.
		to := p+1 < len(t) && t[p].lower() == "to" && !strings.HasPrefix(t[p+1].tag, "VB")
		if p+1 >= len(t) || t[p].tag != "IN" && !to || t[p].inQuote() || t[p].lower() == "that" {
			break
		}
		np := a.nounPhraseRight(p + 1)
		if np.empty() {
			break
		}
		p = a.possessed(np.e) // on NBC's “Meet the Press”
	}
	return p
}

// skipTime passes over a time or place adverbial after a cue: on Tuesday,
// Friday, in a statement, in an interview with CNN, at a rally.
func (a *article) skipTime(p int) int {
	t := a.toks
	for p < len(t) && !t[p].inQuote() {
		w := t[p].lower()
		switch {
		case weekdays[w] || w == "today" || w == "yesterday" || w == "tonight" || w == "earlier" || w == "later" || w == "also":
			p++
			if p < len(t) && dayParts[t[p].lower()] && w != "tonight" && w != "earlier" && w != "later" && w != "also" {
				p++ // Friday afternoon, yesterday morning
			}
		case w == "on" && p+1 < len(t) && weekdays[t[p+1].lower()]:
			p += 2
		case (w == "in" || w == "on") && p+1 < len(t) && (months[t[p+1].lower()] || isYear(t[p+1].text)):
			p += 2 // in June 2012, on Sept. 9, in 2010
			for p < len(t) && (isDigits(strings.TrimSuffix(t[p].text, ",")) || t[p].text == ",") && !t[p].inQuote() {
				if t[p].text == "," && (p+1 >= len(t) || !isYear(t[p+1].text)) {
					break
				}
				p++
			}
		case (w == "last" || w == "this" || w == "next" || w == "late" || w == "early") && p+1 < len(t) && (timeWords[t[p+1].lower()] || weekdays[t[p+1].lower()] || months[t[p+1].lower()]):
			p += 2 // said last week that …
		case (w == "in" || w == "at" || w == "during") && p+2 < len(t) && determiners[t[p+1].lower()] && sourceNouns[t[p+2].lower()]:
			p += 3
			for p < len(t) && (t[p].lower() == "with" || t[p].lower() == "on" || t[p].lower() == "to") && !t[p].inQuote() {
				if np := a.nounPhraseRight(p + 1); !np.empty() {
					p = np.e
				} else {
					break
				}
			}
			if p < len(t) && t[p].text == "," {
				p++
			}
		case (w == "after" || w == "before" || w == "during" || w == "since") && a.occasionEnd(p+1) > p+1:
			p = a.occasionEnd(p + 1) // said after the convention he would …
		default:
			return p
		}
	}
	return p
}

// occasionEnd returns the end of the occasion that opens at toks[p]: the
// convention, last week's debate, the first presidential debate; or p. Not
// a clause (after the convention ended).
func (a *article) occasionEnd(p int) int {
	t := a.toks
	if p >= len(t) {
		return p
	}
	if w := t[p].lower(); !determiners[w] && t[p].tag != "PRP$" && w != "last" && w != "next" {
		return p
	}
	for j := p + 1; j < len(t) && j <= p+4 && !t[j].inQuote() && (t[j].word() || t[j].possessive()); j++ {
		if w := t[j].lower(); eventWords[w] || venueNouns[w] || w == "election" || w == "vote" {
			if e := j + 1; e < len(t) && a.tensed(e) {
				return p // after the convention ended: a clause, not a time
			}
			return j + 1
		}
	}
	return p
}

// isYear reports whether w is a year: 1984, 2016.
func isYear(w string) bool {
	return len(w) == 4 && isDigits(w) && (w[0] == '1' || w[0] == '2')
}

var weekdays = wordSet("monday tuesday wednesday thursday friday saturday sunday")

// dayParts are the parts of a day that may follow a weekday in a time
// phrase: Friday afternoon.
var dayParts = wordSet("morning afternoon evening night")

// sentenceEnd returns the index of the token that ends the sentence of
// toks[p] (its final punctuation), or one past its last token.
func (a *article) sentenceEnd(p int) int {
	t := a.toks
	if p >= len(t) {
		return p
	}
	e := p
	for e < len(t) && t[e].sent == t[p].sent {
		e++
	}
	if e > p && isEndPunct(t[e-1].text) {
		e--
	}
	return e
}

// inDashAside reports whether toks[p] stands inside an aside that a dash
// opened earlier in its sentence and has not closed: … nearly broke — new
// filings show it has $1.3 million — outside allies ….
func (a *article) inDashAside(p int) bool {
	n := 0
	for j := a.sentenceStart(p); j < p; j++ { // past a dateline's dash
		if looseDash(a.toks[j].lower()) && !a.toks[j].inQuote() {
			n++
		}
	}
	return n%2 == 1
}

// clauseEnd returns where a reported clause that starts at toks[p] ends:
// at the end of its sentence, or before what starts another attribution
// within it: …, arguing that …; — and he noted …; and Democrats accused ….
func (a *article) clauseEnd(p int) int {
	t := a.toks
	end := a.sentenceEnd(p)
	// In a sentence that opens with a subordinate clause (Though she
	// called …, Clinton restricted …), the main clause ends what it reports.
	sub := false
	if p < len(t) {
		s := a.sentenceStart(p)
		sub = s < p && subordinators[t[s].lower()] && t[s].lower() != "whether" || a.subordinateCue(s, p)
	}
	for k := p + 1; k < end; k++ {
		if t[k].inQuote() {
			if t[k].mark && t[k-1].text == "," && t[k-1].inQuote() && k+3 < end && !t[k+1].inQuote() && a.coordinator(k+1) && t[k+2].lower() != "that" && a.coordinateClause(p, k+2) {
				return k + 1 // … “jobs, jobs, jobs,” but he has also intensified …
			}
			continue
		}
		w := t[k].lower()
		switch {
		case w == ";":
			return k
		case w == ":" && k+1 < end && a.opens(k+1, quotes.Direct):
			return k // …, explaining he worked with Chrabaszcz: “Vito is outstanding …”
		case w == "," && k+2 < end && (t[k+1].lower() == "a" || t[k+1].lower() == "an") && a.trailingApposition(k+1, end):
			return k // …, it would slash 30,000 jobs, a mass layoff rivaling …: the writer's
		case w == "," && k+2 < end && t[k+1].lower() == "according" && t[k+2].lower() == "to":
			return k // …, according to the Associated Press: a credit of its own
		case w == "," && k+2 < end && t[k+1].lower() == "who" && a.finalRelative(k+1, end):
			return k // …, who worked on her campaign: the writer's gloss
		case sub && w == "," && k+2 < end && a.mainClause(a.skipPrepositions(k+1)):
			return k
		case w == "," && k+2 < end && a.newClause(p, k+1):
			return k // …, they differ by degree
		case w == "," && k+3 < end && a.coordinator(k+1) && a.coordinateClause(p, k+2):
			return k // …, and the downgrade is casting a shadow; …, but polls are not
		case (delimiter(w) || w == "-") && k+1 < end && a.clauseBreak(k+1, end):
			return k // …, compared with 64 percent who say; …, they also say
		case strings.HasSuffix(w, "ing") && (speechVerbs[w] != "" || objectVerbs[w] != "" || phrasalForms[w] != "" || w == "citing") && a.afterComma(k):
			if t[k-1].mark {
				return k // …,” adding: the quotation stays whole
			}
			return k - 1 // …, arguing that …
		case w == "-" && a.inDashAside(p):
			return k // a hyphen alone is a dash typed so: an aggressive - some say unrealistic - pledge
		case anyDash(w):
			closes := a.closesAside(p, k)
			if k+1 < end && (t[k+1].lower() == "and" || t[k+1].lower() == "but") && !closes && !a.verblessAside(k, end) || a.inDashAside(p) {
				return k // … — and he noted …; … broke — new filings show it has $1.3 million — outside allies …
			}
			if t[k-1].mark && t[k-1].inQuote() && !closes && !a.dashCloses(k, end) {
				return k // … the “suburbs of St. Petersburg” — a metaphor for …
			}
		case (w == "and" || w == "but") && k+1 < end && !a.notOnly(p, k) && t[k+1].lower() != "that":
			// Not and that: said X and that Y reports both.
			for j := k + 1; j < end && j <= k+5 && !t[j].inQuote() && t[j].text != ","; j++ {
				if (a.speechVerb(j) || a.objectVerb(j)) && (a.finite(j) || a.pastAfterAnd(k, j)) {
					if t[k-1].text == "," {
						return k - 1
					}
					return k
				}
			}
		}
	}
	return end
}

// subordinateCue reports whether the cue before toks[p] stands in a
// subordinate clause that opens after a comma, in the sentence that starts
// at toks[s]: …, and while he said he'd hold a hearing, it's unlikely ….
func (a *article) subordinateCue(s, p int) bool {
	t := a.toks
	j := p - 1
	for j > s && (t[j-1].text != "," || t[j-1].inQuote()) {
		j--
	}
	if j == s {
		return false
	}
	if w := t[j].lower(); w == "and" || w == "but" {
		j++
	}
	if j >= p || !subordinators[t[j].lower()] || t[j].lower() == "whether" {
		return false
	}
	for q := j + 1; q < p; q++ {
		if a.finite(q) {
			return true
		}
	}
	return false // while testifying before Congress: no clause of its own
}

// finalRelative reports whether the relative clause at toks[j] runs to
// end, closing the sentence, rather than setting off an aside after which
// the clause goes on (the senator, who is up for reelection, would vote).
func (a *article) finalRelative(j, end int) bool {
	t := a.toks
	for q := j + 1; q < end; q++ {
		if t[q].text == "," && !t[q].inQuote() {
			for r := q + 1; r < end && r <= q+2; r++ {
				if a.tensed(r) {
					return false
				}
			}
		}
	}
	return true
}

// pastAfterAnd reports whether toks[j], right after and at toks[k], is a
// past tense the tagger took for a participle: said he would order a review
// and warned against …. Not a participle coordinated with another one
// (was drafted and criticized) nor a passive (and criticized by).
func (a *article) pastAfterAnd(k, j int) bool {
	t := a.toks
	return j == k+1 && t[j].tag == "VBN" && strings.HasSuffix(t[j].lower(), "ed") && t[k-1].tag != "VBN" &&
		(j+1 >= len(t) || t[j+1].lower() != "by")
}

// trailingApposition reports whether toks[j:end], after a comma that ends
// a clause, is a noun phrase set in apposition to it, the writer's gloss:
// a swipe at the recent disturbances; a mass layoff rivaling …; a plan
// that …. It has no verb of its own before what modifies its noun, and no
// and that would make it the last of a list.
func (a *article) trailingApposition(j, end int) bool {
	t := a.toks
	nouns := 0
	for q := j + 1; q < end; q++ {
		w := t[q].lower()
		switch {
		case t[q].inQuote():
			return false
		case w == "and" || w == "or" || w == "," || w == ":" || w == ";":
			return false
		case strings.HasPrefix(t[q].tag, "NN"):
			nouns++
		case relative(w) || t[q].tag == "IN" || t[q].tag == "VBG" || t[q].tag == "VBN":
			return nouns > 0 // a swipe at …; a plan that …; a layoff rivaling …
		case a.tensed(q):
			return false
		}
	}
	return nouns > 0
}

// opens reports whether toks[j] is the opening mark of a quotation of
// kind k.
func (a *article) opens(j int, k quotes.Kind) bool {
	q := a.toks[j].quote
	return q >= 0 && a.toks[j].mark && a.span[q][0] == j && a.qs[q].Kind == k
}

// notOnly reports whether but at toks[k] answers a "not only" after
// toks[p]: not only because he supports Trump but also because he denied …
// goes on.
func (a *article) notOnly(p, k int) bool {
	t := a.toks
	if t[k].lower() != "but" || k+1 >= len(t) || t[k+1].lower() != "also" {
		return false
	}
	for j := p; j+1 < k; j++ {
		if t[j].lower() == "not" && t[j+1].lower() == "only" {
			return true
		}
	}
	return false
}

// mainClause reports whether toks[j] opens a clause with a subject and a
// finite verb: Clinton restricted …; the bank did not answer.
func (a *article) mainClause(j int) bool {
	t := a.toks
	if t[j].inQuote() {
		return false
	}
	np := a.nounPhraseRight(j)
	if np.empty() || np.s != j {
		return false
	}
	q := np.e
	if q < len(t) && t[q].text == "," {
		if e, ok := a.asideEnd(q); ok && e+1 < len(t) && a.speechVerb(e+1) {
			q = e + 1 // past an apposition: Brian Deese, an adviser, said
		}
	}
	if q < len(t) && t[q].tag == "RB" {
		q++
	}
	return q < len(t) && !t[q].inQuote() && a.tensed(q)
}

// dashCloses reports whether a dash after the one at toks[k], before end,
// closes the aside it opens, so that the clause goes on: the call to “make
// America whole again” — itself a rebuttal — was an inferior slogan.
func (a *article) dashCloses(k, end int) bool {
	for j := k + 1; j+1 < end; j++ {
		if looseDash(a.toks[j].text) && !a.toks[j].inQuote() {
			return true
		}
	}
	return false
}

// verblessAside reports whether the dash at toks[k] opens a short aside
// with no verb that a second dash closes before end: the angry — and at
// times violent — rhetoric.
func (a *article) verblessAside(k, end int) bool {
	t := a.toks
	for j := k + 1; j < end && j <= k+8; j++ {
		switch {
		case t[j].inQuote():
			return false
		case looseDash(t[j].text):
			return j > k+2 && j+1 < end
		case strings.HasPrefix(t[j].tag, "VB") || t[j].tag == "MD":
			return false
		}
	}
	return false
}

// closesAside reports whether the dash at toks[k] closes an aside that a
// dash after p opened: abortion – what her business calls “care” – is ….
func (a *article) closesAside(p, k int) bool {
	n := 0
	for j := p; j < k; j++ {
		if !a.toks[j].inQuote() && looseDash(a.toks[j].text) {
			n++
		}
	}
	return n%2 == 1
}

// contrastWords open a contrast or comparison after a comma, outside what
// is reported: …, though voters are more likely to …; …, compared with ….
var contrastWords = wordSet("though although whereas compared unlike while")

// clauseBreak reports whether what follows a comma or dash at toks[j]
// leaves the reported clause: a contrast, or an attribution of its own (…,
// they also say …).
func (a *article) clauseBreak(j, end int) bool {
	t := a.toks
	if t[j].inQuote() {
		return false
	}
	if contrastWords[t[j].lower()] {
		return true
	}
	for q := j + 1; q < end && q <= j+4; q++ {
		if t[q].inQuote() || t[q].text == "," {
			return false
		}
		if a.speechVerb(q) && a.finite(q) {
			subj := a.nounPhraseLeft(a.skipLeft(q))
			return !subj.empty() && subj.s == j
		}
	}
	return false
}

// subordinators open a subordinate clause: if, when, because ….
var subordinators = wordSet("if when while because although though as after before unless once since whether whenever until")

// newClause reports whether toks[j], after a comma, opens a main clause of
// its own: a pronoun subject and a finite verb (…, they differ by degree),
// in a clause that did not open with a subordinator (if …, they will …).
func (a *article) newClause(p, j int) bool {
	t := a.toks
	if t[j].inQuote() || a.subordinate(p) || a.frontedPhrase(p, j) {
		return false
	}
	if !subjectPronouns[t[j].lower()] {
		return false
	}
	q := j + 1
	if q < len(t) && t[q].tag == "RB" {
		q++
	}
	return q < len(t) && a.tensed(q)
}

// frontedPhrase reports whether toks[p:j], before a comma, is only a
// phrase that opens the reported clause, no clause of its own: (noted
// that) at one of his first meetings, in 1972, he supported ….
func (a *article) frontedPhrase(p, j int) bool {
	t := a.toks
	return (t[p].tag == "IN" || strings.HasPrefix(t[p].tag, "RB") || t[p].text == ",") && !a.hasVerb(p, j)
}

// coordinateClause reports whether toks[j], after a comma and and, opens a
// main clause with a subject of its own (…, and the downgrade is casting a
// shadow on …), in a clause that did not open with a subordinator.
func (a *article) coordinateClause(p, j int) bool {
	return !a.subordinate(p) && a.mainClause(j)
}

// coordinator reports whether toks[k], and or but, joins a clause that
// may leave what is reported. A pronoun after but starts the writer's
// clause as often as not (she will not ask him to withdraw, but she has
// bristled at …): annotators end the report there.
func (a *article) coordinator(k int) bool {
	w := a.toks[k].lower()
	return w == "and" || w == "but"
}

// subordinate reports whether the clause at toks[p] opens with a
// subordinator, after that or not, and after even, only or just: if …,
// (that) when …, (that) even after ….
func (a *article) subordinate(p int) bool {
	t := a.toks
	if p+1 < len(t) && t[p].lower() == "that" {
		p++
	}
	if p+1 < len(t) && (t[p].lower() == "even" || t[p].lower() == "only" || t[p].lower() == "just") {
		p++ // even after he steps down, he will …
	}
	return subordinators[t[p].lower()]
}

// subjectPronouns are the personal pronouns that stand as a subject.
var subjectPronouns = wordSet("i you he she it we they")

// afterComma reports whether toks[k] follows a comma, outside a quotation
// or as its last character (… was maniacal,” adding).
func (a *article) afterComma(k int) bool {
	t := a.toks
	return t[k-1].text == "," || k > 1 && t[k-1].mark && t[k-2].text == ","
}

// finite reports whether toks[j] is a finite verb, one that can open an
// attribution of its own (and Democrats accused …; and has said …), not a
// base form or participle (and the media are to blame, and citing …).
func (a *article) finite(j int) bool {
	switch a.toks[j].tag {
	case "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		if j == 0 {
			return false
		}
		w := a.toks[j-1].lower()
		return w == "has" || w == "have" || w == "had"
	case "VB": // did not suggest, would say; not to blame
		for p := j - 1; p >= 0 && p >= j-3; p-- {
			switch w := a.toks[p].lower(); {
			case w == "not" || w == "n't" || w == "never" || w == "also":
				continue
			case w == "do" || w == "does" || w == "did" || a.toks[p].tag == "MD":
				return true
			}
			return false
		}
	}
	return false
}

// tensed reports whether toks[j] is a finite verb or a modal: the verb of
// a clause of its own.
func (a *article) tensed(j int) bool { return a.finite(j) || a.toks[j].tag == "MD" }

// sentenceStart returns the index of the first token of the sentence of
// toks[k], past a dateline (BEIJING —).
func (a *article) sentenceStart(k int) int {
	t := a.toks
	s := k
	for s > 0 && t[s-1].sent == t[k].sent {
		s--
	}
	if d := datelineEnd(t, s, k); d > s {
		return d
	}
	return s
}

// datelineEnd returns the index past the dateline that opens the sentence
// starting at toks[s], before toks[k], or s if there is none: BEIJING —,
// MEXICO CITY -, New York (AFP) –, PARIS, Aug 31 (Reuters) -, BUENA PARK,
// Calif. -.
func datelineEnd(t []token, s, k int) int {
	for j := s + 1; j < k && j < s+10; j++ {
		dash := anyDash(t[j].text) // —, –, ―, --
		switch {
		case (dash || t[j].text == "-") && t[j-1].text == ")", // New York (AFP) –, PARIS, Aug 31 (Reuters) -
			dash && j < s+7 && capitals(t, j-1, j),           // BEIJING —
			t[j].text == "-" && capitals(t, s, j),            // MEXICO CITY -
			(dash || t[j].text == "-") && placeTail(t, s, j): // BUENA PARK, Calif. -
			return j + 1
		}
	}
	return s
}

// placeTail reports whether toks[s:j] are a place in capitals, a comma
// and up to three capitalized words or an abbreviation: BUENA PARK,
// Calif.; LAS CRUCES, New Mexico.
func placeTail(t []token, s, j int) bool {
	c := slices.IndexFunc(t[s:j], func(x token) bool { return x.text == "," })
	if c < 1 {
		return false
	}
	c += s
	if !capitals(t, s, c) || j-c < 2 || j-c > 4 {
		return false
	}
	for x := c + 1; x < j; x++ {
		abbr := t[x].text == "." && x > c+1 // Calif .
		if !t[x].capitalized() && !abbr || t[x].inQuote() {
			return false
		}
	}
	return true
}

// capitals reports whether t[s:e] are all words in capitals: not a
// number (In an email dated Feb. 12, 2012 — …).
func capitals(t []token, s, e int) bool {
	for j := s; j < e; j++ {
		if w := t[j].text; !t[j].word() || !allCaps(w) || !strings.ContainsFunc(w, unicode.IsLetter) {
			return false
		}
	}
	return e > s
}

func isEndPunct(s string) bool { return s == "." || s == "?" || s == "!" }

// endsSentence reports whether quoted text ends a sentence: "… the end."
func endsSentence(q string) bool {
	q = strings.TrimRight(q, `"'”’ `)
	return strings.HasSuffix(q, ".") || strings.HasSuffix(q, "?") || strings.HasSuffix(q, "!")
}

// creditBefore reports whether a speech verb outside quotation marks
// stands in the sentence before toks[k].
func (a *article) creditBefore(k int) bool {
	for j := a.sentenceStart(k); j < k; j++ {
		if !a.toks[j].inQuote() && a.speechVerb(j) {
			return true
		}
	}
	return false
}
