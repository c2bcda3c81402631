package speakers

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/quotes"
)

// In the cases below, ⟦ and ⟧ enclose the one quotation a case is about
// (other quotations may appear unmarked); the marks are removed before
// Resolve sees the text. want lists the fields that must hold: empty ones
// are not checked, except the speaker, where "" means the resolver must
// abstain.
var resolveTests = []struct {
	name string
	in   string
	want want
}{
	{"told addressee",
		`Russian President Vladimir Putin met North Korean leader Kim Jong Un. "⟦We are grateful,⟧" Putin told Kim in televised remarks.`,
		want{speaker: "Vladimir Putin", typ: "person", mention: "Putin", cue: "told", addressee: "Kim Jong Un", method: "cue-after"}},
	{"a pronoun goes to the newcomer whose reporting verb the tagger took for a noun",
		"Senator Elizabeth Warren and Treasury Secretary Janet Yellen clashed on Tuesday.\n\n\"This is a disaster,\" Warren said.\n\nYellen disagreed. \"⟦The economy is strong,⟧\" she said.",
		want{speaker: "Janet Yellen", typ: "person", mention: "she", cue: "said", method: "cue-after"}},
	{"a verb in a relative clause set off by commas governs no quotation after it",
		`Senator Elizabeth Warren spoke on Monday. The senator, who has long criticized the Fed, dismissed the decision as "⟦a mistake that will cost jobs⟧."`,
		want{speaker: "Elizabeth Warren", typ: "person", mention: "The senator", cue: "dismissed", method: "verb-subject"}},
	{"called governs the quotation that names its object",
		`Senator Elizabeth Warren spoke on Monday. The senator called the decision "⟦a mistake that will cost jobs⟧."`,
		want{speaker: "Elizabeth Warren", typ: "person", mention: "The senator", cue: "called", method: "verb-subject"}},
	{"called does not reach past its own quotation",
		`Donald Trump called the merger "a terrible deal" and ranked Fiorina as one of the worst CEOs "⟦in the history of business⟧."`,
		want{speaker: "Donald Trump", typ: "person", mention: "Donald Trump", cue: "ranked", method: "quoted-complement"}},
	{"the comma that opens a quotation does not close a relative clause",
		`John Dickey, the chief executive of Ora Media -- the production company, which is also streamed on Hulu -- told me, "⟦We're a content provider.⟧"`,
		want{speaker: "John Dickey", typ: "person", mention: "John Dickey, the chief executive of Ora Media -- the production company, which is also streamed on Hulu", cue: "told", method: "cue-before"}},
	{"an abbreviated title gives the role a description names",
		`Gov. Chris Christie spoke on Monday. The governor said the decision was "⟦a mistake that will cost jobs⟧."`,
		want{speaker: "Chris Christie", typ: "person", mention: "The governor", cue: "said", method: "verb-subject"}},
	{"a state in a description must be the entity's",
		`Iowa Sen. Joni Ernst spoke on Monday. The Florida senator said the decision was "⟦a mistake that will cost jobs⟧."`,
		want{mention: "The Florida senator", cue: "said"}},
	{"a description does not go to someone the article names only later",
		"The senator said it was \"⟦a mistake⟧\" to use private email.\n\nTrump attacked Arizona Sen. John McCain.",
		want{mention: "The senator", cue: "said"}},
	{"shouted stands before its subject after a quotation",
		`"⟦Nonsense!⟧" shouted Kemi Badenoch.`,
		want{speaker: "Kemi Badenoch", typ: "person", mention: "Kemi Badenoch", cue: "shouted", method: "cue-after"}},
	{"a gendered noun before the titles in apposition gives the name its gender",
		"Hillary Clinton and her husband, former President Bill Clinton, campaigned in Ohio.\n\n\"⟦We are going to win,⟧\" Mrs. Clinton said.",
		want{speaker: "Hillary Clinton", typ: "person", mention: "Mrs. Clinton", cue: "said", method: "cue-after"}},
	{"a surname is the name's even with a generational suffix",
		`Joseph R. Biden Jr. spoke on Monday. "⟦We will win,⟧" Mr. Biden said.`,
		want{speaker: "Joseph R. Biden Jr.", typ: "person", mention: "Mr. Biden", cue: "said", method: "cue-after"}},
	{"a name without the suffix is another person",
		"Rep. Duncan Hunter (R-Calif.) endorsed Trump on Monday.\n\nHis father, Duncan Hunter Sr., did too. \"⟦We need a fighter,⟧\" Duncan Hunter said.",
		want{speaker: "Duncan Hunter", typ: "person", mention: "Duncan Hunter", cue: "said", method: "cue-after"}},
	{"an adjective after the noun in an inverted cue",
		`"⟦The rally was peaceful,⟧" said an official close to the campaign.`,
		want{speaker: "official close to the campaign", mention: "an official", cue: "said", method: "cue-after"}},
	{"a speech verb in a closed aside governs no quotation after it",
		`Her star turn came at the Gridiron (a clan of reporters who sing songs poking fun at politicos), when she went from "⟦Queen Nancy⟧" to "Bag Lady" overnight.`,
		want{}},
	{"a document's verb read as a noun after the quotation",
		`The Times ran a story. "⟦Leaders honored Trump yesterday,⟧" the article read.`,
		want{speaker: "article", mention: "the article", cue: "read", method: "cue-after"}},
	{"the writer's kin, an adverb before the verb",
		`"⟦We live in Satan's kingdom,⟧" my father often said.`,
		want{speaker: "my father", typ: "person", cue: "said", method: "cue-after"}},
	{"she does not stand for the writer's father",
		`"We live in Satan's kingdom," my father often said. "⟦I was just kidding,⟧" she said.`,
		want{mention: "she"}},
	{"a person's name that begins a foundation's is the person's",
		`The Eric Trump Foundation got a gift. "⟦Just to be clear, I never said no,⟧" Eric Trump wrote in an email.`,
		want{speaker: "Eric Trump", typ: "person", cue: "wrote", method: "cue-after"}},
	{"names coordinated before the verb speak together, each by full name",
		`Ben Carson spoke in Iowa. Mike Huckabee also spoke. "⟦We are done,⟧" Carson and Huckabee said.`,
		want{speaker: "Ben Carson and Mike Huckabee", typ: "group", mention: "Carson and Huckabee", cue: "said", method: "cue-after"}},
	{"names coordinated after an inverted verb",
		`Ben Carson spoke in Iowa. Mike Huckabee also spoke. "⟦We are done,⟧" said Carson and Huckabee.`,
		want{speaker: "Ben Carson and Mike Huckabee", typ: "group", mention: "Carson and Huckabee", cue: "said", method: "cue-after"}},
	{"names coordinated before a verb that leads the quotation",
		`Ben Carson spoke in Iowa. Mike Huckabee also spoke. Carson and Huckabee said, "⟦We are done.⟧"`,
		want{speaker: "Ben Carson and Mike Huckabee", typ: "group", mention: "Carson and Huckabee", cue: "said", method: "cue-before"}},
	{"an inverted verb's name and a clause after it",
		`Ben Carson spoke in Iowa. Mike Huckabee also spoke. "⟦We are done,⟧" said Carson and added that he was tired.`,
		want{speaker: "Ben Carson", mention: "Carson", cue: "said", method: "cue-after"}},
	{"a speech verb read as a noun after a prepositional phrase",
		`"⟦So why didn't he pay?⟧" a narrator in the Clinton ad asks.`,
		want{speaker: "narrator in the Clinton ad", typ: "person", mention: "a narrator in the Clinton ad", cue: "asks", method: "cue-after"}},
	{"a speech verb read as a noun before a colon",
		"The New York Times reports:\n\n\"⟦Just 24 percent of the contributors have given $200 or less.⟧\"",
		want{speaker: "New York Times", typ: "organization", cue: "reports", method: "colon-lead-in"}},
	{"a post before a colon is not a verb",
		"Jeb Bush endorsed Ted Cruz on Wednesday. From Bush's Facebook post: \"⟦We must move to overcome the divisiveness.⟧\"",
		want{speaker: "Jeb Bush"}},
	{"inverted cue",
		`Hugh Hill runs the clinic. "⟦It is over,⟧" said Hill.`,
		want{speaker: "Hugh Hill", typ: "person", mention: "Hill", cue: "said", method: "cue-after"}},
	{"a verb of manner right after the quotation is its cue",
		`Donald Hartley came from Madison. "⟦This is fantastic!⟧" beamed Donald Hartley of Madison, Alabama, who snuck onto the floor.`,
		want{speaker: "Donald Hartley", typ: "person", cue: "beamed", method: "cue-after"}},
	{"a verb of manner after the speaker",
		"Marco Rubio spoke next.\n\n\"⟦Stop it,⟧\" Rubio shot back.",
		want{speaker: "Marco Rubio", typ: "person", mention: "Rubio", cue: "shot back", method: "cue-after"}},
	{"a verb of manner away from a quotation is no cue",
		"Marco Rubio spoke next. The crowd laughed. Rubio read the bill.\n\n\"⟦Yes.⟧\"",
		want{}},
	{"a pronoun with the last speaker and another person both on stage",
		"\"You know, it happens,\" Donald Trump went on.\n\nTrump took offense when Fox News host Megyn Kelly confronted him. \"⟦She is biased,⟧\" he said.",
		want{}},
	{"a headline credits its quotation to a name before a colon",
		"Trump: ‘⟦I’m the Worst Thing That Ever Happened to the Establishment.⟧’\n\nRepublican front-runner Donald Trump addressed the students.",
		want{speaker: "Donald Trump", typ: "person", mention: "Trump", cue: ":", method: "colon-credit"}},
	{"a second name and colon after a quotation credits the next one",
		"Jeb Bush and Hillary Clinton reject the term.\n\nClinton: \"Our goal is to destroy ISIS.\" Bush: \"⟦The mission is to destroy ISIS.⟧\"",
		want{speaker: "Jeb Bush", typ: "person", mention: "Bush", cue: ":", method: "colon-credit"}},
	{"a label before a colon that names no one credits nothing",
		"Jeb Bush spoke.\n\nUPDATE: \"⟦We are here.⟧\"",
		want{}},
	{"a quotation after a sentence that reports what a pronoun said",
		"Sen. Hillary Clinton spoke in Iowa.\n\nIn response to the charge, she said she had made progress. \"⟦I really believe we have done an incredible job.⟧\"",
		want{speaker: "Hillary Clinton", typ: "person", mention: "she", method: "previous-sentence"}},
	{"a name in apposition after a description and what qualifies it",
		"The group hired lobbyists.\n\n\"⟦We did it alone,⟧\" the director of the European Centre, Ina Kirsch, said.",
		want{speaker: "Ina Kirsch", mention: "Ina Kirsch", cue: "said", method: "cue-after"}},
	{"a time phrase of hours that opens the sentence is not its subject",
		"Donald Trump met Sheldon Adelson.\n\nHours later, Trump returned the compliment, telling Reuters, \"⟦Sheldon and I have been friends for a long time.⟧\"",
		want{speaker: "Donald Trump", mention: "Trump", cue: "telling", method: "clause-subject"}},
	{"a capitalized role before a full name is not part of it",
		"Rival Hillary Clinton spoke first.\n\n\"⟦We won,⟧\" Clinton said.",
		want{speaker: "Hillary Clinton", typ: "person", mention: "Clinton", cue: "said", method: "cue-after"}},
	{"a party before a full name is not part of it",
		"Democrat Bernie Sanders spoke first.\n\n\"⟦We won,⟧\" Sanders said.",
		want{speaker: "Bernie Sanders", typ: "person", mention: "Sanders", cue: "said", method: "cue-after"}},
	{"a headline's verb outside the reporting verbs ends the name",
		"In Miami, Carly Fiorina Endorses Ted Cruz.\n\n\"⟦He is the one,⟧\" Fiorina said.",
		want{speaker: "Carly Fiorina", typ: "person", mention: "Fiorina", cue: "said", method: "cue-after"}},
	{"a headline's preposition is not part of the name after it",
		"Trump Scores Big Win Over Marco Rubio.\n\n\"⟦It was a bad night,⟧\" Rubio said.",
		want{speaker: "Marco Rubio", typ: "person", mention: "Rubio", cue: "said", method: "cue-after"}},
	{"a capitalized role between a place or organization and a full name",
		"Clinton Senior Adviser Sidney Blumenthal wrote the memo.\n\n\"⟦It was a mistake,⟧\" Blumenthal said.",
		want{speaker: "Sidney Blumenthal", typ: "person", mention: "Blumenthal", cue: "said", method: "cue-after"}},
	{"an honorific after a full name is a headline's",
		"Why Did Marco Rubio Miss The Vote.\n\n\"⟦I was campaigning,⟧\" Rubio said.",
		want{speaker: "Marco Rubio", typ: "person", mention: "Rubio", cue: "said", method: "cue-after"}},
	{"a nationality before a lone name is a first name",
		"\"It is a critique,\" said Freddy Ortega, German's brother.\n\n\"⟦Mexicans laugh at our tragedies,⟧\" said German Ortega, a star of the play.",
		want{speaker: "German Ortega", typ: "person", mention: "German Ortega, a star of the play", cue: "said", method: "cue-after"}},
	{"the body a title names before a full name",
		"The plan was shown by Speaker of the House Newt Gingrich.\n\n\"⟦It is needed,⟧\" Gingrich said.",
		want{speaker: "Newt Gingrich", typ: "person", mention: "Gingrich", cue: "said", method: "cue-after"}},
	{"two titles of one person joined by and",
		"Biden will campaign in Ohio.\n\n\"⟦He is reprising that role,⟧\" said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.",
		want{speaker: "Ed Rendell", typ: "person", mention: "Democratic National Committee Chairman Ed Rendell", cue: "said", method: "cue-after"}},
	{"a colon lead-in that names a document and its owner",
		"Jeb Bush endorsed Ted Cruz on Wednesday.\n\nAides say he plans to \"actively support\" Cruz. From Bush's Facebook post: \"⟦We must move to overcome the divisiveness.⟧\"",
		want{speaker: "Jeb Bush", typ: "person", mention: "Bush", cue: "post", via: "Facebook post", method: "colon-document"}},
	{"a colon lead-in with a document and no owner names no one",
		"Jeb Bush endorsed Ted Cruz on Wednesday.\n\nAides say he plans to \"actively support\" Cruz. From the statement: \"⟦We must move on.⟧\"",
		want{}},
	{"a name's verb that prose reads as a plural noun",
		"Mary J. Blige has a new show.\n\n\"⟦Promise mama you'll keep your hands in sight,⟧\" Blige sings to Clinton before asking her a question.",
		want{speaker: "Mary J. Blige", typ: "person", mention: "Blige", cue: "sings", method: "cue-after"}},
	{"Mr. is not the first lady who shares his surname",
		"The campaign plans to employ Mr. Obama and the first lady, Michelle Obama.\n\n\"My name is not on the ballot,\" Mr. Obama said.\n\n\"⟦We will go high,⟧\" Mrs. Obama said.",
		want{speaker: "Michelle Obama", typ: "person", mention: "Mrs. Obama", cue: "said", method: "cue-after"}},
	{"Mrs. is not the man who shares her surname",
		"The campaign plans to employ Mr. Obama and the first lady, Michelle Obama.\n\n\"⟦My name is not on the ballot,⟧\" Mr. Obama said.",
		want{speaker: "Obama", typ: "person", mention: "Mr. Obama", cue: "said", method: "cue-after"}},
	{"a progressive ends a colon lead-in's clause",
		"With Democratic leaders increasingly worried about turnout, President Obama is rolling out a new message: \"⟦It's about me.⟧\"",
		want{speaker: "Obama", typ: "person", mention: "President Obama", cue: "rolling", method: "colon-clause"}},
	{"a progressive inside another verb's clause is not the lead-in's",
		"Conservative commentator Jonah Goldberg imagined Christie was thinking: \"⟦My God what have I done?⟧\"",
		want{speaker: "Jonah Goldberg", typ: "person", mention: "Conservative commentator Jonah Goldberg", cue: "imagined", method: "colon-clause"}},
	{"a headline's verb after a surname",
		"Obama Sees 'Personal Insult' if Voters Stay Home.\n\n\"⟦It's about me,⟧\" Obama said.",
		want{speaker: "Obama", typ: "person", mention: "Obama", cue: "said", method: "cue-after"}},
	{"a preposition that opens the sentence is no name",
		"Alongside BLM calls for action, even a top GOP strategist said Clinton will have to choose, saying, \"⟦At some point, she is going to have to come out.⟧\"",
		want{speaker: "top GOP strategist", typ: "person", mention: "a top GOP strategist", cue: "saying", method: "clause-subject"}},
	{"a lower-case noun before a full name is not part of it",
		"\"⟦The debate was substantive,⟧\" said Fox Business moderator Gerard Baker.",
		want{speaker: "Gerard Baker", typ: "person", mention: "Fox Business moderator Gerard Baker", cue: "said", method: "cue-after"}},
	{"a county office is a title",
		"\"⟦Turnout was high,⟧\" said Maricopa County Recorder Helen Purcell.",
		want{speaker: "Helen Purcell", typ: "person", mention: "Maricopa County Recorder Helen Purcell", cue: "said", method: "cue-after"}},
	{"the body's full name over a title-case first line's",
		"Conservative Icon Morton Blackwell Endorses Ted Cruz.\n\nMorton Blackwell, the conservative icon, has endorsed Cruz.\n\n\"⟦He is the one,⟧\" Blackwell said.",
		want{speaker: "Morton Blackwell", typ: "person", mention: "Blackwell", cue: "said", method: "cue-after"}},
	{"a title-case first line's name stays when the body's begins with a particle",
		"Marine Le Pen Backs Donald Trump.\n\nLe Pen spoke in Paris.\n\n\"⟦He is right,⟧\" Le Pen said.",
		want{speaker: "Marine Le Pen", typ: "person", mention: "Le Pen", cue: "said", method: "cue-after"}},
	{"an office's domain after of is not part of the name",
		"\"⟦The plan is good,⟧\" said White House Chief of Staff Reince Priebus.",
		want{speaker: "Reince Priebus", typ: "person", mention: "White House Chief of Staff Reince Priebus", cue: "said", method: "cue-after"}},
	{"an office's domain after a place and a title",
		"\"⟦Independents cannot vote in the primary,⟧\" said Palm Beach County Supervisor of Elections Susan Bucher.",
		want{speaker: "Susan Bucher", typ: "person", mention: "Palm Beach County Supervisor of Elections Susan Bucher", cue: "said", method: "cue-after"}},
	{"titles with no name are no one",
		"The Secretary of Defense arrived.\n\n\"⟦You cannot limit the advice that you get,⟧\" he said.",
		want{mention: "he", cue: "said"}},
	{"a surname that is a preposition",
		"The strategist Al From founded the council.\n\n\"⟦We won those elections,⟧\" From said.",
		want{speaker: "Al From", typ: "person", mention: "From", cue: "said", method: "cue-after"}},
	{"a short phrase between the quotation and an inverted cue",
		`Madeleine Kunin ran against him in 1986. "⟦This will be a challenge⟧" for Clinton, said Kunin.`,
		want{speaker: "Madeleine Kunin", typ: "person", mention: "Kunin", cue: "said", method: "cue-after"}},
	{"pronoun",
		"Vladimir Putin spoke first. \"It was hard,\" Putin said.\n\n\"⟦We will never forget,⟧\" he added.",
		want{speaker: "Vladimir Putin", typ: "person", mention: "he", cue: "added", method: "cue-after"}},
	{"description",
		"President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday.\n\n\"⟦We will help,⟧\" the North Korean leader added.",
		want{speaker: "Kim Jong Un", typ: "person", mention: "the North Korean leader", cue: "added", method: "cue-after"}},
	{"a long apposition between the name and the cue",
		"Mr. King works for RT.\n\n\"⟦Their strategy is very clear,⟧\" Michael McFaul, a senior fellow at the Hoover Institution and a former United States ambassador to Russia, said of RT.",
		want{speaker: "Michael McFaul", typ: "person", mention: "Michael McFaul, a senior fellow at the Hoover Institution and a former United States ambassador to Russia", cue: "said", method: "cue-after"}},
	{"a description given a name in apposition",
		"The pope spoke on Sunday.\n\n\"⟦He said what we all know,⟧\" the Vatican spokesman, Federico Lombardi, said.",
		want{speaker: "Federico Lombardi", typ: "person", mention: "Federico Lombardi", cue: "said", method: "cue-after"}},
	{"a description in apposition to a name keeps the name",
		"The pope spoke on Sunday.\n\n\"⟦He said what we all know,⟧\" Federico Lombardi, the Vatican spokesman, said.",
		want{speaker: "Federico Lombardi", typ: "person", mention: "Federico Lombardi, the Vatican spokesman", cue: "said", method: "cue-after"}},
	{"a pronoun does not take a speaker of the other gender",
		"Marcel Lazar was sentenced on Thursday.\n\n\"We need him,\" his wife, Gabriela Lazar, wrote in a letter to the court.\n\n\"⟦I am sorry,⟧\" he said.",
		want{speaker: "", mention: "he", cue: "said"}},
	{"two appositions between the name and the cue",
		"The rule faces a court test.\n\n\"⟦It is an invasion of the state regulatory domain,⟧\" Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at an event.",
		want{speaker: "Scott Pruitt", typ: "person", cue: "said", method: "cue-after"}},
	{"a name in a second apposition is not passed over",
		"Hugh Hill runs the clinic.\n\n\"⟦It is over,⟧\" the clinic's director, Ann Lee, said.",
		want{speaker: "Ann Lee", typ: "person", mention: "Ann Lee", cue: "said", method: "cue-after"}},
	{"a surname that is a month",
		"British Prime Minister Theresa May spoke in Birmingham.\n\n\"⟦We will leave,⟧\" May said in March.",
		want{speaker: "Theresa May", typ: "person", mention: "May", cue: "said", method: "cue-after"}},
	{"a month after a name in its sentence is not a surname",
		"Hugh Hill spoke in May 2016 at the clinic. \"⟦It is over,⟧\" Hill said.",
		want{speaker: "Hugh Hill", typ: "person", mention: "Hill", cue: "said", method: "cue-after"}},
	{"via readout",
		`Kim Jong Un met Putin. "⟦We will do it,⟧" Kim said, according to a Kremlin readout of the meeting.`,
		want{speaker: "Kim Jong Un", typ: "person", mention: "Kim", cue: "said", via: "a Kremlin readout of the meeting", method: "cue-after"}},
	{"same paragraph",
		`"It was hard," Mayor Jane Ortiz said on Tuesday. "⟦We rebuilt anyway.⟧"`,
		want{speaker: "Jane Ortiz", typ: "person", method: "same-paragraph"}},
	{"next paragraph",
		"\"It was hard,\" Mayor Jane Ortiz said on Tuesday.\n\n\"⟦We rebuilt anyway.⟧\"",
		want{speaker: "Jane Ortiz", typ: "person", method: "next-paragraph"}},
	{"inverted cue opens the sentence",
		`Ryan Ellis runs a lobby. Said Ellis: "⟦I don't get the sense she is interested.⟧"`,
		want{speaker: "Ryan Ellis", mention: "Ellis", cue: "Said", method: "cue-before"}},
	{"cue before with colon",
		`At the briefing, Senator Tom Reed said: "⟦The bill is dead.⟧"`,
		want{speaker: "Tom Reed", typ: "person", cue: "said", method: "cue-before"}},
	{"colon lead-in paragraph",
		"In a statement, the Foreign Ministry said:\n\n\"⟦The talks were useful.⟧\"",
		want{speaker: "Foreign Ministry", typ: "organization", cue: "said", method: "colon-lead-in"}},
	{"partial verb subject",
		`On Truth Social, Trump accused China, Russia and North Korea of "⟦conspiring⟧" against the United States.`,
		want{speaker: "Trump", mention: "Trump", cue: "accused", method: "verb-subject"}},
	{"partial participle",
		`Russian officials brushed off the accusations, suggesting the American president was being "⟦ironic.⟧"`,
		want{speaker: "Russian officials", typ: "group", cue: "suggesting", method: "clause-subject"}},
	{"institution",
		`Trump accused them of plotting, remarks the Kremlin said it hoped were "⟦ironic⟧".`,
		want{speaker: "Kremlin", typ: "organization", mention: "the Kremlin", cue: "said", method: "verb-subject"}},
	{"dateline and title",
		`BEIJING — Russian President Vladimir Putin on Wednesday thanked Kim, saying they fought "⟦heroically⟧".`,
		want{speaker: "Vladimir Putin", typ: "person", cue: "saying", method: "clause-subject"}},
	{"ambiguous surname abstains",
		`Hillary Clinton and Chelsea Clinton spoke. "⟦We are ready,⟧" Clinton said.`,
		want{cue: "said"}},
	{"surname before the namesake",
		"Sen. Ted Cruz was booed.\n\n\"⟦I will tell the truth,⟧\" Cruz said.\n\nTrump attacked his father, Rafael Cruz.",
		want{speaker: "Ted Cruz", method: "cue-after"}},
	{"surname after the namesake abstains",
		"Sen. Ted Cruz was booed.\n\nTrump attacked his father, Rafael Cruz.\n\n\"⟦I will tell the truth,⟧\" Cruz said.",
		want{cue: "said"}},
	{"a surname is not an organization named after its bearer",
		"Donald Trump spoke in Ohio.\n\nThe Trump Foundation gave to the Trump University fund.\n\n\"⟦We will win,⟧\" Trump said.",
		want{speaker: "Donald Trump", method: "cue-after"}},
	{"a name that begins an organization's is the organization",
		"Time Magazine chose Angela Merkel.\n\n\"⟦She has led Europe,⟧\" Time said.",
		want{speaker: "Time Magazine", method: "cue-after"}},
	{"ambiguous description abstains",
		"President Joe Biden met President Emmanuel Macron.\n\n\"⟦We agree,⟧\" the president said.",
		want{cue: "said"}},
	{"the part after an unresolved cue keeps its mention",
		`Hillary Clinton and Chelsea Clinton spoke. "We are ready," Clinton said. "⟦We are able.⟧"`,
		want{mention: "Clinton", cue: "said", method: "same-paragraph"}},
	{"an event named with party words is no one a pronoun stands for",
		"Michelle Obama spoke on Monday at the Democratic National Convention in Philadelphia.\n\n\"⟦Make no mistake about it,⟧\" she said.",
		want{mention: "she", cue: "said"}},
	{"a quotation in a relative clause is not the object of a verb before it",
		`Moscow and North Korea last year agreed a comprehensive strategic partnership agreement that obligates each side to provide "⟦military and other assistance⟧" should either of them be attacked.`,
		want{}},
	{"a quotation in a noun's that-clause is not the cue's before it",
		`He added that his son Beau would advise him to be careful because of Mr. Trump's remarks, which have included the suggestion that President Obama was the "⟦founder⟧" of the Islamic State.`,
		want{}},
	{"that after a time word is the cue's, not a relative",
		`Donald Trump told a town hall in Salem on Monday that waterboarding is "⟦peanuts,⟧" compared to what the militants do.`,
		want{speaker: "Donald Trump", cue: "told", method: "verb-subject"}},
	{"no cue abstains",
		`The report was long. "⟦Nothing works here.⟧" The end.`,
		want{}},
	{"said-to-be is no cue",
		`Jane Ortiz is said to be "⟦furious⟧" about it.`,
		want{}},
	{"term has no speaker",
		`Trump's disruptive "⟦America First⟧" foreign policy worried allies.`,
		want{}},
	{"dash credit",
		`"⟦Regulation is coming.⟧" — Commissioner Geoffrey Starks`,
		want{speaker: "Geoffrey Starks", typ: "person", cue: "—", method: "dash-credit"}},
	{"according to before",
		`According to Limbaugh, "⟦she would not have time to say anything positive.⟧"`,
		want{speaker: "Limbaugh", cue: "According to", method: "according-to"}},
	{"apposition before cue",
		`Kenneth Baer, a former administration official who runs a consultancy, said: "⟦They hit him hard.⟧"`,
		want{speaker: "Kenneth Baer", typ: "person", mention: "Kenneth Baer, a former administration official who runs a consultancy", method: "cue-before"}},
	{"apposition after inverted cue",
		`"⟦It is over,⟧" said Hugh Hill, a doctor at the county hospital, who treated both men.`,
		want{speaker: "Hugh Hill", mention: "Hugh Hill, a doctor at the county hospital, who treated both men", cue: "said", method: "cue-after"}},
	{"party parenthetical",
		`"⟦It's a dog whistle,⟧" Rep. Gwen Moore (D-Wis.) said.`,
		want{speaker: "Gwen Moore", mention: "Rep. Gwen Moore (D-Wis.)", method: "cue-after"}},
	{"place after name",
		`"⟦There is some thought,⟧" said Representative Charles B. Rangel of New York.`,
		want{speaker: "Charles B. Rangel", mention: "Representative Charles B. Rangel of New York", method: "cue-after"}},
	{"participle is no apposition",
		`"⟦It is over,⟧" said Hugh Hill, adding that the clinic would close.`,
		want{speaker: "Hugh Hill", mention: "Hugh Hill", method: "cue-after"}},
	{"pronoun for a newcomer",
		"\"We won,\" Trump said.\n\nSen. Claire McCaskill scolded him: \"⟦The science is against you,⟧\" she said.",
		want{speaker: "Claire McCaskill", mention: "she", method: "cue-after"}},
	{"previous sentence",
		`Alice Moreno turned to the crowd. "⟦We will not leave.⟧"`,
		want{speaker: "Alice Moreno", method: "previous-sentence"}},
	{"age description",
		"Mayor Jane Ortiz, 45, spoke first.\n\n\"⟦We rebuilt,⟧\" the 45-year-old said.",
		want{speaker: "Jane Ortiz", mention: "the 45-year-old", method: "cue-after"}},
	{"age before the name",
		"The 45-year-old lawyer Maria Lopez arrived late.\n\n\"⟦I am sorry,⟧\" the 45-year-old said.",
		want{speaker: "Maria Lopez", mention: "the 45-year-old", method: "cue-after"}},
	{"a party's members are a group",
		`House Democrats said on Monday that the bill would pass. "⟦We have the votes,⟧" they said.`,
		want{speaker: "House Democrats", typ: "group", mention: "they", method: "cue-after"}},
	{"they for a group newly on stage",
		"The Foreign Ministry summoned the ambassador. \"This is unacceptable,\" it said.\n\nProtesters gathered outside the embassy. \"⟦We want justice,⟧\" they chanted.",
		want{speaker: "Protesters", typ: "group", mention: "they", method: "cue-after"}},
	{"a quoted nickname before the cue",
		`Ray Smith, who goes by "Shorty," said: "⟦It will work.⟧"`,
		want{speaker: "Ray Smith", cue: "said", method: "cue-before"}},
	{"a possessive before the name",
		`Putin's aide Yuri Ushakov said the meeting "⟦went very well⟧".`,
		want{speaker: "Yuri Ushakov", mention: "Putin's aide Yuri Ushakov", method: "verb-subject"}},
	{"a role word inside the name's modifiers",
		`"⟦It is over,⟧" longtime Clinton aide Huma Abedin said.`,
		want{speaker: "Huma Abedin", method: "cue-after"}},
	{"a participle after the credit of a quotation that opens the sentence",
		`"We will win," Vladimir Putin told reporters, adding that "⟦the West has failed.⟧"`,
		want{speaker: "Vladimir Putin", cue: "adding", method: "clause-subject"}},
	{"a participle after an inverted credit",
		`"We will win," said Vladimir Putin, adding that "⟦the West has failed.⟧"`,
		want{speaker: "Vladimir Putin", cue: "adding", method: "clause-subject"}},
	{"a participle phrase opens the sentence of a participle cue",
		`Speaking at a rally in Ohio, Donald Trump thanked the crowd, saying "⟦we will win so much⟧" this year.`,
		want{speaker: "Donald Trump", cue: "saying", method: "clause-subject"}},
	{"a dash credit typed with two hyphens",
		`"We rebuilt," Jane Ortiz said.` + "\n\n" + `"⟦The economy is strong⟧" -- Treasury Secretary Scott Bessent.`,
		want{speaker: "Scott Bessent", cue: "--", method: "dash-credit"}},
	{"the medium between the name and the cue",
		`White House spokeswoman Karoline Leavitt, in a post on X, wrote: "⟦The president is right.⟧"`,
		want{speaker: "Karoline Leavitt", via: "a post on X", method: "cue-before"}},
	{"the medium opening the sentence",
		`In a statement, the Foreign Ministry said the talks were "⟦useful and frank⟧".`,
		want{speaker: "Foreign Ministry", via: "a statement", method: "verb-subject"}},
	{"a headline's verb ends the name before it",
		"Chris Christie Calls Hillary Clinton A Disgrace Over Police Comments.\n\n\"⟦She is a disgrace,⟧\" Christie said.",
		want{speaker: "Chris Christie", mention: "Christie", method: "cue-after"}},
	{"a quoted nickname inside the name of an inverted cue",
		`"⟦We have his back,⟧" said Juan "Chico" Manriquez, a volunteer.`,
		want{speaker: "Juan Manriquez", mention: `Juan "Chico" Manriquez, a volunteer`, method: "cue-after"}},
	{"a quoted nickname inside the name of the subject",
		`State Del. Marcia "Cia" Price (D) spoke first. "⟦The nation is watching,⟧" Price said.`,
		want{speaker: "Marcia Price", mention: "Price", method: "cue-after"}},
	{"a lead-in clause with a colon, its verb outside the lexicon",
		"Bernie Sanders spoke in July. On July 6, 2015, Sanders made the following comment:\n\n\"⟦For young people the unemployment rate is 33 percent.⟧\"",
		want{speaker: "Bernie Sanders", cue: "made", method: "colon-clause"}},
	{"a clause with a colon in the sentence of the quotation",
		`The campaign of Priya Raman issued a statement Monday. Raman sent a blunt message to voters: "⟦Do not stay home.⟧"`,
		want{speaker: "Priya Raman", cue: "sent", method: "colon-clause"}},
	{"a capitalized lead word is not part of the name",
		`Even China, Pyongyang's only ally, urged restraint on Sunday. "We need calm," the Chinese foreign ministry said. Even China said "⟦the region needs calm.⟧"`,
		want{speaker: "China", method: "verb-subject"}},
	{"agency via",
		`"⟦We are ready,⟧" Vladimir Putin said, TASS reported.`,
		want{speaker: "Vladimir Putin", via: "TASS", method: "cue-after"}},
	{"nickname inside the credit",
		`"⟦It was cold,⟧" said a man who goes by "Shorty."`,
		want{speaker: "man", mention: "a man", method: "cue-after"}},
	{"place before title",
		`"⟦It is a common ailment,⟧" Pennsylvania Gov. Ed Rendell said in August.`,
		want{speaker: "Ed Rendell", method: "cue-after"}},
	{"a title between two parts",
		"\"We are winning,\" Flynn said on Fox News's \"Fox and Friends.\" \"⟦I mean, there is a lot of frustration.⟧\"",
		want{speaker: "Flynn", method: "same-paragraph"}},
	{"transcript label",
		"Gov. Mike Pence and Chris Wallace spoke on Sunday.\n\n\"⟦PENCE: Well, the question really should be why.⟧\"",
		want{speaker: "Mike Pence", typ: "person", mention: "PENCE", method: "transcript-label"}},
	{"a label that names no one",
		"\"We won,\" Mike Pence said.\n\n\"⟦UPDATE: The debate ended early.⟧\"",
		want{}},
	{"apostrophes of both shapes",
		"Commissioner James O’Neill arrived.\n\n“⟦It was loud,⟧” said O'Neill.",
		want{speaker: "James O’Neill", mention: "O'Neill", cue: "said", method: "cue-after"}},
	{"unknown spokesman as written",
		`"⟦No comment,⟧" a spokesman said.`,
		want{speaker: "spokesman", typ: "person", mention: "a spokesman", cue: "said", method: "cue-after"}},
	{"a cue after a name with a prepositional phrase",
		`"⟦It was the least bad outcome,⟧" Mr. Morgan of the Sierra Club said.`,
		want{speaker: "Morgan", cue: "said", method: "cue-after"}},
	{"a transcript label is not continued backwards",
		"Indiana Gov. Mike Pence spoke to Fox News.\n\n\"⟦WALLACE: Do you really see those two as equivalent?⟧\n\n\"PENCE: Well, look, the question is why.\"",
		want{}},
	{"a quotation continues a mixed report",
		`''I have admiration for the mechanics'' of the plan, Mr. Holtz-Eakin said. ''⟦They're more detailed than Trump's.⟧''`,
		want{speaker: "Holtz-Eakin", method: "same-paragraph"}},
}

