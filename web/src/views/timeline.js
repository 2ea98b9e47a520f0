// views/timeline.js - #/timeline?a=PRK&b=RUS&bucket=month[&dirs=split][&at=2025-06]
//
// Two actors' cooperation and conflict over time (GET /api/timeline): a
// chart of asserted cooperative and conflictual events per bucket with the
// Goldstein sum, and below it the same numbers as a table whose buttons,
// like a click on the chart, list a bucket's events (GET /api/events, both
// directions).  The chosen bucket is in the hash (at=), so it can be linked
// to and the back button returns to the one before.

import uPlot from 'uplot';
import { h, replaceChildren } from '../dom.js';
import { apiGet, isAbort } from '../api.js';
import { hrefFor, navigate } from '../router.js';
import { showError, announce } from '../messages.js';
import { createScope } from '../scope.js';
import { mountChart, bucketSeconds, axes, COLORS } from '../charts.js';
import { bucketRange, bucketSequence, bucketStart, formatRange, isoWeekLabel } from '../dates.js';
import { formatNumber, formatSigned } from '../format.js';
import { actorField, field, select, resolveActor, dataTable, eventList, loadingNote } from '../widgets.js';

const BUCKETS = [['month', 'Month'], ['week', 'Week'], ['day', 'Day']];
const EVENTS_LIMIT = 1000;	// the API's most per request
const DIRECTIONS = [['both', 'Both directions together'], ['split', 'Each direction apart']];

/* "2025-06" -> "Jun 2025"; a week -> "Week 2025-W18 (from 28 Apr)"... */
function bucketName(label, kind) {
	const start = bucketStart(label);
	const opts = { timeZone: 'UTC' };
	if (/^\d{4}-\d{2}$/.test(label))
		return start.toLocaleDateString('en-US', { ...opts, month: 'short', year: 'numeric' });
	const day = start.toLocaleDateString('en-GB', { ...opts, day: 'numeric', month: 'short', year: 'numeric' });
	if (/W/.test(label) || kind === 'week')
		return `Week ${/W/.test(label) ? label : isoWeekLabel(start)} (from ${day})`;
	return day;
}

/*
 * The timeline's rows folded into one record per bucket, in time order:
 * { label, coop: [ab, ba], conflict: [ab, ba], goldstein: [ab, ba],
 * other } where ab counts a's events towards b and other the events that
 * were not asserted (planned, negated...).
 */
function foldBuckets(rows, a) {
	const byLabel = new Map();
	for (const row of rows) {
		let b = byLabel.get(row.bucket);
		if (!b) {
			b = { label: row.bucket, coop: [0, 0], conflict: [0, 0], goldstein: [0, 0], other: 0 };
			byLabel.set(row.bucket, b);
		}
		const i = row.direction.split('>')[0] === a ? 0 : 1;
		b.coop[i] += (row.verbal_coop || 0) + (row.material_coop || 0);
		b.conflict[i] += (row.verbal_conflict || 0) + (row.material_conflict || 0);
		b.goldstein[i] += row.goldstein_sum || 0;
		b.other += (row.planned || 0) + (row.conditional || 0) + (row.speculative || 0) + (row.negated || 0);
	}
	return [...byLabel.values()].sort((x, y) => bucketStart(x.label) - bucketStart(y.label));
}

const sum = (pair) => pair[0] + pair[1];
const round1 = (x) => Math.round(x * 10) / 10;

/* uPlot's data and series for the buckets, every bucket of the range
 * present (quiet ones as zero). */
