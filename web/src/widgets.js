// widgets.js - the pieces several views share: labelled form fields, the
// actor field with its suggestions, tables, and the list of events with
// their sentences.

import { h } from './dom.js';
import { apiGet, rowsOf, isAbort } from './api.js';
import { showError } from './messages.js';
import { hrefFor } from './router.js';
import { cut, locateRoles } from './spans.js';
import { QUAD_CLASSES, quadTone, formatNumber, formatSigned } from './format.js';
import { formatDay, parseDay, dayString, addDays } from './dates.js';

let fieldCount = 0;

/* A label and its control, tied by id. */
export function field(label, control, hint) {
	const id = control.id || `f${++fieldCount}`;
	control.id = id;
	const hintEl = hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null;
	if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
	return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintEl);
}

/* A <select> of [value, text] pairs with value chosen. */
export function select(name, options, value) {
	return h('select', { name },
		options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
}

/*
 * A text field for an actor code that suggests codes from
 * GET /api/actors?q= as one types (a native <datalist>, so the browser's
 * own keyboard handling applies).  Returns the field's element.
 */
export function actorField(label, name, value, { required = true } = {}) {
	const listId = `actors-${name}-${++fieldCount}`;
	const input = h('input', {
		type: 'text', name, value: value || '', list: listId, required,
		autocomplete: 'off', spellcheck: 'false', autocapitalize: 'characters',
		placeholder: 'PRK, Russia…',
	});
	const datalist = h('datalist', { id: listId });
	let timer = 0, controller = null;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		const q = input.value.trim();
		if (!q) return;
		timer = setTimeout(async () => {
			if (controller) controller.abort();
			controller = new AbortController();
			try {
				const answer = await apiGet('actors', { q, limit: 20 }, { signal: controller.signal });
				datalist.replaceChildren(...rowsOf(answer, 'actors').map((a) =>
					h('option', { value: a.code },
						`${a.name || a.code} · ${formatNumber(a.events)} events`)));
			} catch (err) {
				if (!isAbort(err)) showError(err, 'Looking up actors');
			}
		}, 200);
	});
	const el = field(label, input, 'A code (PRK, PRKGOV) or the start of a name');
	el.appendChild(datalist);
	return el;
}

/*
 * The actor code for what was typed.  A code that some stored code starts
 * with is kept (in upper case: "prk" asks for PRK and PRKGOV alike, as the
 * API reads it); a name gives its country's code if it names one ("north
 * korea" -> PRK), else the most active actor it names.  Throws, with a
 * message for the user, when nothing matches.
 */
export async function resolveActor(typed, signal) {
	const text = (typed || '').trim();
	if (!text) throw new Error('Name an actor.');
	const upper = text.toUpperCase();
	const looksLikeCode = /^[A-Za-z]{3,}$/.test(text);
	const answer = await apiGet('actors', { q: text, limit: 50 }, { signal });
	const actors = rowsOf(answer, 'actors');
	if (looksLikeCode && actors.some((a) => a.code.startsWith(upper))) return upper;
	const named = actors.find((a) => a.code.length === 3) || actors[0];
	if (named) return named.code;
	if (looksLikeCode && text === upper) return upper;	// unknown, but asked for
	throw new Error(`No actor's code or name starts with "${text}".`);
}

/*
 * A table in its own scrolling box (so a wide table never widens the
 * page).  columns: [{ key, label, num, render(row) }]; rowClass(row).
 */
export function dataTable({ caption, columns, rows, rowClass, rowData }) {
	return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
		h('table', null,
			h('caption', null, caption),
			h('thead', null, h('tr', null, columns.map((c) =>
				h('th', { scope: 'col', class: c.num ? 'num' : null }, c.label)))),
			h('tbody', null, rows.map((row) =>
				h('tr', { class: rowClass ? rowClass(row) : null, dataset: rowData ? rowData(row) : undefined },
					columns.map((c, i) => h(i === 0 ? 'th' : 'td',
						{ class: [c.num && 'num', c.wrap && 'wrap'], scope: i === 0 ? 'row' : null },
						c.render ? c.render(row) : row[c.key])))))));
}

