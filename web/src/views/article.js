// views/article.js - #/article/ID[?event=N]
//
// One article (GET /api/articles/ID): its text with every event's source,
// target and trigger marked, the sentences that hold events lightly marked,
// the list of its events (choosing one brings its sentence into view and
// marks it), and the stories most like it (GET /api/articles/ID/related).
//
// Spans are byte offsets into the UTF-8 text; spans.js maps them.

import { h, replaceChildren } from '../dom.js';
import { apiGet, rowsOf, isAbort } from '../api.js';
import { hrefFor } from '../router.js';
import { showError, announce } from '../messages.js';
import { createScope } from '../scope.js';
import { Utf8Text, cut } from '../spans.js';
import { formatDay } from '../dates.js';
import { formatNumber, formatSigned } from '../format.js';
import { quadBadge, modeBadge, loadingNote } from '../widgets.js';

const ROLES = ['source', 'target', 'trigger', 'reporter', 'location'];

/* The spans of the events, in bytes: [{ start, end, role, event }]. */
function roleSpans(events) {
	return events.flatMap((e) => ROLES.map((role) => ({
		start: e[`${role}_start`], end: e[`${role}_end`], role, event: e.event,
	})));
}

/*
 * The article's text as nodes: a <span class="sentence"> around each
 * sentence that holds events, <mark>s for the spans inside it (one piece
 * per change of the spans that cover it, since spans of several events
 * may overlap), plain text elsewhere.  Each mark says, per role, which
 * events it belongs to: data-source="3 7".
 */
function markedText(text, events) {
	const utf8 = new Utf8Text(text);
	const sentences = new Map();	// "start end" -> { start, end, events }
	for (const e of events) {
		if (e.sentence_start == null || e.sentence_end == null) continue;
		const key = `${e.sentence_start} ${e.sentence_end}`;
		if (!sentences.has(key)) sentences.set(key, { start: e.sentence_start, end: e.sentence_end, events: [] });
		sentences.get(key).events.push(e);
	}
	const ordered = [...sentences.values()].sort((a, b) => a.start - b.start);
	const nodes = [];
	let at = 0;
	for (const sentence of ordered) {
		if (sentence.start < at) continue;	// overlapping sentences: keep the first
		if (sentence.start > at) nodes.push(utf8.slice(at, sentence.start));
		const pieces = cut(sentence.start, sentence.end, roleSpans(sentence.events)).map((piece) => {
			const words = utf8.slice(piece.start, piece.end);
			if (!piece.spans.length) return words;
			const data = {};
			for (const role of ROLES) {
				const ids = piece.spans.filter((sp) => sp.role === role).map((sp) => sp.event);
				if (ids.length) data[role] = ids.join(' ');
			}
			const roles = Object.keys(data);
			return h('mark', { class: ['hl', ...roles.map((r) => `hl-${r}`)], title: roles.join(', '), dataset: data }, words);
		});
		nodes.push(h('span', { class: 'sentence-mark', tabindex: '-1',
			dataset: { events: sentence.events.map((e) => e.event).join(' ') } }, pieces));
		at = sentence.end;
	}
	if (at < utf8.length) nodes.push(utf8.slice(at, utf8.length));
	return nodes;
}

/* One entry per event: an event the article reports in two sentences
 * comes as a row per sentence, with one id. */
function eventsList(events, onChoose) {
	const once = [...new Map(events.map((e) => [e.event, e])).values()];
	return h('ol', { class: 'article-events' }, once.map((e) => h('li', null,
		h('button', { type: 'button', class: 'event-choice', dataset: { event: e.event }, 'aria-pressed': 'false',
			onclick: () => onChoose(e.event, { focus: true }) },
		h('span', { class: 'cameo' }, `${e.cameo} ${e.cameo_name || ''}`),
		h('span', { class: 'dyad' }, ` ${e.source} → ${e.target}`)),
		' ', quadBadge(e.quad_class), ' ', modeBadge(e.mode),
		h('span', { class: 'goldstein' }, ` Goldstein ${formatSigned(e.goldstein, 1)}`),
		h('span', { class: 'names' }, ` ${e.source_name || e.source} → ${e.target_name || e.target}` +
			(e.reporter ? `, as reported by ${e.reporter}` : '') +
			(e.location ? `, in ${e.location}` : '')))));
}

function legend() {
	return h('p', { class: 'span-legend' }, 'Marked: ',
		h('mark', { class: 'hl hl-source' }, 'source'), ' ',
		h('mark', { class: 'hl hl-trigger' }, 'trigger'), ' ',
		h('mark', { class: 'hl hl-target' }, 'target'), ' ',
		h('mark', { class: 'hl hl-reporter' }, 'reporter'), ' ',
		h('mark', { class: 'hl hl-location' }, 'place'), ' ',
		h('span', { class: 'sentence-mark' }, 'sentence with an event'));
}