// In the cases below, ⟦ and ⟧ enclose the reported clause that
// [WithIndirect] must find, and want gives its attribution.
var reportTests = []struct {
	name string
	in   string
	want want
}{
	{"said that",
		`Russian President Vladimir Putin said that ⟦sending the troops was the North Korean leader's idea⟧.`,
		want{speaker: "Vladimir Putin", cue: "said", method: "reported-after"}},
	{"a past tense after and, tagged as a participle, ends the clause",
		`Trump, speaking to a veterans group in Virginia, said ⟦he would order a thorough review of the nation’s computer defenses⟧ and warned against potential hackers from China.`,
		want{speaker: "Trump", cue: "said", method: "reported-after"}},
	{"a passive participle after and does not end the clause",
		`Senator Tim Kaine said ⟦the bill was drafted in secret and criticized by both parties⟧.`,
		want{speaker: "Tim Kaine", cue: "said", method: "reported-after"}},
	{"a document that opens the text",
		`Polls show ⟦a close contest in the state⟧.`,
		want{speaker: "Polls", cue: "show", method: "reported-after"}},
	{"a slide as a document",
		`Another slide shows that ⟦eight of 10 avocados consumed in the United States are grown in Mexico⟧.`,
		want{speaker: "slide", cue: "shows", method: "reported-after"}},
	{"a speech act of mockery with its object",
		`Donald Trump mocked ⟦Hillary Clinton's stamina⟧.`,
		want{speaker: "Donald Trump", cue: "mocked", method: "reported-object"}},
	{"the occasion of a speech act ends its object",
		`Donald Trump mocked ⟦Hillary Clinton's stamina⟧ at a rally in Ohio.`,
		want{speaker: "Donald Trump", cue: "mocked", method: "reported-object"}},
	{"a participle set by commas between a subject and its verb",
		`The bickering began early, as Enrique Peña Nieto, contradicting ⟦Trump⟧, said he had told Trump that Mexico would not pay.`,
		want{speaker: "Enrique Peña Nieto", cue: "contradicting", method: "reported-object"}},
	{"a participle's clause ends at the comma before its subject's verb",
		`Joe Biden spoke at length. Mr. Biden, recalling ⟦weekly breakfasts with Mrs. Clinton⟧, described himself as her "Obama whisperer."`,
		want{speaker: "Joe Biden", cue: "recalling", method: "reported-after"}},
	{"a participle after an object is the main subject's, not the object's",
		`Donald Trump took a hands-off approach to the Islamic State, suggesting ⟦the U.S. outsource the fight to Syria⟧, was tepid about Ukraine and praised Putin.`,
		want{speaker: "Donald Trump", cue: "suggesting", method: "reported-after"}},
	{"a relative clause after a comma ends an object",
		"Donald Trump said the system was rigged. He cited ⟦criticism of NBC’s Matt Lauer⟧, who took heat for his questioning.",
		want{speaker: "Donald Trump", mention: "He", cue: "cited", method: "reported-object"}},
	{"the medium of a speech act ends its object",
		`The call came after rival Donald Trump attacked ⟦Machado⟧ in early-morning tweets.`,
		want{speaker: "Donald Trump", cue: "attacked", method: "reported-object"}},
	{"an occasion after a possessive ends an object",
		`Hillary Clinton cited ⟦the figure⟧ at last week’s Commander-in-Chief Forum.`,
		want{speaker: "Hillary Clinton", cue: "cited", method: "reported-object"}},
	{"a quantity before the noun of a short object",
		`Keron Blair called for ⟦more school investment⟧.`,
		want{speaker: "Keron Blair", cue: "called", method: "reported-object"}},
	{"the name given after what qualifies the object",
		`At the forum, Hillary Clinton called ⟦her vote in favor of the Iraq War a mistake⟧, but she noted that Trump also supported it.`,
		want{speaker: "Hillary Clinton", cue: "called", method: "reported-object"}},
	{"mentioned with its object",
		`Campaigning against Mitt Romney in 2012, Barack Obama barely mentioned ⟦climate change⟧.`,
		want{speaker: "Barack Obama", cue: "mentioned", method: "reported-object"}},
	{"a reporting verb that takes an object as its content",
		`The report was thin. Senator Kaine highlighted ⟦the plight of single mothers⟧ on Tuesday.`,
		want{speaker: "Kaine", cue: "highlighted", method: "reported-object"}},
	{"a clause verb with an object and no clause",
		`Ivanka Trump acknowledged ⟦their uphill battle⟧.`,
		want{speaker: "Ivanka Trump", cue: "acknowledged", method: "reported-object"}},
	{"a participle of speech that opens the sentence: the main clause's subject",
		`Claiming ⟦the criticism of Matt Lauer was designed to pressure the moderators⟧, Donald Trump said Lester Holt should be fair.`,
		want{speaker: "Donald Trump", cue: "Claiming", method: "reported-after"}},
	{"discussed with its object",
		`Bernie Sanders discussed ⟦his plan to make public colleges free⟧.`,
		want{speaker: "Bernie Sanders", cue: "discussed", method: "reported-object"}},
	{"an occasion after the verb is time",
		`Donald Trump said after the convention ⟦he would not accept Cruz’s endorsement⟧.`,
		want{speaker: "Donald Trump", cue: "said", method: "reported-after"}},
	{"a request whose addressee has an apposition",
		`Hillary Clinton’s campaign has asked ⟦NBC’s Lester Holt, the moderator for the first debate, to fact check Donald Trump⟧.`,
		want{speaker: "Hillary Clinton’s campaign", cue: "asked", addressee: "Lester Holt", method: "reported-question"}},
	{"a phrase that opens the reported clause, set off by commas",
		`Don Fowler noted that ⟦at one of his first meetings, in 1972, he supported a decision to hold a convention⟧.`,
		want{speaker: "Don Fowler", cue: "noted", method: "reported-after"}},
	{"a partitive relative after a comma: the group before it speaks",
		`The families of the victims, many of whom say ⟦the claims are overblown⟧, met Obama.`,
		want{speaker: "families of the victims", mention: "The families of the victims", cue: "say", method: "reported-after"}},
	{"a weekday and a part of the day: no clause after them",
		`⟦Donald Trump’s obsession with Barack Obama’s birth is an insult to all African-Americans⟧, top black lawmakers said Friday afternoon.`,
		want{speaker: "top black lawmakers", cue: "said", method: "reported-before"}},
	{"a time adverbial led by later between the subject and its verb",
		"The deal was signed.\n\nSen. Tom Cotton later that week said ⟦the deal was dead⟧.",
		want{speaker: "Tom Cotton", mention: "Sen. Tom Cotton", cue: "said", method: "reported-after"}},
	{"sources named by an adjective after the noun: the noun speaks, not the object",
		`Donald Trump spoke in Ohio. Aides loyal to Trump said ⟦the deal was close⟧.`,
		want{speaker: "Aides loyal to Trump", cue: "said", method: "reported-after"}},
	{"close tagged as an adverb in a source's description",
		`Officials close to the campaign said ⟦the deal was close⟧.`,
		want{speaker: "Officials close to the campaign", cue: "said", method: "reported-after"}},
	{"a title with an adjective after it is no title before a name",
		`Donald Trump spoke in Ohio. A senator close to Trump said ⟦the deal was close⟧.`,
		want{speaker: "senator close to Trump", mention: "A senator close to Trump", cue: "said", method: "reported-after"}},
	{"a participle that takes the name as its object",
		`Donald Trump spoke in Ohio. A lawyer representing Trump said ⟦the suit had no merit⟧.`,
		want{speaker: "lawyer representing Trump", mention: "A lawyer representing Trump", cue: "said", method: "reported-after"}},
	{"a past participle with by before a name",
		`Donald Trump spoke in Ohio. A group backed by Trump said ⟦the ads would run⟧.`,
		want{speaker: "group backed by Trump", mention: "A group backed by Trump", cue: "said", method: "reported-after"}},
	{"a role tagged as an adjective before its prepositions",
		`An official with knowledge of the talks said ⟦they were useful⟧.`,
		want{speaker: "official with knowledge of the talks", mention: "An official with knowledge of the talks", cue: "said", method: "reported-after"}},
	{"both opens a noun phrase after a preposition",
		`Officials from both countries said ⟦the talks were useful⟧.`,
		want{speaker: "Officials from both countries", cue: "said", method: "reported-after"}},
	{"a place after a title is its office, not a name: no one known speaks",
		`The president of France said ⟦the talks were useful⟧.`,
		want{speaker: "", mention: "The president of France", cue: "said"}},
	{"a capitalized word that is also a reporting verb does not end a speaker's qualifier",
		`A report from the State Department's inspector general said ⟦the email practices were flawed⟧.`,
		want{speaker: "report from the State Department's inspector general", cue: "said", method: "reported-after"}},
	{"those with an adjective after it",
		`Those familiar with the talks say ⟦the deal was close⟧.`,
		want{speaker: "Those familiar with the talks", cue: "say", method: "reported-after"}},
	{"a list of names with party tags, and all after it",
		`Senators Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested that ⟦those claims could be grounds for a fraud case⟧.`,
		want{speaker: "Jeff Merkley, Sherrod Brown and Robert Menendez", cue: "suggested", method: "reported-after"}},
	{"a list of names after a comma, with a serial comma",
		`Ben Carson, Carly Fiorina and Mike Huckabee spoke in Iowa. In a statement, Carson, Fiorina, and Huckabee said ⟦they are no longer accepting speaking opportunities⟧.`,
		want{speaker: "Ben Carson, Carly Fiorina and Mike Huckabee", typ: "group", mention: "Carson, Fiorina, and Huckabee", cue: "said", method: "reported-after"}},
	{"names after an inverted verb at the end of the sentence",
		`Ben Carson spoke in Iowa. Mike Huckabee also spoke. ⟦They are no longer accepting speaking opportunities⟧, said Carson and Huckabee.`,
		want{speaker: "Ben Carson and Mike Huckabee", typ: "group", cue: "said", method: "reported-before"}},
	{"a list whose first name is another verb's object",
		`When Bernie Sanders attacked Hillary Clinton, Donald Trump and Ted Cruz said ⟦nothing would change⟧.`,
		want{speaker: "Donald Trump and Ted Cruz", typ: "group", cue: "said", method: "reported-after"}},
	{"a list after a leading phrase",
		`Among Republicans, Donald Trump and Ted Cruz said ⟦they would fight on⟧.`,
		want{speaker: "Donald Trump and Ted Cruz", typ: "group", cue: "said", method: "reported-after"}},
	{"who after a list that is a preposition's object is its last name's",
		`The crowd included celebrities like Oprah Winfrey, Will Smith and Stevie Wonder, who joked that ⟦he had not seen it yet⟧.`,
		want{speaker: "Stevie Wonder", cue: "joked", method: "reported-after"}},
	{"one title for two names",
		`Nancy Foner and Richard Alba wrote a book. Professors Foner and Alba argue that ⟦religion is less of a barrier here⟧.`,
		want{speaker: "Nancy Foner and Richard Alba", typ: "group", cue: "argue", method: "reported-after"}},
	{"a list that runs on from a name is part of it",
		`The National Academies of Sciences, Engineering and Medicine said ⟦immigrants integrate well⟧.`,
		want{speaker: "National Academies of Sciences, Engineering and Medicine", cue: "said", method: "reported-after"}},
	{"an institution's name with for and and in it",
		`⟦One in 45 children has autism⟧, according to the Centers for Disease Control and Prevention.`,
		want{speaker: "Centers for Disease Control and Prevention", cue: "according to", method: "according-to"}},
	{"an institution's name with and in it",
		`The Science and Technology Directorate said ⟦the tools were not suited to agents' needs⟧.`,
		want{speaker: "Science and Technology Directorate", cue: "said", method: "reported-after"}},
	{"a participle's subject is the name in apposition to the description",
		`Hillary Clinton spoke. Her main rival, Bernie Sanders, has soared in the polls by saying that ⟦the system is rigged in favor of the rich⟧.`,
		want{speaker: "Bernie Sanders", mention: "Bernie Sanders", cue: "saying", method: "reported-after"}},
	{"a participle after two coordinated objects",
		`There was a moment of mayhem. The party chairman, Kelly Armstrong, called for a voice vote, and then a visual vote, declaring after both that ⟦the request was denied⟧.`,
		want{speaker: "Kelly Armstrong", cue: "declaring", method: "reported-after"}},
	{"a participle after an apposition that describes the subject",
		`On the left, Betty Friedan, the feminist leader and author, compared her to a heretic, telling her in a debate that ⟦she should burn at the stake⟧.`,
		want{speaker: "Betty Friedan", cue: "telling", method: "reported-after"}},
	{"an object pronoun is the addressee, not the start of the clause",
		`Donald Trump spoke in Iowa. Trump told them ⟦Clinton has a number of super PACs⟧.`,
		want{speaker: "Donald Trump", mention: "Trump", cue: "told", method: "reported-after"}},
	{"an object pronoun and another addressee",
		`Bill Ackman told him and his associates ⟦the fund would double⟧.`,
		want{speaker: "Bill Ackman", cue: "told", method: "reported-after"}},
	{"a possessor in the apposition is not the subject",
		`China, Pyongyang's only ally, warned North Korea ⟦to refrain from further actions⟧.`,
		want{speaker: "China", cue: "warned", addressee: "North Korea", method: "reported-after"}},
	{"a focus word before a named subject opens no adverbial",
		`Even China, Pyongyang's only ally and its lifeline to the outside world, said it was opposed to the test and warned North Korea ⟦to refrain from further actions⟧.`,
		want{speaker: "China", cue: "warned", addressee: "North Korea", method: "reported-after"}},
	{"an outlet that relays a credit is not the speaker",
		`"⟦This platform just says you are no longer welcome,⟧" said Kristen Day, executive director of Democrats for Life, reports USA Today.`,
		want{speaker: "Kristen Day", typ: "person", cue: "said", method: "cue-after"}},
	{"an outlet's inverted credit",
		`The latest Reuters poll shows Clinton ahead. ⟦This is "roughly the same advantage she has held all month"⟧, reported Reuters.`,
		want{speaker: "Reuters", cue: "reported", method: "reported-before"}},
	{"a state abbreviation split from its full stop, then a relative clause",
		`Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said ⟦the event brought back memories of her father⟧.`,
		want{speaker: "Donna Rawlings", cue: "said", method: "reported-after"}},
	{"a city's state after a name",
		`Donna Rawlings of Ashton, Md., said ⟦the event brought back memories of her father⟧.`,
		want{speaker: "Donna Rawlings", cue: "said", method: "reported-after"}},
	{"who after a name and a description of it",
		`Mitch McConnell spoke. Obama has a frosty relationship with McConnell, now the Senate majority leader, who in 2010 said ⟦the GOP goal was to make Obama a "one-term president."⟧`,
		want{speaker: "Mitch McConnell", mention: "McConnell", cue: "said", method: "reported-after"}},
	{"told someone",
		`Secretary of State John Kerry told reporters on Tuesday ⟦the talks would resume next week⟧.`,
		want{speaker: "John Kerry", cue: "told", method: "reported-after"}},
	{"clause then cue",
		`⟦The talks were useful and will continue⟧, the Foreign Ministry said.`,
		want{speaker: "Foreign Ministry", typ: "organization", cue: "said", method: "reported-before"}},
	{"cue interrupts",
		`⟦The latest test, North Korea said, was its biggest yet⟧.`,
		want{speaker: "North Korea", cue: "said", method: "reported-before", quote: "The latest test was its biggest yet"}},
	{"according to",
		`According to officials, ⟦the plant will close in May⟧.`,
		want{speaker: "officials", typ: "group", cue: "According to", method: "according-to"}},
	{"apposition",
		`Rendell, a Clinton surrogate, said ⟦he had battled through three bouts of pneumonia⟧.`,
		want{speaker: "Rendell", mention: "Rendell, a Clinton surrogate", cue: "said", method: "reported-after"}},
	{"adjunct before that",
		`Trump said during a Friday evening rally in Michigan that ⟦Clinton once praised the trade deal⟧.`,
		want{speaker: "Trump", cue: "said", method: "reported-after"}},
	{"poll shows",
		`A new Quinnipiac poll shows ⟦Clinton leads by five points in Ohio⟧.`,
		want{speaker: "new Quinnipiac poll", cue: "shows", method: "reported-after"}},
	{"participle ends the clause",
		`Sen. David Perdue said ⟦he did not believe those attacks hurt Romney in 2012⟧, arguing that the party was divided.`,
		want{speaker: "David Perdue", cue: "said", method: "reported-after"}},
	{"a new main clause ends the clause",
		`While the top candidates say ⟦the United States must lead the fight⟧, they differ by degree.`,
		want{speaker: "top candidates", cue: "say", method: "reported-after"}},
	{"a subordinate clause does not",
		`Kerry said ⟦if the talks fail, they will resume next year⟧.`,
		want{speaker: "Kerry", cue: "said", method: "reported-after"}},
	{"another cue ends the clause",
		`Republicans said ⟦they are convinced the department mishandled the case⟧ and Democrats accused them of stoking it.`,
		want{speaker: "Republicans", cue: "said", method: "reported-after"}},
	{"subject with its own verb",
		`Donald Trump, her Republican opponent, bemoaned the unrest and said ⟦drugs were a big factor⟧.`,
		want{speaker: "Donald Trump", mention: "Donald Trump", cue: "said", method: "reported-after"}},
	{"according to inside the clause",
		`⟦Fundraising, according to the campaign, has surged in the same period⟧.`,
		want{speaker: "campaign", mention: "the campaign", typ: "organization", cue: "according to", method: "according-to"}},
	{"according to one of",
		`⟦Sanders is also joining the lawsuit⟧, according to one of his senior aides.`,
		want{speaker: "one of his senior aides", mention: "one of his senior aides", cue: "according to", method: "according-to"}},
	{"according to a report by",
		`According to a new report by Politico, ⟦party insiders are worried⟧.`,
		want{speaker: "new report by Politico", mention: "a new report by Politico", cue: "According to", method: "according-to"}},
	{"mixed is one partial",
		`Putin also said ⟦their countries had "trust and friendship" now⟧.`,
		want{speaker: "Putin", cue: "said", method: "reported-after"}},
	{"name after a description",
		`One of the authors of that 2013 report, Ari Fleischer, said ⟦the nomination will test their conclusions⟧.`,
		want{speaker: "Ari Fleischer", mention: "Ari Fleischer", cue: "said", method: "reported-after"}},
	{"two appositions",
		`Ramil Carr, 31, a Philadelphia photographer, said ⟦the convention was a chance to call attention to poverty⟧.`,
		want{speaker: "Ramil Carr", cue: "said", method: "reported-after"}},
	{"apposition after a conjunction",
		"The parents were thrilled.\n\nBut Megan Hester, a senior associate at the institute, said ⟦parents still want neighborhood schools⟧.",
		want{speaker: "Megan Hester", cue: "said", method: "reported-after"}},
	{"time adverbial before the subject",
		`Last month, FBI Director James Comey criticized the servers but said ⟦she should face no criminal charges⟧.`,
		want{speaker: "James Comey", cue: "said", method: "reported-after"}},
	{"last week before that",
		`Donald Trump said last week that ⟦the judge was biased against him⟧.`,
		want{speaker: "Donald Trump", cue: "said", method: "reported-after"}},
	{"a proportion of a poll",
		`More than six in 10 said ⟦they were not looking forward to the campaign⟧.`,
		want{speaker: "More than six in 10", typ: "group", cue: "said", method: "reported-after"}},
	{"a percentage of a group",
		`Nearly nine out of 10 voters say ⟦they will need new skills⟧.`,
		want{speaker: "Nearly nine out of 10 voters", typ: "group", cue: "say", method: "reported-after"}},
	{"who say",
		`The state faced a backlash from business leaders who say ⟦the law unfairly targets gay people⟧.`,
		want{speaker: "business leaders", typ: "group", cue: "say", method: "reported-after"}},
	{"asked whether",
		`Neera Tanden asked former Attorney General Eric Holder ⟦whether he had thoughts on the committee⟧.`,
		want{speaker: "Neera Tanden", cue: "asked", method: "reported-question"}},
	{"asked to, a request",
		`Republican leaders asked ⟦the candidate to condemn the violence⟧.`,
		want{speaker: "Republican leaders", cue: "asked", method: "reported-question"}},
	{"asked by",
		`Sanders was asked by Senator Jane Ortiz ⟦whether his aim was similar to Kennedy's⟧.`,
		want{speaker: "Jane Ortiz", cue: "asked", method: "reported-question"}},
	{"asked in the passive, an adverb between",
		`Ronald Reagan was once asked ⟦how the Cold War would end⟧.`,
		want{cue: "asked", addressee: "Ronald Reagan"}},
	{"the one asked in the passive is the he who answers",
		`Ronald Reagan was once asked how the Cold War would end. He responded, "⟦We win, they lose.⟧"`,
		want{speaker: "Ronald Reagan", mention: "He", cue: "responded"}},
	{"a surname with a male title is not the first lady's, wherever it comes",
		`President Obama and the first lady, Michelle Obama, will campaign in Ohio. Mr. Obama won the state twice. The president told voters ⟦he would consider it an insult⟧.`,
		want{speaker: "Obama", mention: "The president", cue: "told", method: "reported-after"}},
	{"a group's name stops before its own verb",
		`After campaign aides insisted in June that ⟦Mr. Obama would not be pigeonholed⟧, the campaign changed course.`,
		want{speaker: "campaign aides", typ: "group", cue: "insisted", method: "reported-after"}},
	{"a group's qualifier stops before a phrasal verb",
		`A group of rabbis called for ⟦a boycott of his speech⟧.`,
		want{speaker: "group of rabbis", mention: "A group of rabbis", cue: "called", method: "reported-object"}},
	{"two cues find the same words: the nearer one speaks, and they are one row",
		`“It’s misleading,” Axelrod tweeted after Clinton argued for the second consecutive debate that ⟦“if everyone had voted as he voted, we would not have rescued the auto industry.”⟧`,
		want{speaker: "Clinton", cue: "argued", method: "reported-after"}},
	{"a dateline with a horizontal bar is no subject",
		`WASHINGTON ― The Obama administration announced plans Tuesday to expand programs, acknowledging that ⟦the current system has not stopped people from entering the country⟧.`,
		want{speaker: "Obama administration", cue: "acknowledging"}},
	{"a verb coordinated inside a subordinate clause",
		`The donors were upset after President Barack Obama called bankers fat cats and proposed ⟦raising taxes on investment income⟧.`,
		want{speaker: "Barack Obama", cue: "proposed", method: "reported-object"}},
	{"a subordinate clause closed by a comma is not the one coordinated",
		`As the crowd began to chant, Sarah Silverman was joined on stage by Al Franken and joked that ⟦the protesters were being ridiculous⟧.`,
		want{speaker: "Sarah Silverman", cue: "joked"}},
	{"who after a name, an age and a place",
		`"I am going to vote for Bernie," said Nicky Driscoll, 24, from Manchester, who said ⟦Sanders is best suited to get money out of government⟧.`,
		want{speaker: "Nicky Driscoll", cue: "said", method: "reported-after"}},
	{"who after a name and a preposition: its head speaks",
		`The deal angered members of Congress, who said ⟦the case was still open⟧.`,
		want{speaker: "members of Congress", typ: "group", mention: "members", cue: "said", method: "reported-after"}},
	{"who after a place: the people before it speak",
		`The shift may placate nervous Democrats on Capitol Hill, who have argued that ⟦it helps them in the fall⟧.`,
		want{speaker: "nervous Democrats", typ: "group", cue: "argued", method: "reported-after"}},
	{"who after an office and a name: the name speaks",
		`The letter went to former secretary of state Hillary Clinton, who said ⟦she would read it⟧.`,
		want{speaker: "Hillary Clinton", cue: "said", method: "reported-after"}},
	{"a verb coordinated inside a relative clause on who",
		`The video has become a focal point for demonstrators here, who have taken to the streets and called for ⟦footage to be released⟧.`,
		want{speaker: "demonstrators", typ: "group", cue: "called", method: "reported-object"}},
	{"a verb of another tense after a relative clause goes with the main clause",
		`Her campaign announced support from mothers who have lost children to gun violence and said ⟦some of the women would campaign for Clinton⟧.`,
		want{speaker: "campaign", mention: "Her campaign", cue: "said", method: "reported-after"}},
	{"asked, the asker unnamed",
		`Asked ⟦whether he would encourage his voters to pick Republicans⟧, Johnson demurred.`,
		want{cue: "Asked"}},
	{"saying after the main clause",
		`Clinton, clearly frustrated, responded by pointing at the woman, saying ⟦the campaign was conflating the donations⟧.`,
		want{speaker: "Clinton", cue: "saying", method: "reported-after"}},
	{"late on a weekday",
		`Netanyahu said late Wednesday that ⟦he would go ahead with the meeting⟧.`,
		want{speaker: "Netanyahu", cue: "said", method: "reported-after"}},
	{"asked, a time before the question",
		"Asked on Monday ⟦whether Mr. Clinton would hold a cabinet position⟧, Mrs. Clinton shook her head.\n\nAsked specifically what should be done, the voters were divided.",
		want{cue: "Asked"}},
	{"asked, an adverb before the question",
		"Asked on Monday whether Mr. Clinton would hold a cabinet position, Mrs. Clinton shook her head.\n\nAsked specifically ⟦what should be done with illegal immigrants⟧, the voters were divided.",
		want{cue: "Asked"}},
	{"asked to, the asker unnamed",
		`Asked ⟦to describe the device that caused the explosion⟧, Commissioner James O'Neill said it was too early.`,
		want{cue: "Asked"}},
	{"a lead word is not the subject",
		`Even China, the only ally of Pyongyang, said ⟦it was resolutely opposed to the test⟧.`,
		want{speaker: "China", mention: "China, the only ally of Pyongyang", cue: "said", method: "reported-after"}},
	{"in a poll",
		`In a Des Moines Register poll last month, ⟦Mr. Cruz had a 10 percentage-point lead⟧.`,
		want{speaker: "Des Moines Register poll", mention: "a Des Moines Register poll", cue: "In", method: "according-to"}},
	{"a month's poll keeps its month",
		`In May's Washington Post-ABC News poll, ⟦Clinton led Trump on a range of presidential attributes⟧.`,
		want{speaker: "May's Washington Post-ABC News poll", cue: "In", method: "according-to"}},
	{"a transcript's turn runs to the paragraph's end",
		"Gov. Mary Fallin spoke to Jake Tapper.\n\nFALLIN: ⟦I think he is trying to campaign as a racial healer. I think that has been part of his message⟧.\n\nTAPPER: Thank you.",
		want{speaker: "Mary Fallin", cue: ":", method: "colon-credit", quote: "I think he is trying to campaign as a racial healer. I think that has been part of his message"}},
	{"a name's claim before a colon",
		"Sanders: ⟦Brexit's message could draw Trump support in US⟧.\n\nSen. Bernie Sanders spoke in Vermont.",
		want{speaker: "Bernie Sanders", cue: ":", method: "colon-credit"}},
	{"a name's claim before a colon in a title-cased headline",
		"Pat Caddell: ⟦Democrat Voters Worried About Hillary Clinton’s Health Issues⟧\n\nLongtime Democratic pollster Pat Caddell spoke on Thursday.",
		want{speaker: "Pat Caddell", cue: ":", method: "colon-credit"}},
	{"a poll's finding before a colon",
		"Poll: ⟦Clinton and Trump in dead heat heading into first debate⟧.\n\nThe race is close.",
		want{speaker: "Poll", cue: ":", method: "colon-credit"}},
	{"a colon credit whose claim goes on past a quotation",
		"Bernie Sanders: ⟦‘It Is Not A Radical Idea’ To Ask For A $15 Minimum Wage⟧.\n\nBernie Sanders spoke in Iowa on Monday.",
		want{speaker: "Bernie Sanders", cue: ":", method: "colon-credit"}},
	{"a group's claim before a colon",
		"Insiders: ⟦Trump will rebound in New Hampshire⟧.\n\nThe race is close.",
		want{speaker: "Insiders", cue: ":", method: "colon-credit"}},
	{"a title-cased headline: NAME Says CLAIM",
		"Obama Says ⟦African-American Museum Will Tell of Suffering and Delight⟧.\n\nPresident Obama spoke on Saturday at the museum.",
		want{speaker: "Obama", cue: "Says", method: "headline"}},
	{"a title-cased headline's speech act with an object",
		"Chris Christie Slams ⟦Hillary Clinton Over Police Shooting Comments⟧\n\nNew Jersey Gov. Chris Christie spoke on Monday.",
		want{speaker: "Chris Christie", cue: "Slams", method: "headline"}},
	{"a title-cased headline: CLAIM, NAME Says",
		"⟦Trump Could Address Clean Energy⟧, Lindsey Graham Says\n\nSen. Lindsey Graham spoke on Monday.",
		want{speaker: "Lindsey Graham", cue: "Says", method: "headline"}},
	{"dateline with an agency",
		`New York (AFP) – ⟦The same popular frustration, Sen. Bernie Sanders said, could help Trump⟧.`,
		want{speaker: "Bernie Sanders", cue: "said", method: "reported-before", quote: "The same popular frustration could help Trump"}},
	{"call for",
		`Sen. Bernie Sanders called for ⟦a ban on fracking in every state⟧.`,
		want{speaker: "Bernie Sanders", cue: "called", method: "reported-object"}},
	{"call someone a name",
		`Cruz called ⟦Trump a "pathological liar" who is "utterly amoral"⟧.`,
		want{speaker: "Cruz", cue: "called", method: "reported-object"}},
	{"call someone a name, unquoted",
		`Sen. Ted Cruz called ⟦the nominee a liar⟧.`,
		want{speaker: "Ted Cruz", cue: "called", method: "reported-object"}},
	{"call a pronoun a name, unquoted",
		`Alastair Osman called ⟦him a kind, loving and admirable person⟧.`,
		want{speaker: "Alastair Osman", cue: "called", method: "reported-object"}},
	{"call it a name with the",
		`Others call ⟦it the nerd prom⟧.`,
		want{speaker: "Others", cue: "call", method: "reported-object"}},
	{"call for after did",
		`Rep. Adam Schiff criticized the agency. He did call for ⟦more accountability down the road⟧.`,
		want{speaker: "Adam Schiff", mention: "He", cue: "call", method: "reported-object"}},
	{"a quantifier after the auxiliary",
		`Donald Trump and Chris Christie are all calling for ⟦a strong ethanol blending rule⟧.`,
		want{speaker: "Donald Trump and Chris Christie", cue: "calling", method: "reported-object"}},
	{"a participle after a document its subject issued",
		`Sanders started a petition this week calling on ⟦Democratic candidates to support the $15 minimum wage⟧.`,
		want{speaker: "Sanders", cue: "calling", method: "reported-object"}},
	{"an ad attacking someone is its issuer's",
		`The group released an ad attacking ⟦Trump for his comments on women⟧.`,
		want{speaker: "group", cue: "attacking", method: "reported-object"}},
	{"alike after the subject",
		`Politicians and voters alike are calling on ⟦Emanuel to remake the police department⟧.`,
		want{speaker: "Politicians and voters", cue: "calling", method: "reported-object"}},
	{"spoke to someone about",
		`Donald Trump said he would win. He was emphatic Monday when he spoke to CNN about ⟦the subject⟧.`,
		want{speaker: "Donald Trump", mention: "he", cue: "spoke", method: "reported-object"}},
	{"an adverb of manner before the particle",
		`Kenneth Starr spoke highly of ⟦the former president's personal attributes⟧.`,
		want{speaker: "Kenneth Starr", cue: "spoke", method: "reported-object"}},
	{"call on someone",
		`Rep. Adam Schiff called on ⟦the administration to "really call out Russia on this"⟧.`,
		want{speaker: "Adam Schiff", cue: "called", method: "reported-object"}},
	{"calling after the main clause",
		`The union endorsed Clinton on Friday, calling ⟦her a "champion" for its members⟧.`,
		want{speaker: "union", cue: "calling", method: "reported-object"}},
	{"a base verb after and is no cue",
		`The Indiana governor said ⟦Democrats and the media are to blame for focusing on "he said this, he tweeted that."⟧`,
		want{cue: "said"}},
	{"a pronoun after a quotation starts a sentence",
		`Clinton says ⟦Trump's "latest twitter meltdown is unhinged, even for him."⟧ She says it is a pattern.`,
		want{speaker: "Clinton", cue: "says", method: "reported-after"}},
	{"a sentence quoted with words of the writer's is mixed",
		`⟦"There's a sense of stability now," and donations began to pick up again last week⟧, Gilbert said.`,
		want{speaker: "Gilbert", cue: "said", method: "reported-before"}},
	{"an apposition after an inverted cue is not the clause",
		`⟦"Many would consider that an embarrassment" if she did not win by more⟧, said David Wasserman, an elections analyst.`,
		want{speaker: "David Wasserman", cue: "said", method: "reported-before"}},
	{"a reporting verb with a clause after a quotation starts a sentence",
		`Cross said ⟦he "may yet have to vote for her because of my own party's nominee."⟧ The speechwriter said the deal was off.`,
		want{speaker: "Cross", cue: "said", method: "reported-after"}},
	{"a negated cue after but ends the clause",
		`He said that ⟦he would offer "a prayer" for the eventual nominee⟧ but did not suggest it would be Trump.`,
		want{cue: "said"}},
	{"a quantifier for a group",
		`Some say ⟦they hear echoes of a painful past in his comments⟧.`,
		want{speaker: "Some", typ: "group", cue: "say", method: "reported-after"}},
	{"a percentage with its sign",
		`On social issues, 42% say ⟦they are liberal on most questions⟧.`,
		want{speaker: "42%", typ: "group", cue: "say", method: "reported-after"}},
	{"a plural the group list lacks",
		`While old Iowa political hands say ⟦there is a benefit from media attention⟧, others disagree.`,
		want{speaker: "old Iowa political hands", typ: "group", cue: "say", method: "reported-after"}},
	{"a comparison ends the clause",
		`Seventy-four percent of Democrats say ⟦they have a favorable view of Clinton⟧, compared with 64 percent who say the same of Sanders.`,
		want{speaker: "Seventy-four percent of Democrats", typ: "group", cue: "say", method: "reported-after"}},
	{"a party and state in parentheses",
		`Rep. Elijah Cummings (D-Md.), chair of the committee, said ⟦it was "committed to an open process"⟧.`,
		want{speaker: "Elijah Cummings", cue: "said", method: "reported-after"}},
	{"saying after a subject qualified by a preposition",
		`A spokeswoman for the firm also declined to comment, saying that ⟦nobody involved remains at the firm⟧.`,
		want{speaker: "spokeswoman for the firm", cue: "saying", method: "reported-after"}},
	{"by saying",
		`Trump landed in hot water last week by saying ⟦the judge cannot be impartial in the case⟧.`,
		want{speaker: "Trump", cue: "saying", method: "reported-after"}},
	{"saying after a copula",
		`Clinton is more conservative, saying ⟦she favors raising the minimum wage to $12⟧.`,
		want{speaker: "Clinton", cue: "saying", method: "reported-after"}},
	{"told an audience somewhere",
		`Hillary Clinton told a gathering in Washington ⟦she will protect reproductive rights⟧.`,
		want{speaker: "Hillary Clinton", cue: "told", method: "reported-after"}},
	{"adding after a quotation's comma ends the clause",
		`Trump told Newsmax that ⟦Mitt Romney "had a crazy policy,"⟧ adding, "He lost all of the Latino vote."`,
		want{speaker: "Trump", cue: "told", method: "reported-after"}},
	{"a clause ending with a quotation's comma",
		`⟦The country "has made dramatic changes for the better,"⟧ McConnell said in June 2012, citing the release of prisoners.`,
		want{speaker: "McConnell", cue: "said", method: "reported-before"}},
	{"speech act with an object",
		`The Foreign Ministry condemned ⟦the missile launch as a grave provocation⟧.`,
		want{speaker: "Foreign Ministry", cue: "condemned", method: "reported-object"}},
	{"an object's quoted complement ends the clause",
		`New Jersey Gov. Chris Christie described ⟦Hillary Clinton as a “disgrace”⟧ after she attacked the police.`,
		want{speaker: "Chris Christie", cue: "described", method: "reported-object"}},
	{"an object's quoted complement that goes on",
		`The Foreign Ministry condemned ⟦the test as "provocative" and a "grave threat" to the region⟧.`,
		want{speaker: "Foreign Ministry", cue: "condemned", method: "reported-object"}},
	{"a dash after a quotation ends the clause",
		`Newt Gingrich said ⟦Estonia was in the “suburbs of St. Petersburg”⟧ — a metaphor for the party's retreat.`,
		want{speaker: "Newt Gingrich", cue: "said", method: "reported-after"}},
	{"a dash after a quotation that closes an aside",
		`Cecile Richards noted that ⟦abortion – what her group calls “comprehensive care” – is “central” to its work⟧.`,
		want{speaker: "Cecile Richards", cue: "noted", method: "reported-after"}},
	{"a contracted auxiliary between the subject and the cue",
		`Sen. Tom Cotton spoke in Michigan. He’s claiming that ⟦voting fraud is “a big, big problem”⟧.`,
		want{speaker: "Tom Cotton", mention: "He", cue: "claiming", method: "reported-after"}},
	{"a quotation in the complement of a verb outside the lexicon",
		`Politifact then ruled that ⟦Trump's statement about "thousands of shootings" in Chicago is "true"⟧.`,
		want{speaker: "Politifact", cue: "ruled", method: "quoted-complement"}},
	{"a quoted complement ends at a dash",
		`At a rally, Donald Trump likened ⟦the refugees to "a vicious snake that bites the hand"⟧ - a charge he repeated later.`,
		want{speaker: "Donald Trump", cue: "likened", method: "quoted-complement"}},
	{"a quoted complement ends with the sentence its quotation closes",
		`Japan branded ⟦North Korea an "outlaw nation in the neighborhood."⟧ Russia asked for restraint.`,
		want{speaker: "Japan", cue: "branded", method: "quoted-complement"}},
	{"a speech act in the progressive takes its object as in the past",
		`Mike Huckabee has been steadily calling ⟦Obama's actions “a blatant, belligerent abuse of power.”⟧`,
		want{speaker: "Mike Huckabee", cue: "calling", method: "reported-object"}},
	{"a progressive speech act with a clause",
		`Ted Cruz has been demanding ⟦that police release the video⟧.`,
		want{speaker: "Ted Cruz", cue: "demanding", method: "reported-object"}},
	{"a progressive speech act with a particle",
		`Bernie Sanders is talking about ⟦income inequality⟧.`,
		want{speaker: "Bernie Sanders", cue: "talking", method: "reported-object"}},
	{"an object may be a name alone",
		`Speaker Paul Ryan criticized ⟦Donald Trump⟧.`,
		want{speaker: "Paul Ryan", cue: "criticized", method: "reported-object"}},
	{"an adverb of time between have and said",
		`Ted Cruz has long said ⟦he qualifies as a natural-born citizen⟧.`,
		want{speaker: "Ted Cruz", cue: "said", method: "reported-after"}},
	{"an as-clause that opens the sentence credits what follows",
		`As White House press secretary Josh Earnest explained, ⟦the president will not sign the bill⟧.`,
		want{speaker: "Josh Earnest", cue: "explained", method: "reported-after"}},
	{"an as-clause after a comma credits what comes before",
		`⟦The campaign spent $2 million on the ads⟧, as Politico first reported on Monday.`,
		want{speaker: "Politico", cue: "reported", method: "reported-before"}},
	{"went on to say: the subject of went speaks",
		`The day began. Donald Trump went on to say that ⟦Mexico would pay for the wall⟧.`,
		want{speaker: "Donald Trump", cue: "say", method: "reported-after"}},
	{"continued to criticize: the object of the infinitive",
		`The day began. Small groups of protesters continued to criticize ⟦the police chief⟧.`,
		want{speaker: "Small groups of protesters", mention: "Small groups of protesters", cue: "criticize", method: "reported-object"}},
	{"pointed out takes a clause",
		`Ted Cruz pointed out that ⟦Hawaii rarely gets two hurricanes⟧.`,
		want{speaker: "Ted Cruz", cue: "pointed", method: "reported-after"}},
	{"pointed out after its clause",
		`⟦Hawaii rarely gets two hurricanes⟧, Ted Cruz pointed out.`,
		want{speaker: "Ted Cruz", cue: "pointed", method: "reported-before"}},
	{"a part of a group is named whole",
		`The storm came. Two of Barack Obama's advisers said ⟦Hawaii is wet⟧.`,
		want{speaker: "Two of Barack Obama's advisers", cue: "said", method: "reported-after"}},
	{"one of a group is a person named whole",
		`The storm came. ⟦Hawaii is wet⟧, one of the jurors said.`,
		want{speaker: "one of the jurors", cue: "said", method: "reported-before"}},
	{"a short quotation after as is a verb's complement, not a term",
		`Senator Harry Reid has been pounding ⟦Trump as a “con artist”⟧ since May.`,
		want{speaker: "Harry Reid", cue: "pounding", method: "quoted-complement"}},
	{"a quoted complement after as ends at the quotation",
		`Angela Merkel heralded ⟦the deal with Turkey as a “big step,”⟧ the first in months of talks, on Friday.`,
		want{speaker: "Angela Merkel", cue: "heralded", method: "quoted-complement"}},
	{"a participle after the cue does not resume the clause",
		`Elizabeth Warren spoke on Tuesday. ⟦“You squeezed employees to the breaking point” to drive up the stock price⟧, she said, referencing the bank’s drive to “cross-sell” accounts.`,
		want{speaker: "Elizabeth Warren", mention: "she", cue: "said", method: "reported-before"}},
	{"a second speech act of the subject ends the object",
		`Senator Jeff Merkley called ⟦the bank's conduct “outrageous”⟧ and called for compensation to be clawed back.`,
		want{speaker: "Jeff Merkley", cue: "called", method: "reported-object"}},
	{"the second speech act is a report of its own",
		`Senator Jeff Merkley called the bank's conduct “outrageous” and called for ⟦compensation to be “clawed back” from executives⟧.`,
		want{speaker: "Jeff Merkley", cue: "called", method: "reported-object"}},
	{"encourage reports when a speaker encourages",
		`Donald Trump encouraged ⟦his supporters to visit polling places on Election Day⟧.`,
		want{speaker: "Donald Trump", cue: "encouraged", method: "reported-object"}},
	{"a partial quotation shows a clause reported though no subject is found",
		`The former governor is a triathlete. On Friday, he released a letter from his doctor that says ⟦he has “extraordinarily good health” for a 63-year-old⟧.`,
		want{cue: "says"}},
	{"an object that holds a partial quotation is reported though no subject is found",
		`The film shows Hillary Clinton making a controversial comment in 1996 that egregiously described ⟦all young black men as “super predators.”⟧`,
		want{cue: "described"}},
	{"a report with no subject takes the speaker its quotation gets",
		`Rep. Bobby Scott of Virginia in 1993, adding that ⟦“we’ve been electing African-Americans to office for a long time.”⟧`,
		want{speaker: "Bobby Scott", typ: "person", cue: "adding", method: "clause-subject"}},
	{"a participle after an inverted credit and a time phrase",
		`“It’s not new in Virginia,” said Rep. Bobby Scott at the time, adding that ⟦“we’ve been electing African-Americans to office for a long time.”⟧`,
		want{speaker: "Bobby Scott", typ: "person", mention: "Rep. Bobby Scott", cue: "adding", method: "reported-after"}},
	{"an inverted cue inside its clause comes before a report with no subject",
		`Carl Anthony is a historian. ⟦The paradox of Nancy, says Carl Anthony, historian at the library, is that she is portrayed as “this sort of dragon lady.”⟧`,
		want{speaker: "Carl Anthony", cue: "says", method: "reported-before", quote: "The paradox of Nancy is that she is portrayed as “this sort of dragon lady.”"}},
	{"a verb after and takes the subject of the verb it is coordinated with",
		`Elizabeth Warren spoke on Tuesday. Though she called the conduct “outrageous” and called for ⟦compensation to be “clawed back”⟧, the bank did not answer.`,
		want{mention: "she", cue: "called"}},
	{"the main clause after a subordinate one ends what the subordinate one reports",
		`While Senator Jeff Merkley said ⟦the bank's conduct was “outrageous”⟧, the bank's chief defended the sales practices.`,
		want{speaker: "Jeff Merkley", cue: "said", method: "reported-after"}},
	{"a subordinate clause after a comma ends what its cue reports at the main clause",
		`The site is crucial for the plan, and while Senator Dean Heller said ⟦he would hold a hearing⟧, the bill is unlikely to win his support.`,
		want{speaker: "Dean Heller", cue: "said", method: "reported-after"}},
	{"the main clause after a subordinate one may open with a phrase",
		`Although in September Hillary Clinton said ⟦her decision was a mistake⟧, at the town hall this week she denied any error.`,
		want{speaker: "Hillary Clinton", cue: "said", method: "reported-after"}},
	{"an aside opened by a subordinator without a verb of its own is no subordinate cue",
		`FBI Director James Comey spoke on Monday. The director further stated, while testifying before Congress, that ⟦Clinton was not truthful about the presence of classified material (there were 2,000 emails, including “top secret”), about whether she had emailed it, and about her emails⟧.`,
		want{speaker: "James Comey"}},
	{"a gerund subject resumes the clause a cue interrupts",
		`⟦Though that transition was relatively seamless, Howard Dean said, replacing Clinton would be much more acrimonious⟧.`,
		want{speaker: "Howard Dean", cue: "said", method: "reported-before", quote: "Though that transition was relatively seamless replacing Clinton would be much more acrimonious"}},
	{"a participle after the cue does not resume the clause",
		`⟦The bank failed⟧, Elizabeth Warren said, referencing its drive to expand.`,
		want{speaker: "Elizabeth Warren", cue: "said", method: "reported-before"}},
	{"a quoted fragment resumes the clause a cue interrupts",
		`⟦The club's heavy investment in its facilities, Ms. Tanzer said, “is a perfect example of adapting” to the changing economics of golf⟧.`,
		want{speaker: "Tanzer", cue: "said", method: "reported-before", quote: "The club's heavy investment in its facilities “is a perfect example of adapting” to the changing economics of golf"}},
	{"a direct quotation after the cue does not resume the clause",
		`⟦The club is doing well⟧, Ms. Tanzer said, "We will spend more next year on the course," at a meeting on Monday.`,
		want{speaker: "Tanzer", cue: "said", method: "reported-before"}},
	{"a short aside between dashes does not end the clause",
		`⟦Greensboro, Jared Sexton said, made him question who is steering the angry — and at times violent — rhetoric of the campaign⟧.`,
		want{speaker: "Jared Sexton", cue: "said", method: "reported-before", quote: "Greensboro made him question who is steering the angry — and at times violent — rhetoric of the campaign"}},
	{"and that goes on reporting",
		`The DNC said ⟦the staffers' actions were “completely unacceptable” and that the committee would continue to investigate⟧.`,
		want{speaker: "DNC", cue: "said", method: "reported-after"}},
	{"a subordinate clause with a main clause after it is reported",
		`⟦After Mr. Trump bought the plane in 2011 he made a number of changes⟧, said John Dorr, his pilot.`,
		want{speaker: "John Dorr", cue: "said", method: "reported-before"}},
	{"a subordinate phrase before a comma opens a main clause that is reported",
		`⟦As a woman, Ms. Malik likely raised less suspicion⟧, said Stewart Verdery, a former official.`,
		want{speaker: "Stewart Verdery", cue: "said", method: "reported-before"}},
	{"two apostrophes are one quotation mark",
		`⟦Ms. Brainard is ''not a backslapper,''⟧ said Mr. Sperling, but she has developed ties.`,
		want{speaker: "Sperling", cue: "said", method: "reported-before"}},
	{"maintain with a clause reports it",
		`Hillary Clinton has maintained ⟦the emails were not marked classified⟧.`,
		want{speaker: "Hillary Clinton", cue: "maintained", method: "reported-after"}},
	{"a comma inside a closing quotation then but and a clause ends the report",
		`Donald Trump is promising ⟦lower taxes and “jobs, jobs, jobs,”⟧ but he has also intensified the dire warnings.`,
		want{speaker: "Donald Trump", cue: "promising", method: "reported-after"}},
	{"and that after a quotation's comma goes on",
		`Fred Trump Jr. said ⟦their father ''could be unyielding,'' and that Freddy had struggled with it⟧.`,
		want{speaker: "Fred Trump Jr.", cue: "said", method: "reported-after"}},
	{"a show's quoted title after the cue's preposition",
		`Lindsey Graham said on NBC’s “Meet the Press” that ⟦the plan is dead⟧.`,
		want{speaker: "Lindsey Graham", cue: "said", method: "reported-after"}},
	{"a show's quoted title after the addressee of a cue after its clause",
		`⟦The plan is dead⟧, Lindsey Graham told CNN’s “State of the Union” on Sunday.`,
		want{speaker: "Lindsey Graham", cue: "told", addressee: "CNN", method: "reported-before"}},
	{"a show's quoted title closing the sentence after a cue",
		`⟦The plan is dead⟧, Lindsey Graham said on NBC’s “Meet the Press.”`,
		want{speaker: "Lindsey Graham", cue: "said", method: "reported-before"}},
	{"a year after a time preposition is no part of the subject",
		`In 2015 Donald Trump said ⟦he would build a wall⟧.`,
		want{speaker: "Donald Trump", mention: "Donald Trump", cue: "said", method: "reported-after"}},
	{"a date after a time preposition is no part of the subject",
		`Hillary Clinton spoke on Monday. On Sept. 11 Clinton said ⟦she was fine⟧.`,
		want{speaker: "Hillary Clinton", mention: "Clinton", cue: "said", method: "reported-after"}},
	{"last week before a name is no part of the subject",
		`Donald Trump spoke on Monday. Last week Trump said ⟦he would win⟧.`,
		want{speaker: "Donald Trump", mention: "Trump", cue: "said", method: "reported-after"}},
	{"a time before a name and a phrase qualifying the subject",
		`John Stumpf, the chief executive, testified on Tuesday. Last week Stumpf in a televised interview appeared to blame ⟦low-level workers for this behavior⟧.`,
		want{speaker: "John Stumpf", cue: "blame", method: "reported-object"}},
	{"a party tag with a city after a name in apposition to a description",
		`"⟦This is a big year,⟧" Scott's niece, state Del. Marcia Price (D-Newport News), shouted to the crowd.`,
		want{speaker: "Marcia Price", cue: "shouted", method: "cue-after"}},
	{"a description, then a name and a party tag in apposition",
		`"⟦This is a big year,⟧" the senator's niece, Marcia Price (D-Va.), said.`,
		want{speaker: "Marcia Price", cue: "said", method: "cue-after"}},
	{"a hyphenated description before a full name is no part of it",
		`Democratic front-runner Hillary Clinton said ⟦she would win⟧.`,
		want{speaker: "Hillary Clinton", cue: "said", method: "reported-after"}},
	{"an age before a full name is no part of it",
		`The 62-year-old Brenda Johnson said ⟦she would vote⟧.`,
		want{speaker: "Brenda Johnson", cue: "said", method: "reported-after"}},
	{"Senate and a party before a full name are no part of it",
		`Senate Democrat Chuck Schumer said ⟦he would vote⟧.`,
		want{speaker: "Chuck Schumer", cue: "said", method: "reported-after"}},
	{"a committee's place and a party before a full name are no part of it",
		`Senate Intelligence Ranking Democrat Dianne Feinstein said ⟦the bill was bad⟧.`,
		want{speaker: "Dianne Feinstein", cue: "said", method: "reported-after"}},
	{"a surname the Arabic article opens is a name",
		`Syrian President Bashar al-Assad said ⟦he would win⟧.`,
		want{speaker: "Bashar al-Assad", typ: "person", cue: "said", method: "reported-after"}},
	{"a surname without the Arabic article is the same person",
		`Bashar al-Assad spoke on Monday. Assad said ⟦he would win⟧.`,
		want{speaker: "Bashar al-Assad", mention: "Assad", cue: "said", method: "reported-after"}},
	{"a surname that is a title, then where its bearer is from",
		`"⟦It's not going to be easy,⟧" said Representative Peter T. King of New York, who endorsed Mr. Rubio on Tuesday.`,
		want{speaker: "Peter T. King", cue: "said", method: "cue-after"}},
	{"a party and a place in apposition to a name",
		`Representative Lee Zeldin, Republican of New York, said ⟦it was easy⟧.`,
		want{speaker: "Lee Zeldin", cue: "said", method: "reported-after"}},
	{"a party and a place in apposition to the subject of a colon lead-in",
		`One early supporter, Representative Lee Zeldin, Republican of New York, gave the technique a whirl in an interview with CNN on Tuesday: "⟦You can easily argue that he is a racist.⟧"`,
		want{speaker: "Lee Zeldin", method: "colon-clause"}},
	{"a party and a place are a description",
		`"⟦It's easy,⟧" said a Republican of New York.`,
		want{speaker: "Republican of New York", typ: "person", cue: "said", method: "cue-after"}},
	{"an office and what it is of name no one",
		`Carly Fiorina, the former CEO of Hewlett-Packard, spoke on Monday. Hewlett-Packard said ⟦it would grow⟧.`,
		want{speaker: "Hewlett-Packard", cue: "said", method: "reported-after"}},
	{"an office and what it is of is the person introduced with both",
		"Carly Fiorina, the former CEO of Hewlett-Packard, is running.\n\n\"⟦It is easy,⟧\" said the former CEO of Hewlett-Packard.",
		want{speaker: "Carly Fiorina", mention: "the former CEO of Hewlett-Packard", cue: "said", method: "cue-after"}},
	{"an office of another company is not the person introduced with the office",
		"Sundar Pichai, the CEO of Google, spoke.\n\n\"⟦It is easy,⟧\" said the CEO of Apple.",
		want{mention: "the CEO of Apple", cue: "said"}},
	{"an institution of a place keeps the party word that opens it",
		`The Republican Party of Wyoming said ⟦it would vote⟧.`,
		want{speaker: "Republican Party of Wyoming", typ: "organization", cue: "said", method: "reported-after"}},
	{"the authors of a study are who speak, not the study",
		`The authors of the study said ⟦the rate was high⟧.`,
		want{speaker: "authors of the study", typ: "group", cue: "said", method: "reported-after"}},
	{"names coordinated before an apposition speak together",
		`Senators Sherrod Brown and Rob Portman, Democrats of Ohio, said ⟦the bill was bad⟧.`,
		want{speaker: "Sherrod Brown and Rob Portman", cue: "said", method: "reported-after"}},
	{"a surname is the person's, not a place's named after him",
		"Donald J. Trump spoke in the lobby of Trump Tower on Tuesday.\n\n\"⟦Our jobs are being sucked out of our states,⟧\" Mr. Trump said.",
		want{speaker: "Donald J. Trump", mention: "Mr. Trump", cue: "said", method: "cue-after"}},
	{"a pronoun with no speaker before it abstains when a person not yet typed may be meant",
		"Hillary Clinton won the Delaware primary on Tuesday.\n\nClinton hosted an event Monday, during which she gave a shout out to Vice President Joe Biden.\n\n\"⟦I want to mention someone who is not here,⟧\" she said.",
		want{mention: "she", cue: "said"}},
	{"half of a group is named whole",
		`Half of Vermont Democrats said ⟦they would vote⟧.`,
		want{speaker: "Half of Vermont Democrats", typ: "group", cue: "said", method: "reported-after"}},
	{"a proportion and where it was found are named whole",
		`One in four voters in a New York Times poll last year said ⟦they would vote⟧.`,
		want{speaker: "One in four voters in a New York Times poll", typ: "group", cue: "said", method: "reported-after"}},
	{"a dateline with the state after the city is no subject",
		"BUENA PARK, Calif. - Rallying hundreds of service workers who are struggling to get by, Hillary Clinton tried to empathize with them and promised ⟦to deliver change⟧.",
		want{speaker: "Hillary Clinton", cue: "promised", method: "reported-after"}},
	{"a long dateline before the subject of a clause with a participle cue",
		"WASHINGTON, Dec. 8 (UPI) — In response to the proposal, Huma Abedin rallied supporters, saying: “⟦We have to be ready to stop him.⟧”",
		want{speaker: "Huma Abedin", cue: "saying", method: "clause-subject"}},
	{"a dateline closed by two hyphens",
		`BEIJING -- Speaking to reporters, Wang Yi said the talks would go on, adding: "⟦We will not give up.⟧"`,
		want{speaker: "Wang Yi", cue: "adding", method: "clause-subject"}},
	{"a place in a dateline is no one's name in the story",
		"WASHINGTON - The report was released on Monday.\n\nWashington said ⟦China was behind the hack⟧.",
		want{speaker: "Washington", mention: "Washington", cue: "said"}},
	{"a state's abbreviation is no one's name",
		"A veteran D.C. lobbyist spoke first.\n\n“⟦It was a good night,⟧” he said.",
		want{speaker: "", mention: "he"}},
	{"an indefinite description brings someone new on stage",
		"Steve Elmendorf, a veteran lobbyist, spoke first.\n\n“⟦She didn’t like that,⟧” said a veteran.",
		want{speaker: "veteran", mention: "a veteran", cue: "said"}},
	{"an indefinite description in apposition to a name describes it",
		"Margins have expanded, said Howard Rubel, a senior analyst at Jefferies, who notes that ⟦the company has vowed to cut costs⟧.",
		want{speaker: "Howard Rubel", cue: "notes"}},
	{"an indefinite description after a place is no apposition",
		"At the town hall in Ho Chi Minh City, a young woman who had studied in Montana asked Obama ⟦what he thought of the prospects⟧.",
		want{speaker: "young woman", cue: "asked"}},
	{"a place takes no role from a description after it",
		"At a recent town hall meeting in New Hampshire, a young woman asked Mrs. Clinton about the women.\n\n''⟦Should we believe them as well?⟧'' the woman said.",
		want{speaker: ""}},
	{"a name that opens its sentence before an aside no comma closes is on stage for a pronoun",
		"\"We wanted to control the real estate,\" Michael C. Cernech, the city manager, said.\n\nMichelle F. Tanzer, a lawyer who represents resort owners and sits on the board of the club association, has helped clubs adapt. \"⟦The industry is doing much better,⟧\" she said.",
		want{speaker: "Michelle F. Tanzer", mention: "she", cue: "said"}},
	{"the first word of a day's name is no one",
		"Large majorities of Republican primary voters in six states going to the polls on Super Tuesday said ⟦they support a proposal to ban all non-citizen Muslims⟧.",
		want{speaker: "", cue: "said"}},
	{"a weekday after a document is a time, not its name",
		"⟦Wisconsin Gov. Scott Walker will speak at the convention⟧, according to a report Tuesday from WKOW, the ABC affiliate in Madison.",
		want{speaker: "report Tuesday from WKOW", cue: "according to", method: "according-to"}},
	{"a document's modifiers end before a relative clause",
		"According to State Department cables at the time that were later released by WikiLeaks, ⟦Mr. Manafort frequently pressed American diplomats in Ukraine⟧.",
		want{speaker: "State Department cables at the time", cue: "According to", method: "according-to"}},
	{"a quoted nickname at the end of an apposition",
		`Ray Smith, who goes by "Shorty," said ⟦the plan would work⟧.`,
		want{speaker: "Ray Smith", cue: "said", method: "reported-after"}},
	{"a quotation's period ends the sentence before a verb with an infinitive",
		`Elizabeth Warren said ⟦the bill "is a disgrace."⟧ Mann declined to comment.`,
		want{speaker: "Elizabeth Warren", cue: "said", method: "reported-after"}},
	{"a quotation's period ends the sentence before a cue with a quotation of its own",
		`Bernie Sanders called ⟦Trump a "pathological liar."⟧ Carly Fiorina said Ted Cruz "says whatever he needs to say to get elected."`,
		want{speaker: "Bernie Sanders", cue: "called", method: "reported-object"}},
	{"a quoted complement that closes with a comma ends the object",
		`Speaker Paul Ryan on Tuesday called ⟦Trump's remarks about a Latino judge "racist,"⟧ an extraordinary indictment that generated a fresh wave of criticism.`,
		want{speaker: "Paul Ryan", cue: "called", method: "reported-object"}},
	{"a list of quoted complements goes on past their commas",
		`Donald Trump has called ⟦the senator a "nasty guy," an "anchor baby," "unstable" and "sick."⟧`,
		want{speaker: "Donald Trump", cue: "called", method: "reported-object"}},
	{"an adverb with no comma before the subject of a participle's clause",
		`"We will win," Donald Trump said in Salem. Then he cut into Bush, calling ⟦him a "stiff"⟧ and accusing him of acting like a "spoiled child."`,
		want{speaker: "Donald Trump", mention: "he", cue: "calling", method: "reported-object"}},
	{"a participle of speech joined by and to one after a comma",
		`"We will win," Donald Trump said in Salem. Then he cut into Bush, calling him a "stiff" and accusing ⟦him of acting like a "spoiled child."⟧`,
		want{speaker: "Donald Trump", mention: "he", cue: "accusing", method: "reported-object"}},
	{"a second predicate of the subject ends the object",
		`Senator Lindsey Graham criticized ⟦the tax plan of his party⟧ and voted against it on Tuesday.`,
		want{speaker: "Lindsey Graham", cue: "criticized", method: "reported-object"}},
	{"a second predicate of the subject ends an object that has no verb",
		`The Obama administration promised ⟦a veto of the bill⟧ and attempted to make the case to members of both parties that it is a bad idea.`,
		want{speaker: "Obama administration", cue: "promised", method: "reported-after"}},
	{"a verb phrase joined by and stays in a clause with a verb",
		`The Obama administration promised ⟦to veto the bill and to make the case to members of both parties⟧.`,
		want{speaker: "Obama administration", cue: "promised", method: "reported-after"}},
	{"the medium ends the object",
		`Keron Blair, executive director of AROS, called for ⟦more investment in public schools⟧ in a statement on Thursday.`,
		want{speaker: "Keron Blair", cue: "called", via: "a statement", method: "reported-object"}},
	{"a clause of the occasion ends the object",
		`Senator Lindsey Graham criticized ⟦the tax plan of his party⟧ as the Senate prepared to vote on it.`,
		want{speaker: "Lindsey Graham", cue: "criticized", method: "reported-object"}},
	{"as without a clause of its own stays in the object",
		`Senator Lindsey Graham described ⟦the tax plan as a disaster for the middle class⟧.`,
		want{speaker: "Lindsey Graham", cue: "described", method: "reported-object"}},
	{"a clause with a subject of its own after a comma and and ends the clause",
		`The International Monetary Fund announced that ⟦it is lowering its forecast for U.S. growth this year⟧, and the downgrade is casting a shadow on the outlook.`,
		want{speaker: "International Monetary Fund", cue: "announced", method: "reported-after"}},
	{"a clause with a subject of its own after a comma and but ends the clause",
		`A CNN/ORC poll showed ⟦Clinton was the winner of Monday's debate⟧, but instant debate polls are not a measure of voting intentions.`,
		want{speaker: "CNN/ORC poll", cue: "showed", method: "reported-after"}},
	{"a pronoun after a comma and but opens a clause of its own",
		`Clinton says ⟦she will not ask Mr. Sanders to withdraw⟧, but she has bristled at the implication that he could win.`,
		want{speaker: "Clinton", cue: "says", method: "reported-after"}},
	{"a participle tagged as a past tense inside an apposition",
		`Mike Shields, president of the Congressional Leadership Fund, a super PAC allied with House leadership, said ⟦nearly every conversation he has had with donors centers on the need for a firewall⟧.`,
		want{speaker: "Mike Shields", cue: "said", method: "reported-after"}},
	{"a description and a name in apposition between the clause and its cue",
		`⟦Facebook created the tool to help in times of crisis⟧, a spokeswoman, Anna Richardson White, said on Saturday.`,
		want{speaker: "Anna Richardson White", cue: "said", method: "reported-before"}},
	{"a name and its apposition between the clause and its cue",
		`⟦The economy is strong⟧, Mr. Smith, the chairman of the bank, said on Tuesday.`,
		want{speaker: "Smith", cue: "said", method: "reported-before"}},
	{"a subject with an apposition after a clause and and",
		`The economy is strong, and John Smith, the chairman of the bank, said ⟦it would grow next year⟧.`,
		want{speaker: "John Smith", cue: "said", method: "reported-after"}},
	{"a clause after a comma and and whose subject has an apposition ends the clause",
		`The White House contends that ⟦it is still on track to meet those targets⟧, and Brian Deese, the White House climate change adviser, said his staff were preparing plans.`,
		want{speaker: "White House", cue: "contends", method: "reported-after"}},
	{"a verb in -ee in the past",
		`Former Pennsylvania Gov. Ed Rendell agreed that ⟦the party's vacancy rules should be modernized⟧, but he said that discussion should wait.`,
		want{speaker: "Ed Rendell", cue: "agreed", method: "reported-after"}},
	{"a trailing according to ends the clause another cue reports",
		`His campaign manager, Jeff Weaver, says ⟦it's proof the candidate can still close the gap in pledged delegates, which stood at 263 entering Tuesday's primary⟧, according to the Associated Press.`,
		want{speaker: "Jeff Weaver", cue: "says", method: "reported-after"}},
	{"a trailing according to credits the relative clause before it",
		`His campaign manager, Jeff Weaver, says it's proof the candidate can still close the gap in pledged delegates, ⟦which stood at 263 entering Tuesday's primary⟧, according to the Associated Press.`,
		want{speaker: "Associated Press", cue: "according to", method: "according-to"}},
	{"a relative clause on a person that closes the sentence is the writer's gloss",
		`Corey Lewandowski said ⟦the FBI had secured the cooperation of Bryan Pagliano⟧, who worked on Clinton's 2008 campaign.`,
		want{speaker: "Corey Lewandowski", cue: "said", method: "reported-after"}},
	{"a relative clause set off as an aside stays in the clause",
		`Corey Lewandowski said ⟦the senator, who is up for reelection, would vote against the bill⟧.`,
		want{speaker: "Corey Lewandowski", cue: "said", method: "reported-after"}},
	{"a subordinate clause after even opens the reported clause",
		`Ban Ki-moon said that ⟦even after he steps down, he will look for ways to ensure the agreement is implemented⟧.`,
		want{speaker: "Ban Ki-moon", cue: "said", method: "reported-after"}},
	{"the writer's question is a record with no speaker",
		`We asked our followers ⟦which candidate won Thursday's debate⟧.`,
		want{mention: "We", cue: "asked", method: ""}},
	{"the writer's view is a record with no speaker",
		`I think ⟦the debate was a mess for both of them⟧.`,
		want{mention: "I", cue: "think", method: ""}},
	{"what a question is about may be a noun alone",
		`Chuck Todd asked the frontrunner about ⟦the Twitter kerfuffle⟧.`,
		want{speaker: "Chuck Todd", addressee: "the frontrunner", cue: "asked", method: "reported-question"}},
	{"what is asked for is the content, up to the medium",
		`Republicans had asked the department for ⟦the information⟧ in a letter to the Justice Department.`,
		want{speaker: "Republicans", addressee: "the department", cue: "asked", method: "reported-question"}},
	{"an aside between paired dashes after a quotation stays in the clause",
		`Donald Trump said that ⟦Clinton’s call to “make America whole again” — itself a rebuttal to his slogan — was an inferior slogan⟧.`,
		want{speaker: "Donald Trump", cue: "said", method: "reported-after"}},
	{"and after the dash that closes an aside goes on with the clause",
		`Imam Khalid Latif says ⟦Trump's call to ban all Muslim immigrants -- a position the nominee has since modified -- and his statements against Mexicans bear some of the responsibility⟧.`,
		want{speaker: "Khalid Latif", cue: "says", method: "reported-after"}},
	{"a parenthesis closed after a full stop ends the sentence",
		`Ghazala Khan spoke on Monday. (Ghazala Khan says ⟦the photo of her son would have made her break down in tears⟧.) The Republican leaders included Mike Pence.`,
		want{speaker: "Ghazala Khan", cue: "says", method: "reported-after"}},
	{"a speaker named with a phrase that qualifies it, after its clause",
		`⟦The talks were close⟧, a spokeswoman for the company said.`,
		want{speaker: "spokeswoman for the company", mention: "a spokeswoman for the company", cue: "said", method: "reported-before"}},
	{"a source close to someone, after the clause",
		`⟦Cruz will be re-evaluating his approach⟧, officials close to the campaign said.`,
		want{speaker: "officials close to the campaign", cue: "said", method: "reported-before"}},
	{"a pronoun that qualifies the subject is not the subject",
		`Sources close to him said ⟦Cruz will be re-evaluating his approach⟧.`,
		want{speaker: "Sources close to him", cue: "said", method: "reported-after"}},
	{"a pronoun that qualifies the subject, after the clause",
		`⟦Cruz will be re-evaluating his approach⟧, a source close to him said.`,
		want{speaker: "source close to him", mention: "a source close to him", cue: "said", method: "reported-before"}},
	{"a proportion is the antecedent of who",
		`Almost half wanted an outsider, compared with four in 10 who said ⟦they preferred someone with experience⟧.`,
		want{speaker: "four in 10", typ: "group", cue: "said", method: "reported-after"}},
	{"overall may stand between a group and its verb",
		`58 percent of voters overall said ⟦they were much less likely to vote for Republicans⟧.`,
		want{speaker: "58 percent of voters", typ: "group", cue: "said", method: "reported-after"}},
	{"a fraction of those asked is a group",
		`A third said ⟦they would vote for Trump in November⟧.`,
		want{speaker: "A third", typ: "group", cue: "said", method: "reported-after"}},
	{"a subject qualified before its apposition",
		`Officials at Homeland Security Investigations, a division of Immigration and Customs Enforcement, said ⟦they were concerned about fraud⟧.`,
		want{speaker: "Officials at Homeland Security Investigations", mention: "Officials at Homeland Security Investigations, a division of Immigration and Customs Enforcement", typ: "group", cue: "said", method: "reported-after"}},
	{"a participle that opens the sentence is no subject's head",
		`Informed of the local district's anti-Trump lean, Early described ⟦it as news to him⟧.`,
		want{mention: "the local district's anti-Trump lean", cue: "described"}},
	{"a gerund's phrase may follow the cue after its clause",
		`⟦Many black voters did not recognize themselves in the description⟧, Martha Raddatz said in posing the question to Clinton.`,
		want{speaker: "Martha Raddatz", cue: "said", method: "reported-before"}},
	{"who after a dash has the antecedent before the dash",
		`GOP front-runner Donald Trump — who said ⟦he would bomb the oil fields⟧ — spoke at a rally in Texas.`,
		want{speaker: "Donald Trump", cue: "said", method: "reported-after"}},
	{"a hyphen typed as a dash sets off an aside",
		`Donald Trump - who said he would bomb the oil fields - said at a rally in Texas that ⟦the United States should close its borders⟧.`,
		want{speaker: "Donald Trump", mention: "Donald Trump - who said he would bomb the oil fields", cue: "said", method: "reported-after"}},
	{"the commas of a list between dashes are the aside's own",
		`The three constitutional scholars - Mr. Tribe, Ms. Epstein and Mr. Amar - agreed ⟦there are qualified candidates for the court⟧.`,
		want{speaker: "three constitutional scholars", cue: "agreed", method: "reported-after"}},
	{"a document dated by a month is the subject",
		`A Bloomberg poll in June found ⟦most voters were bothered by the donations⟧.`,
		want{speaker: "Bloomberg poll in June", cue: "found", method: "reported-after"}},
	{"a role with whom it serves is not the article's other holder of it",
		`Trump spokeswoman Jessica Ditto spoke on Friday. A spokeswoman for Hillary Clinton says ⟦neither the nominee nor her campaign helped Machado⟧.`,
		want{speaker: "spokeswoman for Hillary Clinton", mention: "A spokeswoman for Hillary Clinton", typ: "person", cue: "says", method: "reported-after"}},
	{"a role alone still resolves to the one who holds it",
		`Trump spokeswoman Jessica Ditto spoke on Friday. The spokeswoman said ⟦the campaign would respond⟧.`,
		want{speaker: "Jessica Ditto", mention: "The spokeswoman", typ: "person", cue: "said", method: "reported-after"}},
	{"a title after a determiner is a description, not the title of the name after it",
		`A spokesman for the Department of Homeland Security said ⟦the agency was reviewing the case⟧.`,
		want{speaker: "spokesman for the Department of Homeland Security", mention: "A spokesman for the Department of Homeland Security", typ: "person", cue: "said", method: "reported-after"}},
	{"an inverted cue after a noun: the name after the verb speaks",
		`⟦The plan, says Carl Anthony, historian at the library, is a mess⟧.`,
		want{speaker: "Carl Anthony", cue: "says", method: "reported-before", quote: "The plan is a mess"}},
	{"an inverted cue with an apposition, then the clause resumes",
		`⟦The first lady, says Carl Anthony, a historian at the library, is a model for the nation⟧.`,
		want{speaker: "Carl Anthony", cue: "says", method: "reported-before", quote: "The first lady is a model for the nation"}},
	{"a verbless phrase after an inverted cue describes the speaker",
		`⟦The plan would cost $2 trillion⟧, said Mark Zandi, chief economist at Moody's Analytics.`,
		want{speaker: "Mark Zandi", mention: "Mark Zandi, chief economist at Moody's Analytics", cue: "said", method: "reported-before"}},
	{"a relative clause after the apposition is the apposition's",
		`⟦Nor are tariffs likely to bring these jobs back⟧, said Robert Lawrence, an economist at Harvard, who is one of the foremost specialists on trade.`,
		want{speaker: "Robert Lawrence", cue: "said", method: "reported-before"}},
	{"the name given may be run into the object's noun phrase by the tagger",
		`Donald Trump called ⟦the report fake news⟧.`,
		want{speaker: "Donald Trump", cue: "called", method: "reported-object"}},
	{"neither … nor: both are the subject, not the last",
		`Neither Clinton nor Trump has said ⟦whether they will attend the dinner⟧.`,
		want{speaker: "Neither Clinton nor Trump", typ: "group", cue: "said", method: "reported-after"}},
	{"a description before the name in apposition gives the name its role",
		`A Kremlin spokesman, Dmitry Peskov, said no documents were signed. The spokesman added that ⟦the visit was historic⟧.`,
		want{speaker: "Dmitry Peskov", mention: "The spokesman", typ: "person", cue: "added", method: "reported-after"}},
	{"a report credited to a document speaks through it",
		`Chinese President Xi Jinping met Joe Biden. The Chinese leader also warned against ⟦crossing red lines on Taiwan⟧, according to a Chinese readout of the meeting.`,
		want{speaker: "Xi Jinping", mention: "The Chinese leader", typ: "person", cue: "warned", via: "a Chinese readout of the meeting", method: "reported-object"}},
	{"what a poll says a group says is the poll's",
		`⟦The vast majority of Americans say they prefer lower prices⟧, according to an Associated Press-GfK poll.`,
		want{speaker: "Associated Press-GfK poll", cue: "according to", method: "according-to"}},
	{"a report in an earlier conjunct does not take the credit",
		`⟦Mrs. Clinton has praised Mr. Obama's accomplishments, and won more than 77 percent of black voters⟧, according to exit polls.`,
		want{speaker: "exit polls", cue: "according to", method: "according-to"}},
	{"a platform is the medium",
		`Greg Abbott wrote on Twitter that ⟦the state would appeal the ruling⟧.`,
		want{speaker: "Greg Abbott", cue: "wrote", via: "Twitter", method: "reported-after"}},
	{"a medium named with a noun before its head",
		`Ted Cruz, in a Facebook post, accused ⟦the administration of lying⟧.`,
		want{speaker: "Ted Cruz", mention: "Ted Cruz", cue: "accused", via: "a Facebook post", method: "reported-object"}},
	{"the medium ends where what is said begins",
		`The governor's office said in a statement that ⟦Greg Abbott was traveling⟧.`,
		want{speaker: "governor's office", cue: "said", via: "a statement", method: "reported-after"}},
	{"the medium ends before a time",
		`Ted Cruz said in an AP interview Monday that ⟦he would not endorse Trump⟧.`,
		want{speaker: "Ted Cruz", cue: "said", via: "an AP interview", method: "reported-after"}},
	{"a relative clause on the subject, then an aside",
		`The judges who ruled that Texas could not implement its law, for instance, said ⟦the problem was not requiring a photo ID⟧.`,
		want{speaker: "judges", mention: "The judges", cue: "said", method: "reported-after"}},
	{"a subject with a determiner and a qualifier, then an apposition",
		`The employee of nearly four years, a registered Republican who spoke on the condition of anonymity, said ⟦she became pregnant last year⟧.`,
		want{speaker: "", mention: "The employee of nearly four years, a registered Republican who spoke on the condition of anonymity", cue: "said"}},
	{"an adverb set off after the auxiliary is not the subject's",
		`A YouGov poll of American voters has, however, revealed that ⟦the President does not speak for the majority⟧.`,
		want{speaker: "YouGov poll of American voters", mention: "A YouGov poll of American voters", cue: "revealed", method: "reported-after"}},
	{"since between the auxiliary and the verb",
		`Mrs. Clinton has since said ⟦she would support a wage increase⟧.`,
		want{speaker: "Clinton", mention: "Mrs. Clinton", cue: "said", method: "reported-after"}},
	{"an adverb set off after the verb",
		`Mr. Trump said, twice, that ⟦he was going to get up and go back to work⟧.`,
		want{speaker: "Trump", cue: "said", method: "reported-after"}},
	{"a semicolon after the cue ends what it credits",
		`⟦She did receive some emails with classified markings⟧, Comey said; his agents found them.`,
		want{speaker: "Comey", cue: "said", method: "reported-before"}},
	{"a trailing according to needs no comma",
		`⟦Clinton leads Sanders by 271 pledged delegates⟧ according to a count by The Associated Press, but Sanders has vowed to soldier on.`,
		want{speaker: "count by The Associated Press", cue: "according to", method: "according-to"}},
	{"according to after a conjunction still opens its clause",
		`Her aides were upbeat. But according to the campaign, ⟦the numbers are wrong⟧.`,
		want{speaker: "campaign", cue: "according to", method: "according-to"}},
	{"a capitalized according to in a parenthesis opens its clause",
		`Skaters were fined. (According to the New York Police Department, ⟦it does not keep statistics on violations⟧.)`,
		want{speaker: "New York Police Department", cue: "According to", method: "according-to"}},
	{"a source whose modifiers a speaker phrase lacks",
		`⟦On Tuesday she lost the Oregon primary but was leading in Kentucky⟧, according to complete but unofficial returns.`,
		want{speaker: "complete but unofficial returns", cue: "according to", method: "according-to"}},
	{"a source opening with a superlative",
		`⟦Sanders would beat Trump by more than 5 percentage points⟧, according to the most recent RealClearPolitics average of national polls.`,
		want{speaker: "most recent RealClearPolitics average of national polls", cue: "according to", method: "according-to"}},
	{"a tally is a source whatever its tag",
		`⟦Clinton leads Sanders by 271 pledged delegates⟧, according to a tally by the Associated Press.`,
		want{speaker: "tally by the Associated Press", cue: "according to", method: "according-to"}},
	{"a trailing according to after a quotation's comma",
		`⟦Some voters do not believe Mrs. Clinton ''cares about people like me,''⟧ according to a Quinnipiac poll conducted in February.`,
		want{speaker: "Quinnipiac poll conducted in February", cue: "according to", method: "according-to"}},
	{"a trailing according to credits the parenthesis it closes",
		`Trump cites his claim that African Americans killed 81 percent of white homicide victims (⟦the actual number is closer to 15 percent⟧, according to Factcheck.org).`,
		want{speaker: "Factcheck.org", cue: "according to", method: "according-to"}},
	{"a relative clause set off by commas is an aside in what according to credits",
		`⟦The Greater Wisconsin Committee, which supported Kloppenburg, spent at least $345,430 on TV ads⟧, according to the Brennan Center.`,
		want{speaker: "Brennan Center", cue: "according to", method: "according-to"}},
	{"the subject is the noun a prepositional phrase modifies",
		`People familiar with the talks said ⟦the deal was close⟧.`,
		want{speaker: "People familiar with the talks", mention: "People familiar with the talks", cue: "said", method: "reported-after"}},
	{"the subject is the noun a chain of phrases modifies",
		`Officials speaking on condition of anonymity said ⟦the plan had failed⟧.`,
		want{speaker: "Officials speaking on condition of anonymity", mention: "Officials speaking on condition of anonymity", cue: "said", method: "reported-after"}},
	{"a description is named with its modifier",
		`A spokeswoman for the company said ⟦the plant would close in March⟧.`,
		want{speaker: "spokeswoman for the company", mention: "A spokeswoman for the company", cue: "said", method: "reported-after"}},
	{"a name modified by its organization",
		`Peter Morgan of the Sierra Club said ⟦the deal was a spectacular one for Patriot⟧.`,
		want{speaker: "Peter Morgan", mention: "Peter Morgan of the Sierra Club", cue: "said", method: "reported-after"}},
	{"a title before of stays with the name after it",
		`Speaker of the House Paul Ryan said ⟦the images had no place in the campaign⟧.`,
		want{speaker: "Paul Ryan", cue: "said", method: "reported-after"}},
	{"an average of polls shows",
		`A Real Clear Politics average of polls shows ⟦Clinton leading by 2.2 percent over Trump⟧.`,
		want{speaker: "Real Clear Politics average of polls", cue: "shows", method: "reported-after"}},
	{"a dateline that ends with a hyphen",
		`PARIS, Aug 31 (Reuters) - Marine Le Pen, the leader of the National Front, said on Wednesday that ⟦Hillary Clinton would bring war to the world⟧.`,
		want{speaker: "Marine Le Pen", mention: "Marine Le Pen, the leader of the National Front", cue: "said", method: "reported-after"}},
	{"a year before a dash is not a dateline",
		`In an email dated Feb. 12, 2012 — seven months before the attack — Eric Nordstrom, the regional security director, informed James Bacigalupo that ⟦he would be glad to talk about the lack of security⟧.`,
		want{speaker: "Eric Nordstrom", cue: "informed", via: "an email", method: "reported-after"}},
	{"a surname that is a month is not a modal to skip",
		`British Prime Minister Theresa May said this week that ⟦the country would formally declare its intention to leave⟧.`,
		want{speaker: "Theresa May", mention: "British Prime Minister Theresa May", cue: "said", method: "reported-after"}},
	{"a modal between the subject and the cue is skipped",
		`Ed Krayewski may have said that ⟦the race was over before it began⟧.`,
		want{speaker: "Ed Krayewski", cue: "said", method: "reported-after"}},
	{"a number qualified by about opens the clause",
		`The Congressional Budget Office said ⟦about half of the higher adjustment in its deficit projections reflected revenue losses⟧.`,
		want{speaker: "Congressional Budget Office", cue: "said", method: "reported-after"}},
	{"but also after not only goes on",
		`Jon Tester said ⟦Grassley could lose not only because he supports Trump but also because he denied Merrick Garland a hearing⟧.`,
		want{speaker: "Jon Tester", cue: "said", method: "reported-after"}},
	{"the issuer of a statement speaks through it",
		`American Bridge President Jessica Mackler issued a statement saying ⟦his comment "has absolutely no place in American democracy"⟧.`,
		want{speaker: "Jessica Mackler", mention: "American Bridge President Jessica Mackler", cue: "saying", via: "a statement", method: "reported-after"}},
	{"the poster of a series of tweets speaks through them",
		`Trump unleashed a series of tweets early Friday saying that ⟦Clinton had shown bad judgment⟧.`,
		want{speaker: "Trump", cue: "saying", via: "a series of tweets", method: "reported-after"}},
	{"the poster of tweets speaks through them",
		`Trump posted tweets saying that ⟦Clinton had shown bad judgment⟧.`,
		want{speaker: "Trump", cue: "saying", via: "tweets", method: "reported-after"}},
	{"one who cites a document reports it",
		`Frank cites ⟦a celebratory White House memo saying as much⟧.`,
		want{speaker: "Frank", cue: "cites", method: "reported-object"}},
	{"a prepositional phrase after that opens the clause",
		`Clinton has disputed both critiques, but says that ⟦in retrospect she would have made a different decision⟧.`,
		want{speaker: "Clinton", cue: "says", method: "reported-after"}},
	{"a relative clause on who between the subject and the cue",
		`Officials who spoke on condition of anonymity said ⟦the talks had stalled⟧.`,
		want{speaker: "Officials", cue: "said", method: "reported-after"}},
	{"a relative clause ending with an adjective",
		`Voters who backed Trump in the primary say ⟦they are worried⟧.`,
		want{speaker: "Voters", cue: "say", method: "reported-after"}},
	{"an adverb in -ly between the relative and the cue",
		`The Huffington Post, which originally said ⟦it would cover the campaign as entertainment⟧, changed course.`,
		want{speaker: "Huffington Post", cue: "said", method: "reported-after"}},
	{"a year between the relative and the cue",
		`Mitch McConnell, who in 2010 said ⟦the most important goal was to defeat Obama⟧, is now the majority leader.`,
		want{speaker: "Mitch McConnell", cue: "said", method: "reported-after"}},
	{"a speech noun with a that-clause, its possessor the source",
		`Trump's assertion that ⟦the migrants are largely criminals⟧ drew fire.`,
		want{speaker: "Trump", cue: "assertion", method: "noun-clause"}},
	{"a speech noun inside another report's object",
		`Democrats rejected Mr. Trump's repeated claim that ⟦the election was rigged⟧.`,
		want{speaker: "Trump", cue: "claim", method: "noun-clause"}},
	{"a poll qualified by a participle phrase",
		`The latest Reuters/Ipsos opinion poll released Friday shows that ⟦in a head-to-head contest, Clinton leads Trump by 43 percent to 38 percent⟧.`,
		want{speaker: "latest Reuters/Ipsos opinion poll", cue: "shows", method: "reported-after"}},
	{"a poll qualified by a long participle phrase",
		`A random survey conducted by the One America News Network found ⟦Trump the winner of the debate with 35 percent of the vote⟧.`,
		want{speaker: "random survey conducted by the One America News Network", cue: "found", method: "reported-after"}},
	{"a document of something",
		`Video of the incident shows ⟦him with his hands in the air before he was shot⟧.`,
		want{speaker: "Video of the incident", cue: "shows", method: "reported-after"}},
	{"a cue that interrupts its clause, which ends at a contrast",
		`⟦The latest test, North Korea said, was its biggest yet⟧, although it may take days to know how powerful it was.`,
		want{speaker: "North Korea", cue: "said", method: "reported-before", quote: "The latest test was its biggest yet"}},
	{"an inverted cue that interrupts its clause",
		`⟦The economy is strong, said Mr. Smith, and it will grow next year⟧.`,
		want{speaker: "Smith", cue: "said", method: "reported-before", quote: "The economy is strong and it will grow next year"}},
	{"a possessive addressee with a quoted title",
		`Clinton told MSNBC's "Morning Joe" that ⟦nobody would question her intelligence⟧.`,
		want{speaker: "Clinton", cue: "told", method: "reported-after"}},
	{"a report that is the whole content of another is part of it",
		`Jessica Ditto said ⟦she expects the campaign "to continue calling out examples of bias."⟧`,
		want{speaker: "Jessica Ditto", cue: "said", method: "reported-after"}},
	{"a name with an organization in apposition after a description",
		`One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said ⟦he had made more than 150 phone calls⟧.`,
		want{speaker: "Darran Whiting", cue: "said", method: "reported-after"}},
	{"a phrase with no verb after a sentence-final cue",
		`⟦His allegiance has shifted from Rubio to Cruz⟧, Wilkin said during his campaign speech to be a national delegate.`,
		want{speaker: "Wilkin", cue: "said", method: "reported-before"}},
	{"an aside between that and the clause",
		`People with direct knowledge of Gates' work said that, ⟦during the period when Gates was a consultant, Gates was also helping steer the advocacy work⟧.`,
		want{speaker: "People with direct knowledge of Gates' work", cue: "said", method: "reported-after"}},
	{"a participle phrase that ends with a quoted title before the subject",
		`Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name that appeared in his book was inaccurate, but said ⟦his campaign had found the student newspaper article⟧.`,
		want{speaker: "Carson", cue: "said", method: "reported-after"}},
	{"an aside between dashes after the subject",
		`Democrats — and some Republicans — say that ⟦Trump's alienation of Hispanics far outweighs any gains he is making⟧.`,
		want{speaker: "Democrats", cue: "say", method: "reported-after"}},
	{"here after the subject",
		`Indeed, proponents of more controls on hate speech here say ⟦there is a direct correlation to the vitriol⟧.`,
		want{speaker: "proponents of more controls on hate speech here", mention: "proponents of more controls on hate speech here", cue: "say", method: "reported-after"}},
	{"a quantifier opens the subject of a cue that interrupts the clause",
		`⟦But there is a risk, some Democrats said, that Mr. Sanders would push the party to the left⟧.`,
		want{speaker: "some Democrats", mention: "some Democrats", cue: "said", method: "reported-before", quote: "But there is a risk that Mr. Sanders would push the party to the left"}},
	{"those a poll asked",
		`By double digits, those surveyed say ⟦stricter gun laws would help prevent gun violence⟧.`,
		want{speaker: "those surveyed", typ: "group", mention: "those surveyed", cue: "say", method: "reported-after"}},
	{"an adjunct with its comma opens the clause",
		`One Republican presidential hopeful, Carly Fiorina, says ⟦despite being a Stanford alumna, she plans to root for Iowa⟧.`,
		want{speaker: "Carly Fiorina", cue: "says", method: "reported-after"}},
	{"the last of a list before an aside between dashes is not the subject",
		`Other prominent Republicans, like Richard Armitage, Henry Paulson and Brent Scowcroft ― three former George W. Bush administration big shots ― have also said ⟦they’re supporting Clinton⟧.`,
		want{speaker: "Other prominent Republicans", mention: "Other prominent Republicans", cue: "said", method: "reported-after"}},
	{"a coordinated subject of a cue that interrupts the clause",
		`⟦The source of the attraction to Mr. Trump, union members and leaders say, is manifold: his positions on trade⟧.`,
		want{speaker: "union members and leaders", mention: "union members and leaders", cue: "say", method: "reported-before", quote: "The source of the attraction to Mr. Trump is manifold: his positions on trade"}},
	{"shows after a document is a verb, not a plural noun",
		`A Sept. 15, 2011 email shows ⟦State sent 10 of Clinton's senior staffers to the annual event⟧.`,
		want{speaker: "2011 email", mention: "2011 email", cue: "shows", method: "reported-after"}},
	{"there after a document",
		`Polls there show ⟦Trump is trailing Ted Cruz just ahead of Tuesday's vote⟧.`,
		want{speaker: "Polls", mention: "Polls", cue: "show", method: "reported-after"}},
	{"an aside between dashes ends the clause reported inside it",
		`With the campaign nearly broke — new filings show ⟦it has less than $1.3 million cash on hand⟧ — outside allies are stepping in.`,
		want{speaker: "new filings", mention: "new filings", cue: "show", method: "reported-after"}},
	{"plural nouns joined by and are one subject",
		`Union leaders and workers say ⟦the plan will fail⟧.`,
		want{speaker: "Union leaders and workers", mention: "Union leaders and workers", cue: "say", method: "reported-after"}},
	{"the object of a clause before and is not part of the subject",
		`Trump attacked reporters and Democrats said ⟦he was wrong⟧.`,
		want{speaker: "Democrats", mention: "Democrats", cue: "said", method: "reported-after"}},
	{"a list's bullet is not part of the subject",
		"THE WEEKEND’S POLLS\n\n-One poll shows ⟦Ted Cruz 16 points ahead of Trump in Indiana⟧.",
		want{speaker: "One poll", mention: "One poll", cue: "shows", method: "reported-after"}},
	{"a person who found that reports a finding",
		`The economist Robert J. Shapiro recently measured income growth. He found that ⟦incomes for blacks grew more rapidly than for whites⟧.`,
		want{speaker: "Robert J. Shapiro", typ: "person", mention: "He", cue: "found", method: "reported-after"}},
	{"an institution whose name ends with a title word",
		`The Department of Justice said that ⟦the city police force was fleecing its residents⟧.`,
		want{speaker: "Department of Justice", typ: "organization", mention: "The Department of Justice", cue: "said", method: "reported-after"}},
	{"a plural possessive before a name",
		`Reuters’ Luciana Lopez said ⟦the plan was naive⟧.`,
		want{speaker: "Luciana Lopez", cue: "said", method: "reported-after"}},
	{"a word of a two-word place is no nationality alone",
		"Facebook created the tool to help in times of crisis, a spokeswoman, Anna Richardson White, said on Saturday. ⟦But this was the first time it was activated for something like this⟧, she said.\n\n\"We created Safety Check,\" Ms. White said.",
		want{speaker: "Anna Richardson White", mention: "she", cue: "said", method: "reported-before"}},
	{"a sentence adverb before the subject of a coordinated verb",
		"Trump said Obama should resign.\n\nLikewise, Trump went after Hillary Clinton and called for ⟦her to quit her bid for president⟧.",
		want{speaker: "Trump", mention: "Trump", cue: "called", method: "reported-object"}},
	{"the writer is no speaker",
		"Cold War memory gap.\n\nI'd add ⟦a historical reason for the split⟧.",
		want{mention: "I'd", cue: "add"}},
	{"two named subjects are a group, not the first of them",
		"Donald Trump and Hillary Clinton vied for the title on Wednesday, each touting their own experience and saying ⟦the other lacks the judgment to lead⟧.",
		want{speaker: "Donald Trump and Hillary Clinton", typ: "group", mention: "Donald Trump and Hillary Clinton", cue: "saying", method: "reported-after"}},
	{"a city's state is not an apposition",
		"Donald Trump spoke about guns.\n\nTrump, speaking at a rally in Wilmington, N.C., warned that ⟦Clinton opposes the Second Amendment⟧.",
		want{speaker: "Donald Trump", mention: "Trump, speaking at a rally in Wilmington, N.C.", cue: "warned", method: "reported-after"}},
	{"a state after a name says where the name is from",
		"Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said ⟦the Khan family deserved better⟧.",
		want{speaker: "John Kasich", cue: "said", method: "reported-after"}},
	{"a state may speak for itself",
		"The battle continues in the courts. Friday, Texas, leading a coalition of 13 states, asked ⟦a federal judge to block the rules⟧.",
		want{speaker: "Texas", cue: "asked", method: "reported-question"}},
	{"two people from two states are a group",
		"Sens. Johnny Isakson of Georgia and John Boozman of Arkansas, both up for reelection, also said ⟦they would be happy to have Cruz on the trail⟧.",
		want{speaker: "Johnny Isakson of Georgia and John Boozman of Arkansas", typ: "group", cue: "said", method: "reported-after"}},
	{"she after an unnamed woman is hers, not the man named before",
		"John Kasich is assuring voters he is tough enough after a woman in Worcester, Massachusetts, told him she worries ⟦he is too nice to fend off his rivals⟧.",
		want{mention: "she", cue: "worries"}},
	{"a noun said of the one named is no one new",
		"\"I am proud,\" said Bruce LeVell.\n\nLeVell is a black man on a mission to change what he thinks ⟦is an unfounded perception that Trump is racist⟧.",
		want{speaker: "Bruce LeVell", mention: "he", cue: "thinks", method: "reported-after"}},
	{"a city's state with no comma after it",
		"Stacy Baker of Columbia, South Carolina says ⟦she really thinks Cruz can pull off a win⟧.",
		want{speaker: "Stacy Baker", cue: "says", method: "reported-after"}},
	{"it is not a place named where something is",
		"The carbon tax is the lowest among Canada's provinces.\n\nThe government will return more than it expects ⟦to collect through the carbon tax⟧.",
		want{mention: "it", cue: "expects"}},
	{"a participle after an inverted credit: its subject follows the verb",
		`"The Department is committed to transparency," said spokesman John Kirby, referring to ⟦Clinton's successor, John F. Kerry⟧.`,
		want{speaker: "John Kirby", cue: "referring", method: "reported-object"}},
	{"a participle after a partial quotation's comma",
		`Trump said things "should be wrapped up by Cleveland," referring to ⟦the party's July convention⟧.`,
		want{speaker: "Trump", cue: "referring", method: "reported-object"}},
	{"a quotation after a participle's comma is the main subject's",
		`Sanders said the process of crafting the platform could be "messy," adding, "⟦Democracy is messy.⟧"`,
		want{speaker: "Sanders", cue: "adding"}},
	{"a colon before a direct quotation ends the reported clause",
		`"It is valuable," said Bill Skelly, explaining ⟦he worked more closely with Chrabaszcz⟧: "Vito is outstanding with data."`,
		want{speaker: "Bill Skelly", cue: "explaining", method: "reported-after"}},
	{"a leading phrase with a city, its state and a day",
		`At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her statement, saying that ⟦the United States should play a leadership role⟧.`,
		want{speaker: "Clinton", mention: "Mrs. Clinton", cue: "saying", method: "reported-after"}},
	{"a leading past participle",
		`Reached by POLITICO, Bennett denied the report, explaining that ⟦he was unaware of the interview⟧.`,
		want{speaker: "Bennett", cue: "explaining", method: "reported-after"}},
	{"a leading but and a time phrase that counts",
		`But a few days later, Trump reversed himself yet again, telling CBS that ⟦the laws on abortion are set⟧.`,
		want{speaker: "Trump", cue: "telling", addressee: "CBS", method: "reported-after"}},
	{"the main clause is no apposition of a participle's subject",
		`Bernie Sanders of Vermont endorsed Mrs. Clinton, saying that ⟦his rival would make an outstanding president⟧.`,
		want{speaker: "Bernie Sanders", mention: "Bernie Sanders", cue: "saying", method: "reported-after"}},
	{"to before a noun is a preposition between the addressee and that",
		`Donald Trump hailed the vote, telling reporters during a visit to Scotland on Friday that ⟦he thinks the Brexit is a great thing⟧.`,
		want{speaker: "Donald Trump", cue: "telling", addressee: "reporters", method: "reported-after"}},
	{"asked about, the asker unnamed: what it is about",
		`Asked about ⟦his paid speeches in the 2016 race⟧, Huckabee's campaign said he had not accepted any.`,
		want{cue: "Asked"}},
	{"asked about, the asker named",
		`When the AP asked Bennett about ⟦Carson's comments on his staff⟧, the campaign manager said he needed to speak to the candidate first.`,
		want{speaker: "AP", typ: "organization", mention: "the AP", cue: "asked", addressee: "Bennett", method: "reported-question"}},
	{"a question that ends with a quotation's comma",
		`Asked ⟦if Sanders is “realistic enough to serve effectively as president,”⟧ 72 percent of Democrats said yes.`,
		want{cue: "Asked"}},
	{"a hyphen typed as a dash before another attribution ends the clause",
		`While some friends say ⟦Mr. Clinton would look zippier if he ate the occasional cheeseburger - an old favorite⟧ - others say he has never been healthier.`,
		want{speaker: "some friends", typ: "group", cue: "say", method: "reported-after"}},
	{"a noun phrase in apposition to the clause is the writer's gloss",
		`Trump said ⟦the protester would not get beat up at his rally⟧, a swipe at the recent disturbances at some of his rallies.`,
		want{speaker: "Trump", cue: "said", method: "reported-after"}},
	{"a list of noun phrases after a comma stays in the clause",
		`She said ⟦she had bought a car, a boat and a house in Florida⟧.`,
		want{mention: "She", cue: "said"}},
	{"a participle of a phrasal speech act after a comma ends the clause",
		`Ryan called on ⟦Trump to drop out of the race⟧, calling him "a disgrace to the party."`,
		want{speaker: "Ryan", cue: "called", method: "reported-object"}},
	{"the question put to a speaker is not what the speaker said",
		`Asked about ⟦Trump's declaration that it had been a bomb⟧, Clinton said, “I think it’s important to know the facts.”`,
		want{cue: "Asked"}},
	{"a clause after the question is what the outlet reported",
		`⟦When asked about Sanders' absence on the trail, Canova bristled and said he had no comment⟧, the Miami Herald reported.`,
		want{speaker: "Miami Herald", typ: "organization", mention: "the Miami Herald", cue: "reported", method: "reported-before"}},
	{"the direct quotation after that colon is a row of its own",
		`"It is valuable," said Bill Skelly, explaining he worked more closely with Chrabaszcz: "⟦Vito is outstanding with data.⟧"`,
		want{speaker: "Bill Skelly"}},
}