/* text with the spans ([{ start, end, role }], UTF-16 units) marked. */
export function highlighted(text, spans) {
	return cut(0, text.length, spans).map((piece) => {
		const words = text.slice(piece.start, piece.end);
		if (!piece.spans.length) return words;
		const roles = piece.spans.map((sp) => sp.role);
		return h('mark', { class: roles.map((r) => `hl hl-${r}`).join(' '),
			title: roles.join(', ') }, words);
	});
}

/* "verbal cooperation" badge in its tone. */
export function quadBadge(quad) {
	return h('span', { class: `badge tone-${quadTone(quad)}` }, QUAD_CLASSES[quad] || `quad ${quad}`);
}

/* A mode other than "asserted" is worth a word: planned, negated... */
export function modeBadge(mode) {
	return mode && mode !== 'asserted' ? h('span', { class: 'badge mode' }, mode) : null;
}

/*
 * The events of GET /api/events as a list: when, who to whom, what, and
 * the sentence with its source, trigger and target marked, linked to the
 * article that reported it.
 */
export function eventList(rows) {
	return h('ol', { class: 'event-list' }, rows.map((row) => h('li', { class: 'event', dataset: { event: row.event } },
		h('p', { class: 'event-head' },
			h('time', { datetime: row.day }, formatDay(row.day)), ' · ',
			h('span', { class: 'dyad' },
				h('abbr', { title: row.source_name || row.source }, row.source), ' → ',
				h('abbr', { title: row.target_name || row.target }, row.target)), ' · ',
			h('span', { class: 'cameo' }, `${row.cameo} ${row.cameo_name || ''}`), ' ',
			quadBadge(row.quad_class), ' ', modeBadge(row.mode),
			h('span', { class: 'goldstein' }, ` Goldstein ${formatSigned(row.goldstein, 1)}`)),
		h('blockquote', { class: 'sentence' }, highlighted(row.text || '', locateRoles(row))),
		h('p', { class: 'event-foot' },
			h('a', { href: hrefFor('article', [row.article], { event: row.event }) },
				`Read in article ${row.article_ref || row.article}`)))));
}

/*
 * The form of a period and a row limit, shared by the map and Popular.
 * values: { from, to, limit }; stats: GET /api/stats's row, for the
 * bounds and the quick choices (the store's whole range, its last 30 and
 * 7 days).  onSubmit({ from, to, limit }) is called with the form's values.
 */
/* The period and row limit a view's hash asks for: the whole store and
 * 20 rows unless it says otherwise (a limit not offered is ignored). */
export const PERIOD_LIMITS = [10, 20, 50, 100];

export function periodValues(params, stats) {
	const limit = +params.get('limit');
	return {
		from: params.get('from') || stats.first_day || '',
		to: params.get('to') || stats.last_day || '',
		limit: PERIOD_LIMITS.includes(limit) ? limit : 20,
	};
}

export function periodForm({ label, values, stats, limits = PERIOD_LIMITS, onSubmit }) {
	const from = h('input', { type: 'date', name: 'from', value: values.from || '',
		min: stats.first_day, max: stats.last_day });
	const to = h('input', { type: 'date', name: 'to', value: values.to || '',
		min: stats.first_day, max: stats.last_day });
	const limit = select('limit', limits.map((n) => [String(n), String(n)]), String(values.limit));
	const form = h('form', { class: 'query', 'aria-label': label },
		field('From', from), field('To', to), field('Show at most', limit),
		h('div', { class: 'field field-submit' }, h('button', { type: 'submit' }, 'Show')));
	const send = () => onSubmit({ from: from.value, to: to.value, limit: limit.value });
	form.addEventListener('submit', (e) => { e.preventDefault(); send(); });
	if (stats.first_day && stats.last_day) {
		const last = parseDay(stats.last_day);
		const back = (days) => {
			const d = dayString(addDays(last, -days + 1));
			return d < stats.first_day ? stats.first_day : d;
		};
		const preset = (text, first) => h('button', { type: 'button', class: 'link-button',
			onclick: () => { from.value = first; to.value = stats.last_day; send(); } }, text);
		form.appendChild(h('p', { class: 'presets' }, 'Quick: ',
			preset('whole store', stats.first_day), ' · ',
			preset('its last 30 days', back(30)), ' · ',
			preset('its last 7 days', back(7))));
	}
	return form;
}

/* A paragraph that says a section is loading, for aria-busy regions. */
export function loadingNote(what) {
	return h('p', { class: 'loading' }, `Loading ${what}…`);
}