function relatedList(related) {
	if (!related.length) return h('p', { class: 'empty' }, 'No related stories.');
	return h('ol', { class: 'related' }, related.map((r) => h('li', null,
		h('a', { href: hrefFor('article', [r.article]) }, r.title || r.ref || `Article ${r.article}`),
		h('span', { class: 'meta' }, ` ${r.date ? formatDay(r.date) : 'undated'} · ` +
			`${formatNumber(r.articles)} article${r.articles === 1 ? '' : 's'} on ${formatNumber(r.sites)} ` +
			`site${r.sites === 1 ? '' : 's'} · score ${formatNumber(r.score, 1)}`))));
}

export function mount(root, route) {
	const scope = createScope();
	const id = route.args[0] || '';
	const body = h('div', { class: 'article-body' });
	const side = h('div', { class: 'article-side' });
	const related = h('section', { class: 'related-section', 'aria-labelledby': 'related-title' },
		h('h2', { id: 'related-title' }, 'More like this'), loadingNote('related stories'));
	const heading = h('h1', null, `Article ${id}`);
	replaceChildren(root, heading, h('div', { class: 'article-layout' }, body, side));

	let text = null;
	let chosen = null;

	function choose(eventId, { focus = false } = {}) {
		if (!text) return;
		chosen = eventId == null ? null : String(eventId);
		for (const el of root.querySelectorAll('.is-chosen')) el.classList.remove('is-chosen');
		for (const btn of root.querySelectorAll('button.event-choice'))
			btn.setAttribute('aria-pressed', String(btn.dataset.event === chosen));
		if (!chosen) return;
		const sentence = [...text.querySelectorAll('.sentence-mark')]
			.find((el) => el.dataset.events.split(' ').includes(chosen));
		if (!sentence) return;
		sentence.classList.add('is-chosen');
		for (const mark of sentence.querySelectorAll('mark'))
			if (ROLES.some((r) => (mark.dataset[r] || '').split(' ').includes(chosen))) mark.classList.add('is-chosen');
		sentence.scrollIntoView({ block: 'center', behavior: 'smooth' });
		if (focus) sentence.focus({ preventScroll: true });
		// The choice goes into the hash without a new history entry.
		history.replaceState(history.state, '', hrefFor('article', [id], { event: chosen }));
	}

	async function load() {
		if (!id) {
			replaceChildren(body, h('p', { class: 'empty' }, 'No article asked for.'));
			return;
		}
		replaceChildren(body, loadingNote('the article'));
		body.setAttribute('aria-busy', 'true');
		try {
			const answer = await apiGet(`articles/${encodeURIComponent(id)}`, {}, { signal: scope.signal });
			const a = (answer.article || [])[0];
			if (!a) throw new Error(`The answer for article ${id} has no article.`);
			const events = answer.events || [];
			heading.textContent = a.title || `Article ${a.ref || a.article}`;
			text = h('div', { class: 'article-text', lang: a.language || null }, markedText(a.text || '', events));
			replaceChildren(body,
				h('p', { class: 'meta article-meta' },
					a.date ? h('time', { datetime: a.date }, formatDay(a.date)) : 'Undated',
					a.site ? ` · ${a.site}` : '',
					a.language ? ` · ${a.language}` : '',
					` · id ${a.article}${a.ref ? ` (${a.ref})` : ''}`,
					a.story != null ? [' · ', h('a', { href: hrefFor('popular', [], { story: a.story }) }, 'its story')] : null),
				a.url ? h('p', { class: 'meta' }, h('a', { href: a.url, rel: 'noopener noreferrer', class: 'external' }, a.url)) : null,
				events.length ? legend() : null,
				text);
			replaceChildren(side,
				h('section', { class: 'events-section', 'aria-labelledby': 'article-events-title' },
					h('h2', { id: 'article-events-title' }, `Events (${events.length})`),
					events.length ? h('p', { class: 'hint' }, 'Choose an event to find its sentence.') : null,
					events.length ? eventsList(events, choose) : h('p', { class: 'empty' }, 'No event was coded in this article.')),
				related);
			announce(`Article loaded: ${events.length} events.`);
			if (route.params.get('event')) choose(route.params.get('event'));
			loadRelated(a.article);
		} catch (err) {
			if (isAbort(err)) return;
			replaceChildren(body, h('p', { class: 'empty' }, `Article ${id} could not be loaded.`));
			showError(err, 'Loading the article');
		} finally {
			body.removeAttribute('aria-busy');
		}
	}

	async function loadRelated(articleId) {
		try {
			const answer = await apiGet(`articles/${encodeURIComponent(articleId)}/related`, { limit: 8 }, { signal: scope.signal });
			replaceChildren(related, h('h2', { id: 'related-title' }, 'More like this'), relatedList(rowsOf(answer, 'related')));
		} catch (err) {
			if (isAbort(err)) return;
			replaceChildren(related, h('h2', { id: 'related-title' }, 'More like this'),
				h('p', { class: 'empty' }, 'Related stories could not be loaded.'));
			showError(err, 'Loading related stories');
		}
	}

	load();
	return {
		update(next) {
			if ((next.args[0] || '') !== id || !text) return false;
			if (next.params.get('event') !== chosen) choose(next.params.get('event'));
			return true;
		},
		destroy: () => scope.destroy(),
	};
}
