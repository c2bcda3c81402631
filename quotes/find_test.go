package quotes

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// In the inputs below, ⟦ and ⟧ mark where each quotation's content must start
// and end. A kind letter may follow ⟦: d (direct, the default), p (partial) or
// t (term); a + after it marks a quotation that Continues the previous one,
// a > one that Resumes it.
// The marks are removed before Find sees the text.
var findTests = []struct{ name, in string }{
	{"straight", `He said "⟦I'm done.⟧" and left.`},
	{"curly", `“⟦We will rebuild,⟧” the mayor said on Tuesday.`},
	{"two in a paragraph", `“⟦Yes,⟧” she said. “⟦No.⟧”`},
	{"guillemets", `«⟦Nous verrons,⟧» a-t-il dit.`},
	{"low-high", `Er sagte: „⟦Wir schaffen das.⟧“`},
	{"colon lead-in", `Putin said: "⟦We are waiting for you.⟧"`},
	{"comma lead-in", `He told reporters, “⟦It is over.⟧”`},
	{"several sentences", `"⟦This was in full accordance with our new agreement. I would like to note that your soldiers fought courageously.⟧" he said.`},
	{"partial", `relations have been "⟦pdeveloping in every dimension⟧" since then.`},
	{"partial with period", `suggesting the American president was being "⟦pironic.⟧"`},
	{"partial after verb", `Trump accused China of "⟦pconspiring⟧" against the United States.`},
	{"term modifier", `Donald Trump's disruptive "⟦tAmerica First⟧" foreign policy.`},
	{"term adjective", `designated it as an "⟦tundesirable⟧" organization.`},
	{"term after article", `our earlier labeling as a "⟦tforeign agent.⟧"`},
	{"term so-called", `the so-called “⟦tIslamic State⟧” group`},
	{"nickname inside a name", `State Del. Marcia "⟦tCia⟧" Price (D) and Juan “⟦tChico⟧” Manriquez spoke. He called them "⟦pLiars⟧" twice.`},
	{"term nickname", `Mr. Smith, who goes by "⟦tShorty,⟧" said it would work. "⟦It will,⟧" said a man who goes by "⟦tShorty.⟧"`},
	{"term title", `On this weekend’s broadcast of “⟦tFox News Sunday,⟧” Pence said.`},
	{"term title in an apposition", `In his 2002 book, ''⟦tMake Your Kid a Millionaire,⟧'' Mr. McKinley suggested saving.`},
	{"term stage direction", "PENCE: We will win.\n\n\"⟦t(CROSSTALK.)⟧\"\n\nWALLACE: Governor."},
	{"a comma lead-in after a noun that names no work", `He told the crowd, “⟦Make America Great Again,⟧” and left.`},
	{"term title ending its sentence", `Flynn said Thursday on Fox News’s “⟦tFox and Friends.⟧”`},
	{"term title as a sentence's subject", "“⟦Promise mama,⟧” Blige sings.\n\n“⟦tAmerican Skin (41 Shots)⟧” was written by Springsteen."},
	{"direct quotation before was is not a title", "“⟦we will win⟧” was his message."},
	{"term subhead", "“⟦A big year,⟧” he said.\n\n‘⟦tCoal Isn't the Villain.⟧’\n\nIt was raining."},
	{"direct paragraph after a sentence", "“⟦Here comes Big Daddy,⟧” she said. “⟦The Donald. Big Daddy.⟧”\n\nIt was late."},
	{"capitalized partial ending its sentence", `Trump called the ruling "⟦pVery Sad and Unfair.⟧" Nobody agreed.`},
	{"apostrophes only", `Russia’s students’ rock ’n’ roll of the ’90s, O’Neill said, don't.`},
	{"apostrophes inside", `“⟦Russia’s troops don’t leave,⟧” O’Neill said.`},
	{"nested single", `“⟦He told me ‘no way,’ and left.⟧”`},
	{"headline singles", `Pence: Trump Was ‘⟦pMocking⟧’ Clinton Camp.`},
	{"british singles", `‘⟦We will fight on,⟧’ the minister said.`},
	{"inch mark", `He is 6'2" tall and said "⟦pfine⟧" twice.`},
	{"unclosed ends with paragraph", "He said \"⟦I will not go⟧\nNext paragraph has no quote."},
	{"stray closer", `The 12" record” was sold. She said “⟦Fine.⟧”`},
	{"closing mark opening a paragraph", "It was late.\n\n” ⟦… what I learned is that words matter,⟧” he said."},
	{"stray opener restarts", `A “stray mark and then “⟦pa real quote,⟧” he said.`},
	{"multi-paragraph", "“⟦The first part.⟧\n\n“⟦+The second part.⟧\n\n“⟦+The end,⟧” he said."},
	{"blank lines", "\n\n  \n“⟦Hi.⟧”\n\n"},
	{"empty quote", `He said "" and "  " then "⟦pno⟧".`},
	{"code paragraph", "Prose with \"⟦pwords⟧\".\n.a{color:red;} .b{x:\"y\";}\ndocument.addEventListener(\"DOMContentLoaded\", function () { x(); });"},
	{"doubled apostrophes", `''⟦It has the virtue of being responsible,⟧'' Leonard Burman said.`},
	{"typeset marks", "``⟦We won,⟧'' she said."},
	{"em dash interruption", `"⟦I was—⟧" he began.`},
	{"resumed after its cue", `“⟦What we owe them is honesty,⟧” Obama said, “⟦>and to say the economy is shifting.⟧”`},
	{"resumed after a titled cue", `"⟦My hope,⟧" Mr. Obama told reporters on Sunday, "⟦>is that I can help.⟧"`},
	{"resumed capitalized", `“⟦If you look back,⟧” Scott said, “⟦>I could have written those things.⟧”`},
	{"not resumed after a sentence end", `“⟦It was hard,⟧” she said. “⟦It will be harder.⟧”`},
	{"not resumed after a partial", `He called it the "⟦pworst,⟧" she said, "⟦pby far⟧" in years.`},
	{"not resumed after a long run", `“⟦It was hard,⟧” she said in a long interview at her office in the capital on Monday evening, “⟦We will win.⟧”`},
}