func TestResolveReports(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the prose model")
	}
	r := New(testModel(), WithIndirect())
	for _, tt := range reportTests {
		t.Run(tt.name, func(t *testing.T) {
			text, start, end := unmarkOne(tt.in)
			ats, err := r.Resolve(text)
			if err != nil {
				t.Fatal(err)
			}
			var got *Attribution
			for i := range ats {
				if ats[i].Start == start && ats[i].End == end {
					if got != nil {
						t.Fatalf("Resolve(%q): two rows for %q: %+v and %+v", text, text[start:end], *got, ats[i])
					}
					got = &ats[i]
				}
			}
			if got == nil {
				t.Fatalf("Resolve(%q): no report %q; got %+v", text, text[start:end], ats)
			}
			checkWant(t, text, tt.want, got)
		})
	}
}

// TestResolveNegated checks that a negated cue is marked: the speaker is the
// one who did not say it.
func TestResolveNegated(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the prose model")
	}
	r := New(testModel(), WithIndirect())
	for _, tt := range []struct {
		in      string
		negated bool
	}{
		{`Trump did not say that ⟦Mexico would pay⟧.`, true},
		{`Clinton has never said ⟦she would support the plan⟧.`, true},
		{`The administration has not publicly accused ⟦Russia of the hack⟧.`, true},
		{`The campaign would not say ⟦if Sullivan has been interviewed⟧.`, true},
		{`Donald Trump declined to say ⟦whether Mexico would pay⟧.`, true},
		{`Donald Trump did not go on to say that ⟦Mexico would pay⟧.`, true},
		{`Donald Trump went on to say that ⟦Mexico would pay⟧.`, false},
		{`Trump said that ⟦Mexico would pay⟧.`, false},
		{`Not everyone agreed, but Trump said ⟦Mexico would pay⟧.`, false},
		{`Neither Clinton nor Trump has said ⟦whether they will attend⟧.`, true},
		{`Neither candidate has said ⟦whether they will attend⟧.`, true},
		{`Neither side budged, and Trump said ⟦the talks were over⟧.`, false},
		{`"⟦We will not pay,⟧" the president said.`, false},
	} {
		text, start, end := unmarkOne(tt.in)
		ats, err := r.Resolve(text)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range ats {
			if a.Start == start && a.End == end {
				found = true
				if a.Negated != tt.negated {
					t.Errorf("Resolve(%q): Negated = %v, want %v", text, a.Negated, tt.negated)
				}
			}
		}
		if !found {
			t.Errorf("Resolve(%q): no record %q; got %+v", text, text[start:end], ats)
		}
	}
}

