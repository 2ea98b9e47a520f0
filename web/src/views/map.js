// views/map.js - #/map?from=2025-01-03&to=2025-11-07&limit=20
//
// The most active dyads of a period (GET /api/dyads) as arcs between
// countries on a world map, as wide as their events are many and coloured
// by the sign of their mean Goldstein score, and as a table (the same
// facts for keyboards and screen readers).  Either opens the dyad's
// timeline.  Countries where events happened (GET /api/places) are
// shaded by how many, and listed in a second table.  The period defaults
// to the store's whole range.

import { feature } from 'topojson-client';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { h, s, replaceChildren } from '../dom.js';
import { apiGet, isAbort } from '../api.js';
import { hrefFor, navigate } from '../router.js';
import { showError, announce } from '../messages.js';
import { createScope } from '../scope.js';
import { getStats } from '../stats.js';
import { formatNumber, formatSigned, goldsteinTone } from '../format.js';
import { formatDay, formatRange } from '../dates.js';
import { dataTable, periodForm, periodValues, loadingNote } from '../widgets.js';

const WIDTH = 960, PAD = 8;
const TONE_NAMES = { coop: 'cooperative', conflict: 'conflictual', neutral: 'neutral' };

let worldPromise = null;

/* The countries (built by build.mjs: alpha-3 ids, an anchor each), asked
 * for once per page. */
function loadWorld() {
	if (!worldPromise) {
		worldPromise = fetch('world-110m.json').then((r) => {
			if (!r.ok) throw new Error(`world-110m.json: HTTP ${r.status}`);
			return r.json();
		}).then((topology) => feature(topology, topology.objects.countries).features);
		worldPromise.catch(() => { worldPromise = null; });
	}
	return worldPromise;
}

/* A quadratic curve from p to q bending to the right of its way, so that
 * A→B and B→A are two arcs, not one line.  Returns { d, apex }: the path
 * and the point of the curve farthest from the chord (for the frame). */
function arc([x0, y0], [x1, y1]) {
	const dx = x1 - x0, dy = y1 - y0;
	const bend = 0.18;
	const mx = (x0 + x1) / 2, my = (y0 + y1) / 2;
	const cx = mx - dy * bend, cy = my + dx * bend;
	return {
		d: `M${x0.toFixed(1)},${y0.toFixed(1)}Q${cx.toFixed(1)},${cy.toFixed(1)} ${x1.toFixed(1)},${y1.toFixed(1)}`,
		apex: [(mx + cx) / 2, (my + cy) / 2],
	};
}

function dyadLabel(d) {
	return `${d.source_name || d.source} → ${d.target_name || d.target}`;
}

function dyadTitle(d) {
	return `${dyadLabel(d)}: ${formatNumber(d.events)} events, mean Goldstein ${formatSigned(d.mean_goldstein)} ` +
		`(${formatDay(d.first)} – ${formatDay(d.last)})`;
}

const timelineHref = (d) => hrefFor('timeline', [], { a: d.source, b: d.target });

/*
 * The map as an SVG: countries, then one arc per dyad whose two ends are
 * countries (thickest first, so thin arcs stay on top and clickable).
 * Returns { svg, drawn } with the dyads drawn.
 */
