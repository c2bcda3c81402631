// Package outlet names the publication of a plain-text article from its
// furniture: the credit lines, copyright notices, datelines and appeals
// that a copied web page keeps around its story, such as "(AFP photo)",
// "MOSCOW (Reuters) —", "Copyright Reuters", "— The Associated Press" or
// "Support The Moscow Times!".
//
// It knows a closed list of news agencies and outlets, and reads a name
// only where furniture puts it: "Russian state news agency TASS reported"
// names a source of the story, not its outlet, and is ignored. What it
// finds is a guess, to be used only where nothing better, such as a
// corpus's outlet field or a page's site name, is known, and to be shown
// as inferred.
package outlet

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// known lists the outlets Infer can name: each canonical name, then the
// other ways furniture writes it. Names are matched with their case as
// written here, and as whole words.
var known = [][]string{
	// News agencies.
	{"AFP", "Agence France-Presse", "Agence France Presse"},
	{"Reuters", "REUTERS", "Thomson Reuters"},
	{"The Associated Press", "Associated Press", "AP"},
	{"Bloomberg", "Bloomberg News"},
	{"TASS", "Tass"},
	{"RIA Novosti"},
	{"Interfax"},
	{"Xinhua", "Xinhua News Agency"},
	{"Yonhap", "Yonhap News Agency"},
	{"Kyodo News", "Kyodo"},
	{"KCNA", "Korean Central News Agency"},
	{"EFE"},
	{"ANSA"},
	{"dpa", "DPA", "Deutsche Presse-Agentur"},
	{"UPI", "United Press International"},
	{"PTI", "Press Trust of India"},
	{"Anadolu Agency", "Anadolu"},
	{"Ukrinform"},
	// Outlets.
	{"The Moscow Times", "Moscow Times"},
	{"Meduza"},
	{"Novaya Gazeta"},
	{"The Kyiv Independent", "Kyiv Independent"},
	{"BBC", "BBC News"},
	{"CNN"},
	{"NPR"},
	{"Al Jazeera"},
	{"The Guardian"},
	{"The New York Times", "New York Times"},
	{"The Washington Post", "Washington Post"},
	{"The Wall Street Journal", "Wall Street Journal"},
	{"Financial Times"},
	{"The Independent"},
	{"The Telegraph"},
	{"Politico", "POLITICO"},
	{"Deutsche Welle", "DW"},
	{"France 24"},
	{"Euronews"},
	{"RFE/RL", "Radio Free Europe/Radio Liberty"},
	{"Voice of America", "VOA"},
	{"South China Morning Post"},
	{"The Japan Times"},
	{"The Korea Herald"},
	{"The Korea Times"},
	{"The Times of India"},
	{"Hindustan Times"},
	{"The Hindu"},
	{"Daily Sabah"},
	{"Arab News"},
}

// Weights of the kinds of furniture: how surely each names the article's
// outlet. A photo credit may name an agency whose photo illustrates another
// outlet's story.
const (
	notice = 3 // an appeal, a copyright notice, a credit line, a dateline
	photo  = 1 // a photo credit
)

// aliases maps each way of writing a known outlet to its canonical name;
// byLength holds the ways, longest first, so that the longest wins.
var aliases, byLength = func() (map[string]string, []string) {
	m := make(map[string]string)
	var names []string
	for _, o := range known {
		for _, n := range o {
			m[n] = o[0]
			names = append(names, n)
		}
	}
	slices.SortStableFunc(names, func(a, b string) int { return len(b) - len(a) })
	return m, names
}()