// TestResolveNotReports lists uses of reporting verbs that report no speech
// without quotation marks.
func TestResolveNotReports(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the prose model")
	}
	r := New(testModel(), WithIndirect())
	for _, text := range []string{
		`The senator is said to be furious about the vote.`,
		"Having announced that he would not send me to prison, Judge Berman proceeded to hand down the sentence.",
		`Wall Street targets included Goldman Sachs, Credit Suisse, UBS, and the American Bankers Association, supposedly marked as a “high priority” potential donor.`,
		`But in a conference call with reporters on Dec. 2, Col. Steven H. Warren, a military spokesman in Baghdad, said, "A raid is a combat operation."`,
		`The so-called reform was announced in a statement.`,
		`He told reporters.`,
		`The campaign spent $2 million on the ads, as Politico said it would.`,
		`Speaker Paul Ryan criticized Thursday.`,
		`Speaker Paul Ryan criticized loudly.`,
		`Speaker Paul Ryan praised in 1992.`,
		`Officials said in a statement on Tuesday.`,
		`The firefighters found the missing hikers were safe and well.`,
		`Mr. Clarke showed the reporters his new coal mine in Kentucky.`,
		`"We are grateful," Putin said at the start of a meeting with Kim, filmed by AFP.`,
		`In a video posted by the Kremlin, the pair are seen shaking hands and hugging.`,
		`The plan was criticized by economists on both sides.`,
		`The senator called his mother on Sunday.`,
		`The governor called a special session of the legislature.`,
		`"He really does love us," Melanie said, and soon, the balloons were dropping.`,
		`"Our assumption is that the veto will be overridden," Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.`,
		`The senator called on Tuesday to offer his support.`,
		`The networks called the race for the incumbent before midnight.`,
		`A group called Citizens United filed the complaint.`,
		`Critics citing the report were ignored.`,
		`In Washington, lawmakers, weary of the fight, urged.`,
		`Jane Ortiz, a former staff member for the campaign in Philadelphia who said she would march, was there.`,
		`He asked for it.`,
		`Clinton was speaking to the U.S. Conference of Mayors.`,
		`She called him the next day.`,
		`He called her back on Tuesday.`,
		`Barack Obama spoke. The contrast with Trump, said Doyle and others, would be clear.`,
		`The cost of the parade added up to more than $8.5 million.`,
		`Deputy Chief Smith added 160 security personnel along the parade route, up from 90 last year.`,
		`"We'll see," a Downing Street spokesperson said when asked about the polls.`,
		`The lawsuit filed by a staffer who Gowdy fired in June alleges a long list of violations.`,
		`It is the Democratic leaders in Congress, responding to pressure from labor unions, who have insisted on acting now.`,
		"UPDATE: The debate ended early tonight after a fire alarm.",
		"Analysis: The debate ended early tonight after a fire alarm.",
		"Writing for a panel that agreed Pence won, Mark Barabak left early.",
		"The plan was discussed by the committee on Monday.",
		"Former Clinton Pollster Says Clinton Is In Trouble In California Primaries.\n\nA former pollster for Bill Clinton spoke on Monday.",
		"Watch Live: The Debate Ends Early After A Fire Alarm\n\nThe debate ended.",
		`In the poll conducted by the university, nothing changed.`,
		`The Clinton campaign did not respond to a request for comment.`,
		`She asked me.`,
		`Jane Ortiz won what Ortiz deems "a war of unpleasant words" last year.`,
		`The laptop she used held her "personal messages" and more.`,
		`The statement gave no "clear answer" about the timing of the talks.`,
		`As the New Yorker put it in a long story, "the operator."`,
		`Sen. Chuck Schumer told CNN's "State of the Union" on Sunday.`,
		`The claim that the plan works is false.`,
		`A member of the crew shows the way to the hangar with a torch.`,
		`Jane Ortiz joined the Black Lives Matter movement because to her, "there's nothing more important."`,
		`Obama's actions are being called “a blatant, belligerent abuse of power.”`,
		`The law was passed in the wake of what is known as a "big step" in Europe.`,
		`Economists agree on one thing: value-added tax systems encourage savings, investment and economic growth.`,
		`The governor released a letter from his doctor that says he is in good health.`,
		`The film shows a comment in 1996 that described all young men as criminals.`,
		`Having said that, there are some concerns about the plan.`,
		`The Federal Reserve chairwoman, Janet Yellen, has been repeatedly criticized by many Wall Street players for not raising interest rates fast enough.`,
		`Trump is widely expected to unveil his second ad on Monday.`,
		`Soon, he found that place welcoming.`,
		`As Freddy, a fun-loving airline pilot with a gift for imitating W.C. Fields, joked with his best friend at the table, his younger brother grew impatient.`,
		`The actor, who starred in "Parks and Recreation" and "Guardians of the Galaxy," posted the clip to YouTube on Thursday.`,
		"SAVE A QUARTER Let's say you think a degree will cost $160,000 in 18 years.",
		`Voters rated 11% of Republican claims – a 2 to 1 margin – as true.`,
		// A hyphen alone is a dash: the aside ends what some say.
		`Obama made an aggressive - some say unrealistic - pledge to cut emissions 80 percent by 2050.`,
		// A lead-in with no verb before a colon and a direct quotation: the
		// quotation is what is said.
		`Martin O'Malley said back in the summer of 2015: "I think it is a big mistake for us as a party."`,
		// A subordinate clause alone before the cue says when it spoke.
		`When he first arrived in Miami on Wednesday, Donald Trump added, "It will be beautiful."`,
		// maintain with an object keeps a thing.
		`Clinton maintained a wide lead over Sanders among black voters.`,
		// told does not invert: The Huffington Post is the addressee.
		`"This narrative is not just in our institutions," Malkia Cyril, the executive director at the Center of Media Justice and whose also featured in the film, told The Huffington Post.`,
	} {
		ats, err := r.Resolve(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range ats {
			if a.Marks == a.Span { // a report: no quotation marks around it
				t.Errorf("Resolve(%q): unexpected %s %q by %q", text, a.Kind, a.Text, a.Speaker)
			}
		}
	}
}

