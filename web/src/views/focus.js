// views/focus.js - #/focus?actor=PRK[&direction=out][&test=z][&split=YYYY-MM-DD]
//
// Where an actor's attention goes over time (GET /api/focus): its top
// partners' monthly shares of its cooperative and of its conflictual
// events, the partners table with the shifts the test found (↑, ↓ and
// the adjusted p), and the sentences that show each shift.

import { h, replaceChildren } from '../dom.js';
import { apiGet, isAbort } from '../api.js';
import { hrefFor, navigate } from '../router.js';
import { showError, announce } from '../messages.js';
import { createScope } from '../scope.js';
import { mountChart, bucketSeconds, axes, PALETTE } from '../charts.js';
import { bucketSequence, formatDay, formatRange } from '../dates.js';
import { formatNumber, formatShare, formatSigned, formatP } from '../format.js';
import { actorField, field, select, resolveActor, dataTable, loadingNote } from '../widgets.js';

const DIRECTIONS = [['out', 'Its acts towards others'], ['in', 'Others\' acts towards it'], ['both', 'Both']];
const TESTS = [['z', 'Two-proportion z-test'], ['fisher', 'Fisher\'s exact test']];
const CLASS_NAMES = { cooperative: 'Cooperative', conflictual: 'Conflictual', all: 'All events' };
const SHIFT_MARKS = { up: '↑', down: '↓' };

function queryForm(params) {
	const split = h('input', { type: 'date', name: 'split', value: params.get('split') || '' });
	const form = h('form', { class: 'query', 'aria-label': 'Focus of an actor' },
		actorField('Actor', 'actor', params.get('actor')),
		field('Events', select('direction', DIRECTIONS, params.get('direction') || 'out')),
		field('Test', select('test', TESTS, params.get('test') || 'z')),
		field('Second period from', split, 'Empty: halves by event count'),
		h('div', { class: 'field field-submit' }, h('button', { type: 'submit' }, 'Show focus')));
	form.addEventListener('submit', async (e) => {
		e.preventDefault();
		const data = new FormData(form);
		try {
			const actor = await resolveActor(data.get('actor'));
			navigate(hrefFor('focus', [], { actor,
				direction: data.get('direction') === 'out' ? null : data.get('direction'),
				test: data.get('test') === 'z' ? null : data.get('test'),
				split: data.get('split') }));
		} catch (err) {
			showError(err, 'Finding the actor');
		}
	});
	return form;
}

function summary(f) {
	return h('dl', { class: 'summary' },
		h('div', null, h('dt', null, 'First period'),
			h('dd', null, `${formatRange(f.period1_from, f.period1_to)}: ${formatNumber(f.cooperative1)} cooperative, ` +
				`${formatNumber(f.conflictual1)} conflictual`)),
		h('div', null, h('dt', null, 'Second period'),
			h('dd', null, `${formatRange(f.period2_from, f.period2_to)}: ${formatNumber(f.cooperative2)} cooperative, ` +
				`${formatNumber(f.conflictual2)} conflictual`)),
		h('div', null, h('dt', null, 'Test'),
			h('dd', null, `${f.test}, ${f.correction} correction, α = ${f.alpha}: ` +
				`${formatNumber(f.shifts)} shifts in ${formatNumber(f.tests)} tests`)));
}

/* One chart per class of the shares rows: a line per partner, a point per
 * month; partners keep their colour across the charts. */
