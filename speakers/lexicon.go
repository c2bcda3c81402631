package speakers

import (
	"slices"
	"strings"
)

// The closed-class word lists the rules rely on. None names a person.

// speechVerbs maps every form of a reporting verb to its lemma.
var speechVerbs = inflect(`
	accuse acknowledge add admit advise agree allege announce answer argue ask assert
	assure attest blame boast brag brief caution charge cite claim comment complain
	concede conclude condemn confess confide confirm contend continue counter credit
	criticize criticise decry declare demand denounce deny describe detail disagree
	disclose dismiss dispute emphasize emphasise estimate exclaim explain forecast
	grumble hail hint imply indicate inform insist instruct joke lament laud maintain
	mention muse note object observe opine order plead pledge point post praise
	predict proclaim promise propose protest question quip reassure rebut recall
	recount refer reiterate reject remark remind repeat reply report respond retort
	reveal say scoff shout signal slam speculate state stress suggest swear tell
	testify thank threaten tout tweet underline underscore urge vow warn wonder write
	yell blast decline clarify sing chant whisper mutter scream cry exclaim elaborate summarize summarise characterize label dub
	acknowledge concur highlight insist assure`)

// irregular gives the forms that the regular rules get wrong or miss.
var irregular = map[string][]string{
	"say": {"said"}, "tell": {"told"}, "write": {"wrote", "written"},
	"swear": {"swore", "sworn"}, "forecast": {"forecast"}, "plead": {"pled"},
	"speak": {"spoke", "spoken"}, "sing": {"sang", "sung"}, "think": {"thought"},
	"shoot": {"shot"}, "go": {"went", "gone"}, "cut": {"cut"},
}

// british gives the British spellings the rules do not make: labelled.
var british = map[string][]string{
	"label": {"labelled", "labelling"}, "signal": {"signalled", "signalling"},
}

// doubled holds the lemmas that double their final consonant: admitted.
var doubled = wordSet("admit quip rebut refer regret commit omit compel dub concur slam brag snap cut")

// inflect returns a map from each form of the given lemmas to the lemma.
func inflect(lemmas string) map[string]string {
	forms := make(map[string]string)
	for _, l := range strings.Fields(lemmas) {
		forms[l] = l
		for _, f := range irregular[l] {
			forms[f] = l
		}
		for _, f := range british[l] {
			forms[f] = l
		}
		stem := l
		if doubled[l] {
			stem = l + l[len(l)-1:]
		}
		switch {
		case strings.HasSuffix(l, "y") && !strings.ContainsAny(l[len(l)-2:len(l)-1], "aeiou"):
			forms[l[:len(l)-1]+"ies"] = l
			forms[l[:len(l)-1]+"ied"] = l
			forms[l+"ing"] = l
		case strings.HasSuffix(l, "ee"):
			forms[l+"s"] = l
			forms[l+"d"] = l // agreed
			forms[l+"ing"] = l
		case strings.HasSuffix(l, "e"):
			forms[l+"s"] = l
			forms[l+"d"] = l
			forms[l[:len(l)-1]+"ing"] = l
		default:
			if strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x") {
				forms[l+"es"] = l
			} else {
				forms[l+"s"] = l
			}
			if irregular[l] == nil || l == "plead" {
				forms[stem+"ed"] = l
			}
			forms[stem+"ing"] = l
		}
	}
	return forms
}

// inverting holds the lemmas that stand before their subject after a
// quotation: "…," said Kim.
var inverting = wordSet(`say add ask write continue explain note reply insist recall
	declare observe remark respond answer conclude argue warn counter quip state
	confirm acknowledge admit exclaim tweet post report shout yell`)

// besideVerbs attribute a quotation only when they stand right after it,
// as verbs of manner and of reading do: "This is fantastic!" beamed Donald
// Hartley; "…," she laughed; "…," read the email. Elsewhere they report
// nothing (the crowd laughed, she read the bill), so no other rule takes
// them. The particle a lemma needs follows it after a space: shot back.
var besideVerbs = inflect(`read interject interrupt bark boom beam fume demur
	echo laugh chuckle sigh smile grin gush marvel exult enthuse snap snarl
	sneer growl groan moan bellow holler roar thunder murmur stammer gasp sob
	wail beg implore chide scold tease taunt rejoin reflect reminisce shoot fire
	cut go chime`)

// besideParticle gives the particle that a lemma of besideVerbs needs.
var besideParticle = map[string]string{"shoot": "back", "fire": "back", "cut": "in", "go": "on", "chime": "in"}

// addresseeVerbs take the addressee as their object: told Kim, asked reporters.
var addresseeVerbs = wordSet("tell ask assure inform remind urge warn brief instruct thank reassure advise")

// objectPronouns are the personal pronouns that stand as an object; her
// also as a possessive determiner, so only where no noun follows.
var objectPronouns = wordSet("me you him her us them")