// TestResolveNested checks that a report which is the whole content of
// another gives no second attribution: one who said it, one record.
// TestResolveUnnamedGivesWay checks that a report whose subject was not
// found, kept for the partial quotation in its clause, gives way to a report
// over the same words that names its subject.
func TestResolveUnnamedGivesWay(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the prose model")
	}
	r := New(testModel(), WithIndirect())
	text := `Donald Trump has hailed Britain’s vote to leave the European Union as “fantastic,” telling reporters during a visit to Scotland on Friday that he thinks the Brexit is “a great thing.”`
	ats, err := r.Resolve(text)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range ats {
		if strings.Contains(a.Text, "great thing") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("Resolve(%q): %d attributions hold the second quotation, want 1: %+v", text, n, ats)
	}
}

func TestResolveNested(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the prose model")
	}
	r := New(testModel(), WithIndirect())
	for _, text := range []string{
		`Jessica Ditto said she expects the campaign "to continue calling out examples of bias."`,
		`Clinton said she believes the economy is strong.`,
		`Trump posted tweets saying that Clinton had shown bad judgment.`,
		`The campaign released a statement Wednesday announcing that it would appeal.`,
	} {
		ats, err := r.Resolve(text)
		if err != nil {
			t.Fatal(err)
		}
		if len(ats) != 1 {
			t.Errorf("Resolve(%q): %d attributions, want 1: %+v", text, len(ats), ats)
		}
	}
}