function drawMap(countries, dyads, places) {
	// The map frames the dyads' countries (with a margin of some 15° around
	// each anchor), not the whole world: the arcs get the room.
	const shown = countries.filter((c) => c.id !== 'ATA');
	const anchorOf = new Map(shown.filter((c) => c.id).map((c) => [c.id, c.properties.anchor]));
	const drawn = dyads.filter((d) => d.source !== d.target && anchorOf.has(d.source) && anchorOf.has(d.target));
	const active = new Set(drawn.flatMap((d) => [d.source, d.target]));
	const frame = active.size ? { type: 'FeatureCollection', features: [
		...shown.filter((c) => active.has(c.id)),
		{ type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [...active].flatMap((code) => {
			const [lon, lat] = anchorOf.get(code);
			return [[lon - 15, lat - 12], [lon + 15, lat + 12]];
		}) } }] } : { type: 'FeatureCollection', features: shown };
	const projection = geoNaturalEarth1().fitWidth(WIDTH - 2 * PAD, frame);
	const [[, top], [, bottom]] = geoPath(projection).bounds(frame);
	const height = Math.round(Math.min(WIDTH * 0.62, bottom - top) + 2 * PAD);
	projection.fitExtent([[PAD, PAD], [WIDTH - PAD, height - PAD]], frame);
	const path = geoPath(projection);
	const anchors = new Map([...active].map((code) => [code, projection(anchorOf.get(code))]));
	const most = Math.max(1, ...drawn.map((d) => d.events));
	const placed = new Map(places.map((p) => [p.place, p]));
	const mostPlaced = Math.max(1, ...places.map((p) => p.events));
	const countryPath = (c) => {
		const p = placed.get(c.id);
		const cls = ['country', active.has(c.id) && 'active', p && 'placed'].filter(Boolean).join(' ');
		return s('path', { class: cls, d: path(c), dataset: p ? { place: c.id } : undefined,
			'fill-opacity': p ? (0.25 + 0.75 * Math.sqrt(p.events / mostPlaced)).toFixed(2) : null },
		s('title', null, p ? `${c.properties.name}: ${formatNumber(p.events)} events happened here` :
			c.properties.name));
	};
	const widthOf = (d) => 1.5 + 7 * Math.sqrt(d.events / most);

	const arrow = (tone) => s('marker', { id: `arrow-${tone}`, viewBox: '0 0 10 10', refX: '9', refY: '5',
		markerWidth: '9', markerHeight: '9', markerUnits: 'userSpaceOnUse', orient: 'auto' },
	s('path', { d: 'M0,1L10,5L0,9z', class: `arrowhead tone-${tone}` }));

	// The frame grows to hold the arcs that bend out of it: [x0, y0, x1, y1].
	const extent = [0, 0, WIDTH, height];
	const arcs = [...drawn].sort((x, y) => y.events - x.events).map((d) => {
		const tone = goldsteinTone(d.mean_goldstein);
		const { d: dPath, apex } = arc(anchors.get(d.source), anchors.get(d.target));
		extent[0] = Math.min(extent[0], apex[0] - PAD); extent[1] = Math.min(extent[1], apex[1] - PAD);
		extent[2] = Math.max(extent[2], apex[0] + PAD); extent[3] = Math.max(extent[3], apex[1] + PAD);
		return s('g', { class: `dyad-arc tone-${tone}`, dataset: { dyad: `${d.source}>${d.target}` },
			onclick: () => navigate(timelineHref(d)) },
		s('title', null, dyadTitle(d)),
		s('path', { class: 'arc-hit', d: dPath }),
		s('path', { class: 'arc', d: dPath, 'stroke-width': widthOf(d).toFixed(2),
			'marker-end': `url(#arrow-${tone})` }));
	});

	const labels = [...active].map((code) => {
		const [x, y] = anchors.get(code);
		return s('g', { class: 'anchor' },
			s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: '2.5' }),
			s('text', { x: (x + 4).toFixed(1), y: (y - 4).toFixed(1) }, code));
	});

	const [vx, vy, vw, vh] = [extent[0], extent[1], extent[2] - extent[0], extent[3] - extent[1]].map(Math.round);
	const svg = s('svg', { class: 'world', viewBox: `${vx} ${vy} ${vw} ${vh}`, role: 'img',
		'aria-label': `World map of the ${drawn.length} most active dyads between countries; the table below lists them.` },
	s('defs', null, arrow('coop'), arrow('conflict'), arrow('neutral')),
	s('rect', { class: 'sea', x: vx, y: vy, width: vw, height: vh }),
	s('g', { class: 'countries' }, shown.map(countryPath)),
	s('g', { class: 'arcs' }, arcs),
	s('g', { class: 'anchors' }, labels));
	return { svg, drawn };
}

function legend() {
	const item = (tone, text) => h('li', null,
		h('span', { class: `swatch tone-${tone}`, 'aria-hidden': 'true' }), text);
	return h('ul', { class: 'legend' },
		item('coop', 'cooperative on average (mean Goldstein above 0)'),
		item('conflict', 'conflictual on average (below 0)'),
		item('neutral', 'neutral'),
		h('li', null, h('span', { class: 'swatch place', 'aria-hidden': 'true' }),
			'where events happened, darker for more'),
		h('li', null, 'Wider: more events. Arcs bend to the right of their direction; arrows point at the target.'));
}

/* The columns a row of counts shares (a dyad's, a place's): events by
 * quad class, mean Goldstein score, first and last day. */