// titles are words that may stand before a name and are not part of it.
var titles = wordSet(`president vice prime minister chancellor secretary senator sen. sen
	representative rep. rep congressman congresswoman governor gov. gov mayor judge
	justice chief general gen. gen lt. col. colonel major maj. capt. captain sgt.
	sergeant admiral adm. commander king queen prince princess pope cardinal bishop
	rabbi imam father rev. reverend sheikh emir sultan ayatollah premier chairman
	chairwoman chair speaker leader director commissioner ambassador attorney sheriff
	detective officer inspector dr. dr doctor prof. professor mr. mr mrs. mrs ms. ms
	miss sir dame lord lady ceo foreign defense defence interior finance deputy acting
	former state first press spokesman spokeswoman spokesperson presidential
	democratic republican nominee candidate party supreme opposition head lawmaker
	mp counsel envoy special federal national general's prosecutor-general del. delegate
	retired ret. lt ltd. commissioner superintendent chancellor assemblyman
	assemblywoman assemblymember councilman councilwoman alderman alderwoman
	pastor recorder clerk treasurer auditor comptroller assessor supervisor freeholder
	advocate whip`)

// calendarWords are capitalized but never names: In August, On Tuesday.
var calendarWords = wordSet(`january february march april may june july august september
	october november december monday tuesday wednesday thursday friday saturday sunday`)

// roles are the nouns that describe a person's position or part; a
// description such as "the North Korean leader" names one.
var roles = wordSet(`leader president minister premier chancellor spokesman spokeswoman
	spokesperson official chief head secretary senator governor mayor nominee
	candidate ambassador envoy diplomat negotiator adviser advisor aide analyst
	expert economist professor lawyer attorney doctor commander general officer
	prosecutor judge critic supporter chairman chairwoman chair director executive
	founder owner manager coach activist campaigner lawmaker legislator congressman
	congresswoman representative strategist pollster counterpart king queen prince
	dictator strongman host anchor narrator announcer reporter journalist editor author writer
	researcher scientist historian witness victim survivor ceo speaker mate
	businessman businesswoman billionaire tycoon pastor priest rabbi imam cleric
	admiral colonel captain sergeant sheriff detective inspector commissioner
	nominee contender challenger incumbent opponent rival ally partner friend
	student teacher worker farmer resident voter member veteran soldier man woman
	boy girl mother father son daughter wife husband doctor nurse owner neighbor
	neighbour official source comedian actor actress journalist filmmaker co-anchor
	editor-in-chief commentator columnist pundit blogger correspondent consultant
	operative organizer lobbyist donor fundraiser`)

// partyWords name a person's party before the name: Democrat Bernie Sanders.
var partyWords = wordSet("democrat republican libertarian")

// documentNouns head phrases that name a document or record as a source:
// the report says, the poll found.
var documentNouns = wordSet(`report study poll survey analysis readout statement document
	memo letter filing complaint indictment lawsuit ruling order transcript
	data website`)

// headRoles are the roles a description's "leader" can stand for.
var headRoles = wordSet(`leader president premier chancellor king queen dictator strongman
	chairman head prime emir sultan monarch ruler`)

// groupNouns are plural nouns that name a group of speakers.
var groupNouns = wordSet(`officials authorities analysts experts observers critics supporters
	residents witnesses sources lawmakers legislators diplomats protesters activists
	investigators prosecutors police scientists researchers economists doctors voters
	leaders members people students workers parents citizens organizers participants
	representatives democrats republicans aides advisers advisors spokespeople
	officers soldiers troops commanders executives employees staff insiders
	strategists pollsters historians scholars academics lawyers attorneys judges
	ministers senators governors mayors campaigners opponents allies partners
	organisers families relatives neighbors neighbours fans users readers viewers
	authors editors journalists reporters economists bankers traders investors
	demonstrators rebels militants insurgents separatists forces agencies`)

// institutionWords end or make up the names of organizations.
var institutionWords = wordSet(`kremlin pentagon congress senate parliament duma knesset ministry
	office department agency commission committee council court government
	administration party campaign police army military navy company firm bank fund
	union association institute university academy foundation organization organisation
	service bureau authority board embassy cabinet directorate federation alliance
	league corporation corp. inc. inc ltd. group network times post journal news
	tribune guardian telegraph herald gazette press daily weekly magazine radio tv
	television channel reuters afp tass ria interfax xinhua yonhap kcna bloomberg
	cnn bbc nbc cbs abc fox msnbc npr politico axios breitbart mossad command
	headquarters secretariat regime
	junta center centre school hospital club team church mission presidency`)

// eventWords end the names of events, which say nothing and are no one:
// the Republican National Convention, the Iowa Caucuses.
var eventWords = wordSet("convention conference summit caucus caucuses primary debate rally")

// institutionAcronyms name organizations when written in capitals: UN, not
// the Un of Kim Jong Un.
var institutionAcronyms = wordSet("NATO UN EU WHO IMF FBI CIA NSA KGB FSB SBU GRU OPEC ASEAN")

// agencies are news agencies and outlets, which report rather than speak:
// "TASS reported" makes TASS the via of a quotation when a speaker is named.
var agencies = wordSet(`reuters afp tass ria interfax xinhua yonhap kcna bloomberg ap
	cnn bbc nbc cbs abc fox msnbc npr politico axios breitbart`)

