// spans.js - cut a text at the spans of events' actors and triggers.
//
// The API gives spans as BYTE offsets into the UTF-8 text (docs/api.md),
// JavaScript strings count UTF-16 units: "chargé" is 7 bytes but 6 units.
// Utf8Text keeps the bytes and decodes each piece on its own, so a span is
// never shifted by the accents and scripts before it.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

export class Utf8Text {
	constructor(text) {
		this.bytes = encoder.encode(text);
	}

	get length() {
		return this.bytes.length;
	}

	/* The byte offset at or before i that starts a character, so that a
	 * bad offset cuts no character in two. */
	boundary(i) {
		i = Math.max(0, Math.min(this.bytes.length, i));
		while (i > 0 && i < this.bytes.length && (this.bytes[i] & 0xc0) === 0x80) i--;
		return i;
	}

	/* The text of bytes [start, end). */
	slice(start, end) {
		return decoder.decode(this.bytes.subarray(this.boundary(start), this.boundary(end)));
	}
}

/*
 * Cuts [from, to) at the edges of spans ({ start, end, ... }, in the same
 * units as from and to) and returns the pieces in order, each as
 * { start, end, spans } with the spans that cover it.  Spans may overlap
 * (one event's target is another's source); empty ones and those outside
 * [from, to) are left out.
 */
export function cut(from, to, spans) {
	const inside = spans.filter((sp) => sp.start != null && sp.end != null &&
		sp.end > sp.start && sp.end > from && sp.start < to);
	const edges = new Set([from, to]);
	for (const sp of inside) {
		edges.add(Math.max(from, sp.start));
		edges.add(Math.min(to, sp.end));
	}
	const sorted = [...edges].sort((a, b) => a - b);
	const pieces = [];
	for (let i = 0; i + 1 < sorted.length; i++) {
		const start = sorted[i], end = sorted[i + 1];
		pieces.push({ start, end, spans: inside.filter((sp) => sp.start <= start && sp.end >= end) });
	}
	return pieces;
}

function escapeRegExp(s) {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/* Where needle stands in text as whole words, else anywhere; avoiding the
 * ranges already taken.  Returns { start, end } in UTF-16 units, or null. */
function locate(text, needle, taken) {
	if (!needle) return null;
	const free = (start, end) => taken.every((t) => end <= t.start || start >= t.end);
	const patterns = [
		new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'gu'),
		new RegExp(escapeRegExp(needle), 'gu'),
	];
	for (const re of patterns) {
		for (const m of text.matchAll(re)) {
			const start = m.index, end = m.index + m[0].length;
			if (free(start, end)) return { start, end };
		}
	}
	return null;
}

/*
 * The spans of an event row of GET /api/events, which gives the words of
 * its source, target and trigger but not where they stand: each is looked
 * for in the sentence, whole words first, the three never overlapping.
 * Returns [{ start, end, role }] in UTF-16 units of row.text.
 */
export function locateRoles(row) {
	const text = row.text || '';
	const spans = [];
	for (const [role, words] of [['source', row.source_text],
		['target', row.target_text], ['trigger', row.trigger]]) {
		const at = locate(text, words, spans);
		if (at) spans.push({ ...at, role });
	}
	return spans;
}