function countColumns() {
	return [
		{ label: 'Events', num: true, render: (d) => formatNumber(d.events) },
		{ label: 'Verbal coop.', num: true, key: 'verbal_coop' },
		{ label: 'Material coop.', num: true, key: 'material_coop' },
		{ label: 'Verbal confl.', num: true, key: 'verbal_conflict' },
		{ label: 'Material confl.', num: true, key: 'material_conflict' },
		{ label: 'Mean Goldstein', num: true, render: (d) => {
			const tone = goldsteinTone(d.mean_goldstein);
			return h('span', { class: `tone-text tone-${tone}`, title: TONE_NAMES[tone] }, formatSigned(d.mean_goldstein));
		} },
		{ label: 'First and last event', render: (d) => formatRange(d.first, d.last) },
	];
}

function dyadTable(dyads, caption) {
	return dataTable({
		caption,
		columns: [
			{ label: 'Dyad', wrap: true, render: (d) => [
				h('a', { href: timelineHref(d), title: `Timeline of ${dyadLabel(d)}` }, `${d.source} → ${d.target}`),
				h('span', { class: 'names-line' }, dyadLabel(d))] },
			...countColumns(),
		],
		rows: dyads,
		rowData: (d) => ({ dyad: `${d.source}>${d.target}` }),
	});
}

function placeTable(places, caption) {
	return h('section', { class: 'places' }, dataTable({
		caption,
		columns: [
			{ label: 'Place', wrap: true, render: (p) => [
				h('span', null, p.place), h('span', { class: 'names-line' }, `${p.name || p.place}, named "${p.named}"`)] },
			...countColumns(),
		],
		rows: places,
		rowData: (p) => ({ place: p.place }),
	}));
}

export function mount(root, route) {
	const scope = createScope();
	const params = route.params;
	const result = h('section', { class: 'result', 'aria-labelledby': 'map-title' });
	const formSlot = h('div');
	replaceChildren(root,
		h('h1', null, 'The most active dyads'),
		h('p', { class: 'lede' }, 'Who acts towards whom, and how: the directed pairs of countries with the most events in a period.'),
		formSlot, result);

	async function load() {
		replaceChildren(result, loadingNote('the map'));
		result.setAttribute('aria-busy', 'true');
		try {
			const stats = await getStats();
			const values = periodValues(params, stats);
			replaceChildren(formSlot, periodForm({ label: 'Period of the map', values, stats,
				onSubmit: (v) => navigate(hrefFor('map', [], v)) }));
			const [answer, where, countries] = await Promise.all([
				apiGet('dyads', { from: values.from, to: values.to, limit: values.limit }, { signal: scope.signal }),
				apiGet('places', { from: values.from, to: values.to, limit: values.limit }, { signal: scope.signal }),
				loadWorld(),
			]);
			if (!scope.alive) return;
			const dyads = answer.dyads || [];
			const title = h('h2', { id: 'map-title' }, `${formatRange(values.from, values.to)}`);
			if (!dyads.length) {
				replaceChildren(result, title, h('p', { class: 'empty' }, 'No events in this period.'));
				announce('No dyads in this period.');
				return;
			}
			const places = where.places || [];
			const { svg, drawn } = drawMap(countries, dyads, places);
			const undrawn = dyads.length - drawn.length;
			replaceChildren(result, title,
				h('figure', { class: 'map' }, h('div', { class: 'map-scroll' }, svg), h('figcaption', null, legend())),
				undrawn ? h('p', { class: 'hint' }, `${undrawn} of the ${dyads.length} dyads ` +
					`${undrawn === 1 ? 'involves' : 'involve'} an organisation or ${undrawn === 1 ? 'stays' : 'stay'} ` +
					'within one country: the table has them, the map does not.') : null,
				dyadTable(dyads, `The ${dyads.length} most active dyads, ${formatRange(values.from, values.to)}; ` +
					'each opens its timeline'),
				places.length ? placeTable(places, `Where the events happened, ${formatRange(values.from, values.to)}: ` +
					`the ${places.length} countries their sentences name most`) : null);
			announce(`Map loaded: ${dyads.length} dyads, ${drawn.length} drawn.`);
		} catch (err) {
			if (isAbort(err)) return;
			replaceChildren(result, h('p', { class: 'empty' }, 'The map could not be loaded.'));
			showError(err, 'Loading the map');
		} finally {
			result.removeAttribute('aria-busy');
		}
	}
	load();
	return { update: () => false, destroy: () => scope.destroy() };
}