function sharesCharts(shares, colourOf, scope) {
	const classes = [...new Set(shares.map((r) => r.class))];
	return classes.map((cls) => {
		const rows = shares.filter((r) => r.class === cls);
		const labels = bucketSequence(rows.map((r) => r.bucket), 'month');
		const partners = [...new Set(rows.map((r) => r.partner))];
		const at = new Map(rows.map((r) => [`${r.bucket} ${r.partner}`, r]));
		const data = [labels.map(bucketSeconds), ...partners.map((p) => labels.map((l) => {
			const r = at.get(`${l} ${p}`);
			return r ? r.share : null;
		}))];
		const box = h('div', { class: 'chart', role: 'img',
			'aria-label': `${CLASS_NAMES[cls] || cls}${cls === 'all' ? '' : ' events'}: each partner's share by month. The table "Shares by month" gives the numbers.` });
		const figure = h('figure', { class: 'chart-figure' }, h('figcaption', null, `${CLASS_NAMES[cls] || cls}${cls === 'all' ? '' : ' events'}: partners' shares by month`), box);
		queueMicrotask(() => {
			if (!scope.alive) return;
			const chart = mountChart(box, {
				series: [{ label: 'Month', value: (u, v, si, i) => (i == null ? '–' : labels[i]) },
					...partners.map((p) => ({
						label: p, stroke: colourOf(p), width: 2, spanGaps: false,
						points: { show: true, size: 6, fill: colourOf(p) },
						value: (u, v) => (v == null ? '–' : formatShare(v)),
					}))],
				scales: { x: { time: true }, y: { range: [0, 1] } },
				axes: [axes.time('month'), axes.left('share', (u, ticks) => ticks.map((t) => `${Math.round(t * 100)}%`))],
				cursor: { drag: { x: false, y: false } },
			}, data);
			scope.onDestroy(() => chart.destroy());
		});
		return figure;
	});
}

function partnersTable(partners, actor) {
	const shifted = (p) => p.shift === 'up' || p.shift === 'down';
	return dataTable({
		caption: 'Partners in the two periods; a shift is a change of share that the test found significant',
		columns: [
			{ label: 'Partner', render: (p) => h('a', { href: hrefFor('timeline', [], { a: actor, b: p.partner }),
				title: `Timeline of ${actor} and ${p.partner}` }, p.partner_name ? `${p.partner_name} (${p.partner})` : p.partner) },
			{ label: 'Class', render: (p) => CLASS_NAMES[p.class] || p.class },
			{ label: 'Shift', render: (p) => (shifted(p)
				? h('span', { class: `shift shift-${p.shift}` },
					h('span', { 'aria-hidden': 'true' }, SHIFT_MARKS[p.shift]), ` ${p.shift}`)
				: h('span', { class: 'no-shift' }, '–')) },
			{ label: 'Events 1', num: true, render: (p) => formatNumber(p.n1) },
			{ label: 'Share 1', num: true, render: (p) => formatShare(p.share1) },
			{ label: 'Events 2', num: true, render: (p) => formatNumber(p.n2) },
			{ label: 'Share 2', num: true, render: (p) => formatShare(p.share2) },
			{ label: 'Change', num: true, render: (p) => (p.change == null ? '–' : `${formatSigned(100 * p.change, 1)} pt`) },
			{ label: 'p (adjusted)', num: true, render: (p) => formatP(p.p_adj) },
		],
		// Shifts first: they are what the analyst came for.
		rows: [...partners].sort((x, y) => Number(shifted(y)) - Number(shifted(x))),
		rowClass: (p) => (shifted(p) ? `shifted shifted-${p.shift}` : null),
		rowData: (p) => ({ partner: p.partner, class: p.class, shift: p.shift || '' }),
	});
}

function evidenceSection(evidence, partnerNames) {
	const groups = new Map();
	for (const e of evidence) {
		const key = `${e.class} ${e.partner} ${e.direction}`;
		if (!groups.has(key)) groups.set(key, []);
		groups.get(key).push(e);
	}
	return h('section', { class: 'evidence', 'aria-labelledby': 'evidence-title' },
		h('h2', { id: 'evidence-title' }, 'Evidence'),
		groups.size ? null : h('p', { class: 'empty' }, 'No shift, so no evidence.'),
		[...groups.values()].map((items) => {
			const first = items[0];
			return h('article', { class: `evidence-group shifted-${first.direction}`, dataset: { partner: first.partner } },
				h('h3', null, h('span', { 'aria-hidden': 'true' }, `${SHIFT_MARKS[first.direction] || ''} `),
					`${partnerNames.get(first.partner) || first.partner}: ${first.direction} (${CLASS_NAMES[first.class] || first.class})`),
				h('ol', { class: 'evidence-list' }, items.map((e) => h('li', null,
					h('p', { class: 'event-head' }, `Period ${e.period} · `, h('time', { datetime: e.day }, formatDay(e.day))),
					h('blockquote', { class: 'sentence' }, e.text),
					h('p', { class: 'event-foot' }, h('a', { href: hrefFor('article', [e.article], { event: e.event }) },
						`Read in article ${e.article}`))))));
		}));
}