// nationalities maps a nationality adjective, country name or seat of
// government (lower case, possibly two words) to one nationality. Places
// are separated by commas: "white house" is one, "house" is none.
var nationalities = func() map[string]string {
	m := make(map[string]string)
	for _, line := range strings.Split(`american: u.s., us, america, united states, washington, white house, pentagon
		russian: russia, moscow, kremlin
		north korean: north korea, pyongyang, dprk
		south korean: south korea, seoul
		chinese: china, beijing
		ukrainian: ukraine, kyiv, kiev
		british: britain, uk, u.k., united kingdom, london, downing street, english
		french: france, paris, elysee
		german: germany, berlin
		japanese: japan, tokyo
		indian: india, delhi
		pakistani: pakistan, islamabad
		iranian: iran, tehran
		iraqi: iraq, baghdad
		israeli: israel, jerusalem
		palestinian: palestine, gaza
		syrian: syria, damascus
		turkish: turkey, ankara
		saudi: saudi arabia, riyadh
		egyptian: egypt, cairo
		mexican: mexico
		canadian: canada, ottawa
		brazilian: brazil
		italian: italy, rome
		spanish: spain, madrid
		polish: poland, warsaw
		dutch: netherlands
		swedish: sweden
		norwegian: norway
		finnish: finland
		danish: denmark
		greek: greece, athens
		hungarian: hungary, budapest
		belarusian: belarus, minsk
		georgian: georgia, tbilisi
		australian: australia, canberra
		afghan: afghanistan, kabul
		venezuelan: venezuela, caracas
		cuban: cuba, havana
		european: europe, brussels
		taiwanese: taiwan, taipei
		vietnamese: vietnam, hanoi
		korean: korea`, "\n") {
		adj, places, _ := strings.Cut(strings.TrimSpace(line), ":")
		m[adj] = adj
		for _, p := range strings.Split(places, ",") {
			m[strings.TrimSpace(p)] = adj
		}
	}
	return m
}()

// pronouns maps the subject pronouns that can stand for a speaker to the
// speaker types they may refer to.
var pronouns = map[string][]Type{
	"he": {Person}, "she": {Person}, "they": {Group, Organization}, "it": {Organization},
}

// determiners start a noun phrase that is a description, not a name.
var determiners = wordSet("the a an this that these those its their his her our")

// haveForms are the forms of have that, as auxiliaries, may stand before
// since and a reporting verb: has since said.
var haveForms = wordSet("has have had 's 've 'd")

// skippable words may stand between a subject and its verb: Putin also
// said, Putin on Wednesday thanked, Trump earlier accused, He’s claiming.
var skippable = wordSet(`also then later earlier again further previously repeatedly publicly
	privately reportedly once recently has have had will would could might may
	did does do is was were are been being not n't never just even still only
	really already quickly immediately flatly bluntly angrily simply often always
	usually sometimes frequently long first all both overall alike
	on monday tuesday wednesday thursday friday saturday sunday today yesterday
	last week this month year night morning afternoon evening
	's 're 've 'd 'll 'm`)

// wordSet returns the set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

// abbreviations keep their final period as part of the word.
var abbreviations = wordSet(`mr. mrs. ms. dr. prof. sen. rep. gov. gen. lt. col. maj. capt.
	sgt. adm. rev. st. jr. sr. inc. corp. co. ltd. jan. feb. mar. apr. aug. sep.
	sept. oct. nov. dec. no. vs. mt. ft. lt.-col. messrs. ave. blvd. dept. est.
	approx. e.g. i.e. a.m. p.m. del.`)

// usStates are the states of the United States and the District, by name
// and by the abbreviation news style gives them after a city: Wilmington,
// N.C.; Columbus, Ohio.
var usStates = wordSet(`alabama alaska arizona arkansas california colorado connecticut delaware
	florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
	massachusetts michigan minnesota mississippi missouri montana nebraska nevada
	new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma oregon
	pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont virginia
	washington west_virginia wisconsin wyoming d.c. ala. ariz. ark. calif. colo. conn. del. fla.
	ga. ill. ind. kan. kans. ky. la. md. mass. mich. minn. miss. mo. mont. neb. nev. n.h. n.j.
	n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo.`)

// dayModifiers name a day with a weekday after them: Super Tuesday, Black
// Friday.
var dayModifiers = wordSet("super black cyber good easter ash holy palm fat giving")

// placeNouns end the names of places: Ho Chi Minh City, Orange County.
var placeNouns = wordSet("city county town village island islands province district borough valley")

// placeName reports whether words, lower case, name a place: a state, a
// country or capital, or a name that ends with a place noun.
func placeName(words []string) bool {
	return len(words) > 0 && (usState(words) || nationalities[key(words)] != "" || placeNouns[words[len(words)-1]])
}

// usState reports whether words, lower case, name a state: ohio, n.c., new
// york; also an abbreviation whose full stop the tokenizer split off (md .).
func usState(words []string) bool {
	if n := len(words); n >= 2 && words[n-1] == "." {
		words = append(slices.Clone(words[:n-2]), words[n-2]+".")
	}
	return len(words) > 0 && len(words) <= 2 && usStates[strings.Join(words, "_")]
}