// unmark removes the ⟦ ⟧ markers from s, returning the text and the quotes
// they mark (only the fields the markers say).
func unmark(s string) (string, []Quote) {
	var b strings.Builder
	var want []Quote
	for len(s) > 0 {
		switch {
		case strings.HasPrefix(s, "⟦"):
			s = s[len("⟦"):]
			q := Quote{Kind: Direct}
			if k := strings.IndexByte("dpt", s[0]); k >= 0 {
				q.Kind = Kind(k + 1)
				s = s[1:]
			}
			if s[0] == '+' {
				q.Continues = true
				s = s[1:]
			}
			if s[0] == '>' {
				q.Resumes = true
				s = s[1:]
			}
			q.Start = b.Len()
			want = append(want, q)
		case strings.HasPrefix(s, "⟧"):
			s = s[len("⟧"):]
			want[len(want)-1].End = b.Len()
		default:
			b.WriteByte(s[0])
			s = s[1:]
		}
	}
	text := b.String()
	for i := range want {
		want[i].Text = text[want[i].Start:want[i].End]
	}
	return text, want
}

// brief keeps the fields of a Quote that the tables check.
type brief struct {
	Text      string
	Start     int
	End       int
	Kind      string
	Continues bool
	Resumes   bool
}

func briefs(qs []Quote) []brief {
	var out []brief
	for _, q := range qs {
		out = append(out, brief{q.Text, q.Start, q.End, q.Kind.String(), q.Continues, q.Resumes})
	}
	return out
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		t.Run(tt.name, func(t *testing.T) {
			text, want := unmark(tt.in)
			got := Find(text)
			if diff := cmp.Diff(briefs(want), briefs(got)); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", text, diff)
			}
		})
	}
}

func TestFindMarksAndNested(t *testing.T) {
	text := `x “He told me ‘no way,’ and left.” y`
	qs := Find(text)
	if len(qs) != 1 {
		t.Fatalf("Find(%q) = %d quotes, want 1", text, len(qs))
	}
	q := qs[0]
	if got := text[q.Marks.Start:q.Marks.End]; got != `“He told me ‘no way,’ and left.”` {
		t.Errorf("marks = %q", got)
	}
	if len(q.Nested) != 1 || text[q.Nested[0].Start:q.Nested[0].End] != "no way," {
		t.Errorf("nested = %v", q.Nested)
	}
	if !q.Closed || q.Paragraph != 0 {
		t.Errorf("closed=%v paragraph=%d", q.Closed, q.Paragraph)
	}
}

func TestFindParagraphIndex(t *testing.T) {
	text := "one\n\ntwo \"a b\"\nthree\n\"four five\""
	var got []int
	for _, q := range Find(text) {
		got = append(got, q.Paragraph)
	}
	if diff := cmp.Diff([]int{1, 3}, got); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
}

// TestFindSeeds checks that the seed articles' page code yields nothing and
// that every quotation lies in prose.
func TestFindSeeds(t *testing.T) {
	for _, f := range articleFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, q := range Find(text) {
			if strings.ContainsAny(q.Text, "{};=") {
				t.Errorf("%s: quote from code: %q", f, q.Text)
			}
		}
	}
}

func TestLooksLikeCode(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`.col-lg-12.second .opinion-widget{border-top:1px solid #D0D0D0;} #w .t {font-size:32px;}`, true},
		{`document.addEventListener("DOMContentLoaded", function () { const s = 1; });`, true},
		{`const f = (x) => { return x; }`, true},
		{`{"id": "a1", "text": "He said \"hi\"."}`, true},
		{`<div class="a"><span>Hi</span></div>`, true},
		{`"We will never forget the sacrifices made by your armed forces," he added.`, false},
		{`The vote (51–49) passed; critics said it was rushed.`, false},
		{`Today’s Paper`, false},
		{`Price: $2 {approx.} per copy.`, false},
	}
	for _, tt := range tests {
		if got := looksLikeCode(tt.in); got != tt.want {
			t.Errorf("looksLikeCode(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func ExampleFind() {
	text := `“We will rebuild,” the mayor said on Tuesday, calling it "our duty."`
	for _, q := range Find(text) {
		fmt.Printf("%d:%d %s %s\n", q.Start, q.End, q.Kind, q.Text)
	}
	// Output:
	// 3:19 direct We will rebuild,
	// 62:71 partial our duty.
}