type want struct {
	speaker, typ, mention, cue, addressee, via, method string
	quote                                              string // the quote's text, when it is not the marked span's
}

// unmarkOne removes ⟦ ⟧ from s and returns the text and the marked span.
func unmarkOne(s string) (text string, start, end int) {
	start = strings.Index(s, "⟦")
	s = s[:start] + s[start+len("⟦"):]
	end = strings.Index(s, "⟧")
	return s[:end] + s[end+len("⟧"):], start, end
}

func TestResolve(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the prose model")
	}
	r := New(testModel())
	for _, tt := range resolveTests {
		t.Run(tt.name, func(t *testing.T) {
			text, start, _ := unmarkOne(tt.in)
			ats, err := r.Resolve(text)
			if err != nil {
				t.Fatal(err)
			}
			var got *Attribution
			for i := range ats {
				if ats[i].Start == start {
					got = &ats[i]
				}
			}
			if got == nil {
				t.Fatalf("Resolve(%q): no quotation at %d; got %+v", text, start, ats)
			}
			checkWant(t, text, tt.want, got)
			if (got.Speaker == "") != (got.Confidence == 0) {
				t.Errorf("speaker %q with confidence %v", got.Speaker, got.Confidence)
			}
		})
	}
}

// checkWant compares the fields of got that w gives: empty fields of w are
// not checked, except the speaker.
func checkWant(t *testing.T, text string, w want, got *Attribution) {
	t.Helper()
	g := want{got.Speaker, got.SpeakerType.String(), got.Mention, got.Cue, got.Addressee, got.Via, got.Method, got.Text}
	if w.quote == "" && got.Text != text[got.Start:got.End] {
		t.Errorf("Resolve(%q): quote %q is not the text of its span", text, got.Text)
	}
	for _, f := range []struct{ w, g *string }{{&w.typ, &g.typ}, {&w.mention, &g.mention},
		{&w.cue, &g.cue}, {&w.addressee, &g.addressee}, {&w.via, &g.via}, {&w.method, &g.method}, {&w.quote, &g.quote}} {
		if *f.w == "" {
			*f.g = ""
		}
	}
	if diff := cmp.Diff(w, g, cmp.AllowUnexported(want{})); diff != "" {
		t.Errorf("Resolve(%q) mismatch (-want +got):\n%s", text, diff)
	}
}