export function mount(root, route) {
	const scope = createScope();
	const params = route.params;
	const actor = (params.get('actor') || '').toUpperCase();
	const result = h('section', { class: 'result', 'aria-labelledby': 'focus-title' });
	replaceChildren(root,
		h('h1', null, 'Focus'),
		h('p', { class: 'lede' }, 'An actor\'s partners in two periods, and the shifts of attention between them.'),
		queryForm(params), result);

	async function load() {
		if (!actor) {
			replaceChildren(result, h('p', { class: 'empty' }, 'Choose an actor, for example PRK, and show its focus.'));
			return;
		}
		replaceChildren(result, loadingNote('the focus'));
		result.setAttribute('aria-busy', 'true');
		try {
			const answer = await apiGet('focus', {
				actor, direction: params.get('direction'), test: params.get('test'), split: params.get('split'),
			}, { signal: scope.signal });
			const f = (answer.focus || [])[0];
			const partners = answer.partners || [];
			const shares = answer.shares || [];
			const evidence = answer.evidence || [];
			const title = h('h2', { id: 'focus-title' }, f && f.actor_name ? `${f.actor_name} (${actor})` : actor);
			if (!f) {
				replaceChildren(result, title, h('p', { class: 'empty' }, `No events of ${actor} are stored.`));
				return;
			}
			const partnerNames = new Map(partners.map((p) => [p.partner, p.partner_name ? `${p.partner_name} (${p.partner})` : p.partner]));
			const order = [...new Set([...partners.map((p) => p.partner), ...shares.map((r) => r.partner)])];
			const colourOf = (p) => PALETTE[order.indexOf(p) % PALETTE.length];
			const ups = partners.filter((p) => p.shift === 'up').map((p) => p.partner);
			const downs = partners.filter((p) => p.shift === 'down').map((p) => p.partner);
			const shiftText = ups.length || downs.length
				? `Shifts: ${[...ups.map((p) => `${p} ↑`), ...downs.map((p) => `${p} ↓`)].join(', ')}.`
				: 'No significant shift.';
			replaceChildren(result, title, summary(f),
				h('p', { class: 'shift-summary' }, shiftText),
				h('div', { class: 'charts' }, sharesCharts(shares, colourOf, scope)),
				h('details', { class: 'shares-table' }, h('summary', null, 'Shares by month as a table'),
					dataTable({ caption: 'Shares by month', rows: shares, columns: [
						{ label: 'Month', key: 'bucket' },
						{ label: 'Class', render: (r) => CLASS_NAMES[r.class] || r.class },
						{ label: 'Partner', render: (r) => partnerNames.get(r.partner) || r.partner },
						{ label: 'Events', num: true, key: 'events' },
						{ label: 'Share', num: true, render: (r) => formatShare(r.share) },
					] })),
				h('h2', null, 'Partners'),
				partnersTable(partners, actor),
				evidenceSection(evidence, partnerNames));
			announce(`Focus of ${actor} loaded. ${shiftText}`);
		} catch (err) {
			if (isAbort(err)) return;
			replaceChildren(result, h('p', { class: 'empty' }, 'The focus could not be loaded.'));
			showError(err, 'Loading the focus');
		} finally {
			result.removeAttribute('aria-busy');
		}
	}
	load();
	return { update: () => false, destroy: () => scope.destroy() };
}