function chartSpec(buckets, { a, b, kind, split }) {
	const labels = bucketSequence(buckets.map((x) => x.label), kind);
	const byLabel = new Map(buckets.map((x) => [x.label, x]));
	const empty = { coop: [0, 0], conflict: [0, 0], goldstein: [0, 0] };
	const at = labels.map((l) => byLabel.get(l) || empty);
	const line = (label, stroke, values, extra = {}) => ({
		series: {
			label, stroke, width: 2, scale: 'n',
			points: { show: true, size: 7, fill: stroke,
				filter: (u, si) => u.data[si].flatMap((v, i) => (v > 0 ? [i] : [])) },
			value: (u, v) => (v == null ? '–' : formatNumber(v)),
			...extra,
		},
		values,
	});
	const lines = split ? [
		line(`Cooperative ${a}→${b}`, COLORS.coop, at.map((x) => x.coop[0])),
		line(`Cooperative ${b}→${a}`, COLORS.coop, at.map((x) => x.coop[1]), { dash: [6, 4] }),
		line(`Conflictual ${a}→${b}`, COLORS.conflict, at.map((x) => x.conflict[0])),
		line(`Conflictual ${b}→${a}`, COLORS.conflict, at.map((x) => x.conflict[1]), { dash: [6, 4] }),
	] : [
		line('Cooperative', COLORS.coop, at.map((x) => sum(x.coop))),
		line('Conflictual', COLORS.conflict, at.map((x) => sum(x.conflict))),
	];
	lines.push({
		series: { label: 'Goldstein sum', stroke: COLORS.goldstein, width: 1.5, dash: [2, 3],
			scale: 'g', points: { show: false }, value: (u, v) => (v == null ? '–' : formatSigned(v, 1)) },
		values: at.map((x) => round1(sum(x.goldstein))),
	});
	return {
		labels,
		data: [labels.map(bucketSeconds), ...lines.map((l) => l.values)],
		opts: {
			series: [{ label: kind === 'month' ? 'Month' : kind === 'week' ? 'Week' : 'Day',
				value: (u, v, si, i) => (i == null ? '–' : bucketName(labels[i], kind)) },
			...lines.map((l) => l.series)],
			scales: {
				x: { time: true },
				n: { range: (u, min, max) => [0, Math.max(1, Math.ceil(max * 1.15))] },
				// Zero in sight, so the sign of the Goldstein sum reads at once.
				g: { range: (u, min, max) => uPlot.rangeNum(Math.min(0, min), Math.max(0, max), 0.1, true) },
			},
			axes: [axes.time(kind), { ...axes.left('events'), scale: 'n' },
				axes.right('Goldstein', (u, ticks) => ticks.map((t) => formatSigned(t, 0)))],
			cursor: { drag: { x: true, y: false }, points: { size: 9 } },
			legend: { live: true },
		},
	};
}

/*
 * Calls onClick(i) with the index of the bucket under a click on the
 * chart.  A click is a press and release within a few pixels: uPlot's own
 * 'click' goes missing when no mouse move came before the press (its
 * cursor is updated on an animation frame), and a drag zooms instead.
 */
function onPointClick(u, onClick) {
	let down = null;
	u.over.addEventListener('pointerdown', (e) => { down = [e.clientX, e.clientY]; });
	u.over.addEventListener('pointerup', (e) => {
		if (!down || Math.abs(e.clientX - down[0]) > 4 || Math.abs(e.clientY - down[1]) > 4) return;
		down = null;
		const i = u.posToIdx(e.clientX - u.over.getBoundingClientRect().left);
		if (i != null && i >= 0) onClick(i);
	});
}

function queryForm(params) {
	const form = h('form', { class: 'query', 'aria-label': 'Timeline of two actors' },
		actorField('Actor A', 'a', params.get('a')),
		actorField('Actor B', 'b', params.get('b')),
		field('Bucket', select('bucket', BUCKETS, params.get('bucket') || 'month')),
		field('Directions', select('dirs', DIRECTIONS, params.get('dirs') === 'split' ? 'split' : 'both')),
		h('div', { class: 'field field-submit' }, h('button', { type: 'submit' }, 'Show timeline')));
	form.addEventListener('submit', async (e) => {
		e.preventDefault();
		const data = new FormData(form);
		try {
			const [a, b] = await Promise.all([resolveActor(data.get('a')), resolveActor(data.get('b'))]);
			navigate(hrefFor('timeline', [], { a, b, bucket: data.get('bucket'),
				dirs: data.get('dirs') === 'split' ? 'split' : null }));
		} catch (err) {
			showError(err, 'Finding the actors');
		}
	});
	return form;
}