// TestResolveSeeds checks the invariants of every attribution on the
// articles under testdata: offsets in range and in order, confidence in
// [0, 1], and no speaker without a method.
func TestResolveSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the prose model")
	}
	r := New(testModel())
	files := articleFiles(t)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		ats, err := r.Resolve(text)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if len(ats) == 0 {
			t.Errorf("%s: no quotations", f)
		}
		prev := 0
		for _, a := range ats {
			if a.Start < prev || a.End > len(text) || text[a.Start:a.End] != a.Text {
				t.Errorf("%s: bad span %d:%d", f, a.Start, a.End)
			}
			prev = a.End
			if a.Context.Start > a.Start || a.Context.End < a.End || a.Context.End > len(text) {
				t.Errorf("%s: context %v does not hold %d:%d", f, a.Context, a.Start, a.End)
			}
			if a.Confidence < 0 || a.Confidence > 1 || (a.Speaker != "" && a.Method == "") {
				t.Errorf("%s: %q: confidence %v method %q", f, a.Text, a.Confidence, a.Method)
			}
		}
	}
}

// TestResolveConcurrent runs one Resolver from several goroutines; with
// -race it checks that the shared model and resolver are safe, and that
// every goroutine gets the same answer.
func TestResolveConcurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the prose model")
	}
	r := New(testModel())
	b, err := os.ReadFile("../testdata/articles/000_f556a12f59995072.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	want, err := r.Resolve(text)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 4 {
		wg.Go(func() {
			got, err := r.Resolve(text)
			if err != nil {
				errs <- err
				return
			}
			if diff := cmp.Diff(want, got); diff != "" {
				errs <- fmt.Errorf("concurrent result differs:\n%s", diff)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestResolveBadInput(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the prose model")
	}
	r := New(testModel(), WithIndirect())
	for _, text := range []string{
		"",
		"\x00\x01\x02\"\xff\xfe\"",
		strings.Repeat(`"`, 10000),
		strings.Repeat(`“a ‘b “c ”d’ e”`, 500),
		"\"unclosed " + strings.Repeat("word ", 5000),
		"'s, n't, \"'s,\" he said.",
		"met A0 aCCused",                 // a participle first (FuzzExtract)
		"Nominated:\n\n\"We are here.\"", // a colon clause at the start
		": \"0",                          // a colon first (FuzzExtract)
	} {
		if _, err := r.Resolve(text); err != nil {
			t.Errorf("Resolve(%.40q): %v", text, err)
		}
	}
}

func BenchmarkLoadModel(b *testing.B) {
	for b.Loop() {
		if _, err := LoadModel(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	r := New(testModel())
	text, err := os.ReadFile("../testdata/articles/001_704f2dbcce88f769.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := r.Resolve(string(text)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestResolveJoin checks [WithJoin]: in each case, ⟦ and ⟧ enclose the
// span of the one joined attribution, text the parts joined, and other
// quotations keep their own attributions.
func TestResolveJoin(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the prose model")
	}
	r := New(testModel(), WithJoin())
	ri := New(testModel(), WithJoin(), WithIndirect())
	for _, tt := range []struct {
		name, in, text, speaker string
		n                       int  // attributions in all
		indirect                bool // with reported speech
	}{
		{"a cue between two parts",
			`Vladimir Putin met Kim. "⟦It was hard," Putin said. "We will never forget.⟧"`,
			"It was hard, We will never forget.", "Vladimir Putin", 1, false},
		{"the cue in the second part",
			"Hugh Hill runs the clinic.\n\n\"⟦It is over. It was over long ago.\n\n\"And nobody asked,⟧\" Hill said.",
			"It is over. It was over long ago. And nobody asked,", "Hugh Hill", 1, false},
		{"a cue that breaks a sentence between subject and verb",
			`“⟦This government,” Kemi Badenoch said, “is failing the British people.⟧”`,
			"This government is failing the British people.", "Kemi Badenoch", 1, false},
		{"a cue that interrupts the sentence",
			`“⟦What we owe them is honesty,” Obama said, “and to say the economy is shifting.⟧”`,
			"What we owe them is honesty, and to say the economy is shifting.", "Obama", 1, false},
		{"parts of an unresolved speaker",
			"Trump met Christie.\n\n“⟦This young officer, I don’t know what she was thinking,” he said. “I am very troubled by that.⟧”",
			"This young officer, I don’t know what she was thinking, I am very troubled by that.", "", 1, false},
		{"two speakers stay apart",
			`"⟦It was hard,⟧" Putin said. "It was not," Kim said.`,
			"It was hard,", "Putin", 2, false},
		{"a report of the cue's between two parts",
			`“⟦You can’t talk about change if you don’t know what we’re changing,” Ava DuVernay said, emphasizing why understanding our past is crucial to our present. “What we need to change is our thinking.⟧”`,
			"You can’t talk about change if you don’t know what we’re changing, What we need to change is our thinking.", "Ava DuVernay", 2, true},
		{"a reported clause before the cue and the quotation after it",
			"Matteo Renzi spoke in Bratislava.\n\n⟦The summit accomplished “too little,” Renzi added. “Without changing policies, Europe risks a lot.⟧”",
			"The summit accomplished “too little,” Without changing policies, Europe risks a lot.", "Matteo Renzi", 1, true},
		{"a reported clause and the quotation of another speaker",
			"Matteo Renzi spoke in Bratislava.\n\n⟦The summit accomplished “too little,”⟧ Renzi added. “It did not,” Merkel said.",
			"The summit accomplished “too little,”", "Matteo Renzi", 2, true},
		{"a title in the cue between two parts",
			`Michael Flynn spoke on Thursday. “⟦He's absolutely right,” Flynn said on Fox News’s “Fox and Friends.” “I mean, there's a lot of frustration.⟧”`,
			"He's absolutely right, I mean, there's a lot of frustration.", "Michael Flynn", 2, false},
		{"a quotation paragraph with no cue after a quotation whose cue follows its comma",
			"Henry Crespo leads the caucus.\n\n\"⟦No one is writing songs for Hillary,\" Crespo said.\n\n\"Right now, the vote is against Trump.⟧\"",
			"No one is writing songs for Hillary, Right now, the vote is against Trump.", "Henry Crespo", 1, false},
		{"a quotation paragraph after a quotation that ends its sentence stays apart",
			"Henry Crespo leads the caucus.\n\n\"⟦No one is writing songs for Hillary.⟧\" Crespo said.\n\n\"Right now, the vote is against Trump.\"",
			"No one is writing songs for Hillary.", "Henry Crespo", 2, false},
		{"partial quotations joined by and",
			`Outside, the protesters chanted "⟦stop killing black people" and "no justice, no peace.⟧"`,
			`stop killing black people" and "no justice, no peace.`, "protesters", 1, false},
		{"partial quotations joined by or, one speaker's",
			`Bernie Sanders told her to stop “⟦moaning” or “nagging⟧” about the delegates.`,
			"moaning” or “nagging", "Bernie Sanders", 1, false},
		{"partial quotations of two speakers stay apart",
			`Cruz called it “⟦awful,⟧” Rubio said, and “a mistake,” Kasich said.`,
			"awful,", "Cruz", 2, false},
		{"a report of someone else's between two parts",
			`"⟦It was hard,⟧" Putin said, as Kim said the talks were long. "It was not."`,
			"It was hard,", "Putin", 3, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, start, end := unmarkOne(tt.in)
			res := r
			if tt.indirect {
				res = ri
			}
			ats, err := res.Resolve(text)
			if err != nil {
				t.Fatal(err)
			}
			if len(ats) != tt.n {
				t.Fatalf("Resolve(%q): %d attributions, want %d: %+v", text, len(ats), tt.n, ats)
			}
			a := ats[0]
			if a.Start != start || a.End != end || a.Text != tt.text || a.Speaker != tt.speaker {
				t.Errorf("Resolve(%q)[0] = [%d:%d] %q by %q, want [%d:%d] %q by %q",
					text, a.Start, a.End, a.Text, a.Speaker, start, end, tt.text, tt.speaker)
			}
			if a.Context.Start > a.Start || a.Context.End < a.End {
				t.Errorf("context %v does not hold %d:%d", a.Context, a.Start, a.End)
			}
		})
	}
}

// TestResolveScareQuotes checks which partial quotations become terms: a
// short one that nothing attributes, not one whose cue is found, nor a
// longer one.
func TestResolveScareQuotes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the prose model")
	}
	r := New(testModel())
	for _, tt := range []struct {
		in        string
		want      quotes.Kind
		noSpeaker bool // a title after a possessive is no one's words
	}{
		{`It was a night of derogatory names, like "⟦pigs,⟧" and worse.`, quotes.Term, false},
		{`Lindsey Graham said on NBC’s “⟦Meet the Press⟧” that the plan is dead.`, quotes.Term, true},
		{`The plan is dead, Lindsey Graham told CNN’s “⟦State of the Union⟧” on Sunday.`, quotes.Term, true},
		{`It sends a message that the "⟦elites⟧" in this country need not obey.`, quotes.Term, false},
		{`Trump met Christie. He said the officer was "⟦very troubled⟧" that night.`, quotes.Partial, false},
		{`The plan was, in one councillor's words, "⟦a fantasy that nobody has even costed.⟧"`, quotes.Partial, false},
		{`Mayor Ann Lee said the plan was "⟦a fantasy⟧" and left.`, quotes.Partial, false},
	} {
		text, start, _ := unmarkOne(tt.in)
		ats, err := r.Resolve(text)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(ats, func(a Attribution) bool { return a.Start == start })
		if i < 0 {
			t.Errorf("Resolve(%q): no quotation at %d: %+v", text, start, ats)
			continue
		}
		if ats[i].Kind != tt.want {
			t.Errorf("Resolve(%q): %q is %v (%q by %q), want %v", text, ats[i].Text, ats[i].Kind, ats[i].Method, ats[i].Speaker, tt.want)
		}
		if tt.noSpeaker && ats[i].Speaker != "" {
			t.Errorf("Resolve(%q): %q by %q (%s), want no speaker", text, ats[i].Text, ats[i].Speaker, ats[i].Method)
		}
	}
}

// TestUnnamedBeforeAtStart checks a gendered noun that opens the text: the
// search for a name before it must stop at the first token.
func TestUnnamedBeforeAtStart(t *testing.T) {
	text := "Woman wins the race, she said."
	toks := tokenize(text)
	splitSentences(toks)
	a := newArticle(text, toks, nil, buildRegistry(toks))
	pos := slices.IndexFunc(toks, func(t token) bool { return t.lower() == "she" })
	if !a.unnamedBefore("she", pos) {
		t.Errorf("unnamedBefore(she) in %q = false, want true: the woman is unnamed", text)
	}
}

// TestTags checks the tags that prose gets wrong and tag mends: a word's
// tag is its own and not that of a later occurrence (prose hands out one
// token for every occurrence of a word in a text, and so the tag of the
// last), and a name is not a wh-word for its ending.
func TestTags(t *testing.T) {
	tests := []struct {
		text string // the word checked between ⟦ and ⟧
		want string // a prefix of its tag
	}{
		{"They ⟦run⟧ fast. The run was long.", "VB"},
		{"The ⟦run⟧ was long. They run fast.", "NN"},
		{"The ⟦run⟧ was long because they run slowly.", "NN"},
		{"⟦Weaver⟧ did not seem impressed, telling reporters, \"No.\"", "NNP"},
		{"⟦Whatever⟧ she said, he did not reply.", "W"},
	}
	r := New(testModel())
	for _, tt := range tests {
		i, j := strings.Index(tt.text, "⟦"), strings.Index(tt.text, "⟧")
		word := tt.text[i+len("⟦") : j]
		text := tt.text[:i] + word + tt.text[j+len("⟧"):]
		toks, err := r.tagText(text, quotes.Find(text))
		if err != nil {
			t.Fatal(err)
		}
		k := slices.IndexFunc(toks, func(t token) bool { return t.start == i })
		if k < 0 || toks[k].text != word {
			t.Fatalf("%q: no token %q at %d", text, word, i)
		}
		if !strings.HasPrefix(toks[k].tag, tt.want) {
			t.Errorf("%q: %q tagged %s, want %s…", text, word, toks[k].tag, tt.want)
		}
	}
}

// TestTokenize checks where the tokenizer cuts.
func TestTokenize(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{`''Yes,'' he said.`, `''|Yes|,|''|he|said|.`},
		{"``Yes,'' he said.", "``|Yes|,|''|he|said|."},
		{`Ms. Brainard is ''not a backslapper,'' said Mr. Sperling.`, `Ms.|Brainard|is|''|not|a|backslapper|,|''|said|Mr.|Sperling|.`},
		{`"Moscow—Kyiv," he said.`, `"|Moscow|—|Kyiv|,|"|he|said|.`},
		{`the attackers' phones`, `the|attackers|'|phones`},
		{`'Clinton's aides didn't say.'`, `'|Clinton|'s|aides|did|n't|say|.|'`},
	} {
		var got []string
		for _, tk := range tokenize(tt.text) {
			got = append(got, tk.text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("tokenize(%q) = %s, want %s", tt.text, g, tt.want)
		}
	}
}

// TestTimePhrase checks which sentence openings read as a time adverbial
// closed by a comma: a count of days is one, a count alone is not.
func TestTimePhrase(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Last month, the senator spoke.", true},
		{"Earlier this week, the senator spoke.", true},
		{"A few days later, Trump reversed himself.", true},
		{"A few, however, were angry.", false},
		{"Several, like Smith, were angry.", false},
		{"The senator spoke.", false},
	} {
		toks := tokenize(tt.text)
		splitSentences(toks)
		a := newArticle(tt.text, toks, nil, buildRegistry(toks))
		if got := a.timePhrase(0); got != tt.want {
			t.Errorf("timePhrase(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestSkipTime checks where the time phrase after a verb ends: the word
// after it, in a text whose verb is "said".
func TestSkipTime(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the prose model")
	}
	r := New(testModel())
	for _, tt := range []struct{ text, next string }{
		{"Trump said Friday afternoon that he would win.", "that"},
		{"Trump said after the convention he would not accept it.", "he"},
		{"Trump said during last week's debate that he would win.", "that"},
		{"Trump said after the convention ended he would rest.", "after"}, // a clause, not a time
		{"Trump said after all he would win.", "after"},
	} {
		qs := quotes.Find(tt.text)
		toks, err := r.tagText(tt.text, qs)
		if err != nil {
			t.Fatal(err)
		}
		a := newArticle(tt.text, toks, qs, buildRegistry(toks))
		k := slices.IndexFunc(toks, func(tk token) bool { return tk.text == "said" })
		if got := a.skipTime(k + 1); got >= len(toks) || toks[got].text != tt.next {
			t.Errorf("skipTime after said in %q stops at token %d, want %q", tt.text, got, tt.next)
		}
	}
}