// Infer returns the canonical name of the outlet that text names in its
// furniture, or "" if it names none it knows. It reads these:
//
//   - an appeal or notice at the start of a line: "Support The Moscow
//     Times!", "A Message from The Moscow Times:", "Subscribe to …";
//   - a copyright notice: "Copyright Reuters", "© 2025 AFP", "(c) AP";
//   - a credit line of its own: "— The Associated Press";
//   - a dateline: "MOSCOW (Reuters) —", "BEIJING, Sept 3 (AFP) -";
//   - a note of first publication: "originally published by Meduza";
//   - a photo credit: "(AFP photo)", "(AP Photo/Evan Vucci)", "(Reuters)",
//     "Photo: AFP", "Photo by Jane Doe / AFP".
//
// When it names several outlets, the one with the most weight wins: each
// photo credit counts one, each of the others three; on a tie, the one
// named first.
//
// Infer reads all of text once, in time linear in its length. It is safe
// for concurrent use.
func Infer(text string) string {
	var t tally
	for line := range strings.Lines(text) {
		t.line(strings.TrimRight(line, "\r\n"))
	}
	return t.best
}

// A tally adds up the weight of each outlet named so far.
type tally struct {
	score map[string]int
	best  string // the outlet with the most weight, first named on a tie
}

// add counts name, if it is one, with weight w.
func (t *tally) add(name string, w int) {
	if name == "" {
		return
	}
	if t.score == nil {
		t.score = make(map[string]int)
	}
	t.score[name] += w
	if t.best == "" || t.score[name] > t.score[t.best] {
		t.best = name
	}
}

// line counts the furniture in one line.
func (t *tally) line(line string) {
	trimmed := strings.TrimSpace(line)
	for _, p := range []string{"Support ", "A Message from ", "A message from ", "Subscribe to ", "Donate to "} {
		if rest, ok := strings.CutPrefix(trimmed, p); ok {
			name, _ := nameAt(rest)
			t.add(name, notice)
		}
	}
	for _, dash := range []string{"—", "–", "--", "-"} {
		if rest, ok := strings.CutPrefix(trimmed, dash); ok {
			rest = strings.TrimSpace(rest)
			if name, n := nameAt(rest); name != "" && strings.TrimSuffix(rest[n:], ".") == "" {
				t.add(name, notice)
			}
			break
		}
	}
	t.parens(line)
	for _, mark := range []string{"Copyright", "copyright", "COPYRIGHT", "©", "(c)", "(C)"} {
		for rest := line; ; {
			i := strings.Index(rest, mark)
			if i < 0 {
				break
			}
			rest = rest[i+len(mark):]
			name, _ := nameAt(skipYear(rest))
			t.add(name, notice)
		}
	}
	for _, note := range []string{"originally published", "originally appeared", "first published", "first appeared"} {
		if _, rest, ok := strings.Cut(line, note); ok {
			rest = strings.TrimLeft(rest, " ")
			for _, prep := range []string{"in ", "on ", "by "} {
				rest = strings.TrimPrefix(rest, prep)
			}
			name, _ := nameAt(rest)
			t.add(name, notice)
		}
	}
	t.captions(line)
}

// parens counts the parenthesised credits in line: photo credits, and
// datelines.
func (t *tally) parens(line string) {
	for i := 0; ; {
		open := strings.IndexByte(line[i:], '(')
		if open < 0 {
			return
		}
		open += i
		i = open + 1
		end := strings.IndexAny(line[i:], "()")
		if end < 0 || end > 80 || line[i+end] != ')' {
			continue
		}
		inner := strings.TrimSpace(line[i : i+end])
		inner, _ = cutWord(inner, mediaWords, ":")
		name, n := nameAt(inner)
		if name == "" {
			continue
		}
		rest, _ := cutWord(strings.TrimLeft(inner[n:], " "), mediaWords, "")
		if rest != "" && rest[0] != '/' {
			continue
		}
		w := photo
		if isDateline(line[:open], line[i+end+1:]) {
			w = notice
		}
		t.add(name, w)
	}
}