export function mount(root, route) {
	const scope = createScope();
	const params = route.params;
	const a = (params.get('a') || '').toUpperCase();
	const b = (params.get('b') || '').toUpperCase();
	const kind = ['week', 'day'].includes(params.get('bucket')) ? params.get('bucket') : 'month';
	const split = params.get('dirs') === 'split';
	const key = JSON.stringify([a, b, kind, split]);

	const result = h('section', { class: 'result', 'aria-labelledby': 'timeline-title' });
	// Results are announced by messages.announce(), not read out whole.
	const events = h('section', { class: 'bucket-events', 'aria-labelledby': 'bucket-title' });
	replaceChildren(root,
		h('h1', null, 'Timeline'),
		h('p', { class: 'lede' }, 'Cooperation and conflict between two actors over time. ' +
			'Counts are asserted events; a three-letter code stands for a whole country.'),
		queryForm(params), result, events);

	let buckets = [];
	let chart = null;
	let selected = null;
	let eventsController = null;
	scope.onDestroy(() => chart && chart.destroy());
	scope.onDestroy(() => eventsController && eventsController.abort());

	// The chart and the table both ask for a bucket through the hash; a
	// button then moves the focus to the bucket's events, a click does not.
	let pendingFocus = false;
	const choose = (label, { focus = false } = {}) => {
		pendingFocus = focus;
		navigate(hrefFor('timeline', [], { a, b, bucket: kind, dirs: split ? 'split' : null, at: label }));
	};

	async function showBucket(label) {
		if (!label) return;
		if (label === selected) {	// chosen again: only the focus may move
			const heading = events.querySelector('#bucket-title');
			if (pendingFocus && heading) heading.focus();
			pendingFocus = false;
			return;
		}
		selected = label;
		for (const btn of result.querySelectorAll('button[data-bucket]'))
			btn.setAttribute('aria-pressed', String(btn.dataset.bucket === label));
		const range = bucketRange(label, kind);
		if (!range) {
			showError(new Error(`"${label}" is not a bucket of this timeline.`), 'Choosing a bucket');
			return;
		}
		// The heading stays while the list below it changes: a focused
		// element taken out of the page would lose the focus.
		const heading = h('h2', { id: 'bucket-title', tabindex: '-1' },
			`Events of ${bucketName(label, kind)}`);
		const body = h('div', { class: 'bucket-body' },
			h('p', { class: 'meta' }, formatRange(range.from, range.to)), loadingNote('the events'));
		replaceChildren(events, heading, body);
		events.setAttribute('aria-busy', 'true');
		if (pendingFocus) heading.focus();
		pendingFocus = false;
		if (eventsController) eventsController.abort();
		eventsController = new AbortController();
		const ask = (source, target) => apiGet('events',
			{ source, target, from: range.from, to: range.to, limit: EVENTS_LIMIT },
			{ signal: eventsController.signal });
		try {
			const [ab, ba] = await Promise.all([ask(a, b), ask(b, a)]);
			const rows = [...ab.events, ...ba.events]
				.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : x.event - y.event));
			const asserted = rows.filter((r) => r.mode === 'asserted').length;
			const truncated = ab.events.length >= EVENTS_LIMIT || ba.events.length >= EVENTS_LIMIT;
			const summary = rows.length
				? `${rows.length} events (${asserted} asserted, ${rows.length - asserted} planned, negated or hedged).`
				: 'No events between them in this bucket.';
			replaceChildren(body, h('p', { class: 'meta' }, `${formatRange(range.from, range.to)}: ${summary}`,
				truncated ? ` Only the first ${EVENTS_LIMIT} of each direction are listed.` : ''),
				rows.length ? eventList(rows) : null);
			announce(`${bucketName(label, kind)}: ${summary}`);
		} catch (err) {
			if (isAbort(err)) return;
			replaceChildren(body, h('p', { class: 'meta' }, 'The events could not be loaded.'));
			showError(err, 'Loading the events');
		} finally {
			events.removeAttribute('aria-busy');
		}
	}

	function drawResult(rows) {
		buckets = foldBuckets(rows, a);
		const totals = buckets.reduce((t, x) => ({ coop: t.coop + sum(x.coop),
			conflict: t.conflict + sum(x.conflict), other: t.other + x.other }), { coop: 0, conflict: 0, other: 0 });
		const title = h('h2', { id: 'timeline-title' }, `${a} and ${b}, by ${kind}`);
		if (!buckets.length) {
			replaceChildren(result, title, h('p', { class: 'empty' },
				`No events between ${a} and ${b} are stored. Try a three-letter country code, or another pair.`));
			announce(`No events between ${a} and ${b}.`);
			return;
		}
		const chartBox = h('div', { class: 'chart', role: 'img',
			'aria-label': `Chart of cooperative and conflictual events between ${a} and ${b} by ${kind}; the table below gives the same numbers.` });
		const table = dataTable({
			caption: `Events between ${a} and ${b} by ${kind}: choose a ${kind} to read its events`,
			columns: [
				{ label: kind[0].toUpperCase() + kind.slice(1), render: (x) => h('button', {
					type: 'button', class: 'bucket-button', dataset: { bucket: x.label },
					'aria-pressed': String(x.label === selected),
					onclick: () => choose(x.label, { focus: true }),
				}, bucketName(x.label, kind)) },
				{ label: `Coop. ${a}→${b}`, num: true, render: (x) => x.coop[0] },
				{ label: `Coop. ${b}→${a}`, num: true, render: (x) => x.coop[1] },
				{ label: `Confl. ${a}→${b}`, num: true, render: (x) => x.conflict[0] },
				{ label: `Confl. ${b}→${a}`, num: true, render: (x) => x.conflict[1] },
				{ label: 'Goldstein sum', num: true, render: (x) => formatSigned(round1(sum(x.goldstein)), 1) },
				{ label: 'Not asserted', num: true, render: (x) => x.other },
			],
			rows: buckets,
		});
		replaceChildren(result, title,
			h('p', { class: 'meta' }, `${formatNumber(totals.coop)} cooperative and ${formatNumber(totals.conflict)} ` +
				`conflictual asserted events in ${buckets.length} ${kind}s with any; ` +
				`${formatNumber(totals.other)} more planned, negated or hedged.`),
			chartBox,
			h('p', { class: 'hint' }, `Click a point on the chart, or a ${kind} in the table, to read its events. ` +
				'Drag across the chart to zoom in; double-click to zoom out.'),
			table);
		const spec = chartSpec(buckets, { a, b, kind, split });
		chart = mountChart(chartBox, spec.opts, spec.data);
		window.__dyadChart = chart.chart;
		window.__dyadChartLabels = spec.labels;
		onPointClick(chart.chart, (i) => spec.labels[i] && choose(spec.labels[i]));
		announce(`Timeline of ${a} and ${b} loaded: ${buckets.length} ${kind}s with events.`);
	}

	async function load() {
		if (!a || !b) {
			replaceChildren(result, h('p', { class: 'empty' },
				'Choose two actors, for example PRK and RUS, and show their timeline.'));
			return;
		}
		replaceChildren(result, loadingNote('the timeline'));
		result.setAttribute('aria-busy', 'true');
		try {
			const answer = await apiGet('timeline', { a, b, bucket: kind }, { signal: scope.signal });
			drawResult(answer.timeline || []);
			if (params.get('at')) showBucket(params.get('at'));
		} catch (err) {
			if (isAbort(err)) return;
			replaceChildren(result, h('p', { class: 'empty' }, 'The timeline could not be loaded.'));
			showError(err, 'Loading the timeline');
		} finally {
			result.removeAttribute('aria-busy');
		}
	}
	load();

	return {
		/* A new bucket of the same timeline: no need to draw it again. */
		update(next) {
			const p = next.params;
			const nextKey = JSON.stringify([(p.get('a') || '').toUpperCase(), (p.get('b') || '').toUpperCase(),
				['week', 'day'].includes(p.get('bucket')) ? p.get('bucket') : 'month', p.get('dirs') === 'split']);
			if (nextKey !== key || !buckets.length) return false;
			if (p.get('at')) showBucket(p.get('at'));
			else { selected = null; replaceChildren(events); }
			return true;
		},
		destroy() {
			if (window.__dyadChart === (chart && chart.chart)) window.__dyadChart = null;
			scope.destroy();
		},
	};
}
