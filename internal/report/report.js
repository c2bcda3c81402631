// The script of whosaid's HTML report. It reads the records from the
// report-data element and shows the quotations that pass the filters, a
// page at a time, so that the document stays small however many there
// are. It builds every element with textContent, never from HTML text.
"use strict";
(() => {
	const data = JSON.parse(document.getElementById("report-data").textContent);
	const $ = (id) => document.getElementById(id);
	const list = $("quotes"), status = $("status"), more = $("more");
	const kind = $("kind"), source = $("source"), words = $("words"), sort = $("sort");
	const speakerList = $("speaker-list"), speakerFind = $("speaker-find");
	const PAGE = 100; // quotations added to the page at a time
	const SHOWN_SOURCES = 6; // sources listed under a quotation before "and N more"

	// The speaker filter: "" for all, "none" for no speaker, or an index
	// into data.speakers.
	let speaker = "";
	let rows = []; // the indexes of the quotations that pass, in order
	let shown = 0; // how many of rows are on the page

	const fold = (s) => s.toLocaleLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
	const texts = data.quotes.map((q) => fold(q.t));
	const collator = new Intl.Collator(undefined, { sensitivity: "base" });
	// speakerRank orders the quotations by speaker name, the unattributed last.
	const speakerRank = (() => {
		const order = data.speakers.map((_, i) => i).sort((a, b) => collator.compare(data.speakers[a], data.speakers[b]));
		const rank = new Array(data.speakers.length);
		order.forEach((s, r) => { rank[s] = r; });
		return (q) => (q.s.length ? rank[q.s[0]] : Infinity);
	})();
	const sorts = {
		count: (a, b) => data.quotes[b].n - data.quotes[a].n || a - b,
		rare: (a, b) => data.quotes[a].n - data.quotes[b].n || a - b,
		order: (a, b) => a - b,
		speaker: (a, b) => speakerRank(data.quotes[a]) - speakerRank(data.quotes[b]) || sorts.count(a, b),
	};

	function el(tag, className, text) {
		const e = document.createElement(tag);
		if (className) e.className = className;
		if (text !== undefined) e.textContent = text;
		return e;
	}

	function kindsOf(bits) {
		return data.kinds.filter((_, i) => bits & (1 << i));
	}

	// filter returns the indexes of the quotations that pass the filters,
	// sorted as asked.
	function filter() {
		const bit = kind.value ? 1 << data.kinds.indexOf(kind.value) : 0;
		const src = source.value === "" ? -1 : Number(source.value);
		const w = fold(words.value.trim());
		const sp = speaker === "" || speaker === "none" ? speaker : Number(speaker);
		const out = [];
		data.quotes.forEach((q, i) => {
			if (sp === "none" ? q.s.length : sp !== "" && !q.s.includes(sp)) return;
			if (bit && !(q.k & bit)) return;
			if (src >= 0 && !q.p.some((p) => p[0] === src)) return;
			if (w && !texts[i].includes(w)) return;
			out.push(i);
		});
		return out.sort(sorts[sort.value] || sorts.count);
	}

	// sentence shows a place of the quotation q: its sentence, the
	// quotation marked.
	function sentence(q, p) {
		const s = el("p", "sentence");
		s.append(p[1], el("mark", "", p[2] ?? q.t), p[3]);
		return s;
	}

	// where names the article of a place: its outlet and source.
	function where(p) {
		const a = data.articles[p[0]];
		const li = el("li");
		if (a[1]) {
			li.append(el("span", "outlet", a[1]));
			if (a[2]) {
				const i = el("span", "inferred", " (inferred)");
				i.title = "named in the article's credits, not given with it";
				li.append(i);
			}
			li.append(": ");
		}
		li.append(el("span", "src", a[0]));
		li.title = [a[3], a[5], a[4]].filter(Boolean).join(" · ");
		return li;
	}

	// who is a speaker's name, as a button that shows their quotations.
	function who(s) {
		const b = el("button", "who", data.speakers[s]);
		b.type = "button";
		b.dataset.speaker = s;
		b.title = "Show only " + data.speakers[s];
		return b;
	}

	function row(i) {
		const q = data.quotes[i];
		const li = el("li", "quote");
		li.dataset.index = i;
		const meta = el("div", "meta");
		if (q.s.length) {
			meta.append(who(q.s[0]));
			if (q.s.length > 1) {
				const also = el("span", "also", "also attributed to ");
				q.s.slice(1).forEach((s, i) => also.append(i ? ", " : "", who(s)));
				meta.append(also);
			}
		} else {
			meta.append(el("span", "who none", "no speaker"));
		}
		const count = el("span", "count", "×" + q.n);
		count.title = "found " + q.n + (q.n === 1 ? " time" : " times");
		meta.append(count, el("span", "kind", kindsOf(q.k).join(", ")));
		li.append(meta, sentence(q, q.p[0]));
		const srcs = el("ul", "sources");
		q.p.slice(0, SHOWN_SOURCES).forEach((p) => srcs.append(where(p)));
		if (q.p.length > SHOWN_SOURCES) srcs.append(el("li", "", "and " + (q.p.length - SHOWN_SOURCES) + " more"));
		li.append(srcs);
		if (q.p.length > 1) {
			const d = el("details");
			d.append(el("summary", "", "each sentence (" + q.p.length + (q.v > 1 ? ", " + q.v + " wordings" : "") + ")"));
			d.addEventListener("toggle", () => {
				if (!d.open || d.childElementCount > 1) return;
				for (const p of q.p) {
					const div = el("div", "place");
					const src = el("ul", "sources");
					src.append(where(p));
					div.append(sentence(q, p), src);
					d.append(div);
				}
			});
			li.append(d);
		}
		return li;
	}

	function showMore() {
		const frag = document.createDocumentFragment();
		const end = Math.min(shown + PAGE, rows.length);
		for (; shown < end; shown++) frag.append(row(rows[shown]));
		list.append(frag);
		more.hidden = shown >= rows.length;
		status.textContent = rows.length === data.quotes.length
			? "Showing " + shown + " of " + rows.length + " quotations"
			: "Showing " + shown + " of " + rows.length + " matching quotations (of " + data.quotes.length + ")";
	}

	function apply() {
		rows = filter();
		shown = 0;
		list.replaceChildren();
		showMore();
		for (const b of speakerList.querySelectorAll("button[data-speaker]")) {
			b.setAttribute("aria-pressed", String(b.dataset.speaker === speaker));
		}
		saveHash();
	}

	// The filters are kept in the address's fragment, so that a view can be
	// bookmarked, shared, or opened again: #speaker=…&kind=…&source=…
	function saveHash() {
		const h = new URLSearchParams();
		if (speaker === "none") h.set("speaker", "");
		else if (speaker !== "") h.set("speaker", data.speakers[speaker]);
		if (kind.value) h.set("kind", kind.value);
		if (source.value) h.set("source", data.articles[source.value][0]);
		if (words.value.trim()) h.set("words", words.value.trim());
		if (sort.value !== "count") h.set("sort", sort.value);
		const s = h.toString();
		history.replaceState(null, "", s ? "#" + s : location.pathname + location.search);
	}

	function loadHash() {
		const h = new URLSearchParams(location.hash.slice(1));
		if (h.has("speaker")) {
			const i = data.speakers.indexOf(h.get("speaker"));
			speaker = h.get("speaker") === "" ? "none" : i >= 0 ? String(i) : "";
		}
		if (h.has("kind")) kind.value = h.get("kind");
		if (h.has("source")) {
			const i = data.articles.findIndex((a) => a[0] === h.get("source"));
			if (i >= 0) source.value = String(i);
		}
		if (h.has("words")) words.value = h.get("words");
		if (h.has("sort")) sort.value = h.get("sort");
		if (!kind.value) kind.value = "";
		if (!sort.value) sort.value = "count";
	}

	function pick(e) {
		const b = e.target.closest("button[data-speaker]");
		if (!b) return;
		speaker = b.dataset.speaker === speaker ? "" : b.dataset.speaker;
		apply();
	}
	speakerList.addEventListener("click", pick);
	list.addEventListener("click", pick);
	for (const c of [kind, source, sort]) c.addEventListener("change", apply);
	let timer = 0;
	words.addEventListener("input", () => {
		clearTimeout(timer);
		timer = setTimeout(apply, 150);
	});
	$("reset").addEventListener("click", () => {
		speaker = "";
		kind.value = source.value = words.value = "";
		sort.value = "count";
		apply();
	});
	more.addEventListener("click", showMore);
	if ("IntersectionObserver" in window) {
		new IntersectionObserver((entries) => {
			if (entries.some((e) => e.isIntersecting) && !more.hidden) showMore();
		}, { rootMargin: "600px" }).observe(more);
	}

	// The speaker list: sorted by count as written, or by name; narrowed by
	// the find box.
	const entries = [...speakerList.querySelectorAll("li[data-name]")].filter((li) => !li.classList.contains("none"));
	const byName = [...entries].sort((a, b) => collator.compare(a.dataset.name, b.dataset.name));
	function sortSpeakers(order, pressed) {
		const none = speakerList.querySelector("li.none");
		speakerList.append(...order);
		if (none) speakerList.append(none);
		$("speakers-by-count").setAttribute("aria-pressed", String(pressed === "count"));
		$("speakers-by-name").setAttribute("aria-pressed", String(pressed === "name"));
	}
	$("speakers-by-count").addEventListener("click", () => sortSpeakers(entries, "count"));
	$("speakers-by-name").addEventListener("click", () => sortSpeakers(byName, "name"));
	const names = new Map(entries.map((li) => [li, fold(li.dataset.name)]));
	speakerFind.addEventListener("input", () => {
		const w = fold(speakerFind.value.trim());
		for (const [li, name] of names) li.hidden = w !== "" && !name.includes(w);
	});

	loadHash();
	apply();
})();