// isDateline reports whether a parenthesised name between before and after
// is a dateline's: "MOSCOW (Reuters) —", "BEIJING, Sept 3 (AFP) -".
func isDateline(before, after string) bool {
	city, _, _ := strings.Cut(before, ",")
	city = strings.TrimSpace(city)
	if city == "" || len(before) > 50 || strings.ToUpper(city) != city || !unicode.IsUpper(firstRune(city)) {
		return false
	}
	after = strings.TrimLeft(after, " ")
	for _, dash := range []string{"—", "–", "-", ":"} {
		if strings.HasPrefix(after, dash) {
			return true
		}
	}
	return false
}

// mediaWords begin or end a photo credit.
var mediaWords = []string{"file photo", "photo", "picture", "image", "video"}

// startsMedia holds the first letters of [mediaWords], in either case.
var startsMedia = func() (set [256]bool) {
	for _, w := range mediaWords {
		set[w[0]] = true
		set[unicode.ToUpper(rune(w[0]))] = true
	}
	return set
}()

// captions counts the photo credits in line outside parentheses: "Photo:
// AFP", "Photo by Jane Doe / AFP".
func (t *tally) captions(line string) {
	for i := 0; i < len(line); {
		if !startsMedia[line[i]] {
			i++
			continue
		}
		if i > 0 && (isWordByte(line[i-1]) || line[i-1] == '(') {
			i++
			continue
		}
		rest, ok := cutWord(line[i:], mediaWords, "")
		if !ok {
			i++
			continue
		}
		i = len(line) - len(rest)
		if r, ok := cutWord(rest, []string{"credit"}, ""); ok {
			rest = r
		}
		if after, ok := strings.CutPrefix(rest, ":"); ok {
			name, _ := nameAt(strings.TrimLeft(after, " "))
			t.add(name, photo)
		} else if after, ok := strings.CutPrefix(rest, "by "); ok {
			slash := strings.IndexAny(after, "/()")
			if slash > 0 && slash <= 60 && after[slash] == '/' {
				name, _ := nameAt(strings.TrimLeft(after[slash+1:], " "))
				t.add(name, photo)
			}
		}
	}
}

// cutWord removes from s the first of words that begins it, in any case,
// as a whole word, then sep; it reports whether it did.
func cutWord(s string, words []string, sep string) (string, bool) {
	for _, w := range words {
		if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) && !isWordByte(at(s, len(w))) {
			rest := strings.TrimLeft(s[len(w):], " ")
			if sep != "" {
				r, ok := strings.CutPrefix(rest, sep)
				if !ok {
					return s, false
				}
				rest = strings.TrimLeft(r, " ")
			}
			return rest, true
		}
	}
	return s, false
}

// skipYear removes from s the spaces, the ©, and the year or years that
// may come between a copyright mark and the name.
func skipYear(s string) string {
	s = strings.TrimPrefix(strings.TrimLeft(s, " "), "©")
	s = strings.TrimLeft(s, " ")
	n := 0
	for n < len(s) && (s[n] >= '0' && s[n] <= '9' || s[n] == '-' || s[n] == ',' || s[n] == ' ') {
		n++
	}
	return strings.TrimPrefix(s[n:], "–")
}

// nameAt returns the canonical name of the known outlet that s begins
// with, perhaps after "The", as a whole word, and the length of s it takes;
// or "", 0.
func nameAt(s string) (string, int) {
	skip := 0
	for _, the := range []string{"The ", "the "} {
		if strings.HasPrefix(s, the) {
			skip = len(the)
		}
	}
	for _, from := range []int{0, skip} {
		for _, n := range byLength {
			if strings.HasPrefix(s[from:], n) && !isWordByte(at(s, from+len(n))) {
				return aliases[n], from + len(n)
			}
		}
	}
	return "", 0
}

// at returns s[i], or 0 past its end.
func at(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

// isWordByte reports whether b continues a word: an ASCII letter or digit,
// or any byte of a multi-byte UTF-8 character, which is taken as a letter.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= utf8.RuneSelf
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
