// dashboard.test.mjs - the dashboard in a real browser (Debian's Chromium
// driven by playwright-core) against a running `dyad serve` at $DYAD_URL
// that holds the sample corpus (web/tests/run.sh starts one).
//
// Each test compares what the page shows with what the API answers, so a
// wrong offset, a dropped row or a swallowed error fails it.  Screenshots
// of every view at 1280×800 and 390×844 go to $DYAD_ARTIFACTS (default
// build/web-artifacts).
//
// usage: DYAD_URL=http://127.0.0.1:PORT node --test web/tests/

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const BASE = (process.env.DYAD_URL || '').replace(/\/$/, '');
const ARTIFACTS = path.resolve(repoRoot, process.env.DYAD_ARTIFACTS || 'build/web-artifacts');
const CHROMIUM = process.env.DYAD_CHROMIUM || '/usr/bin/chromium';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const WAIT = { timeout: 15000 };

if (!BASE) throw new Error('DYAD_URL is not set: run web/tests/run.sh, or set it to a dyad serve URL');

let browser;

before(async () => {
	await mkdir(ARTIFACTS, { recursive: true });
	browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

after(async () => {
	if (browser) await browser.close();
});

/* GET /api/PATH from the test itself, to know what the page should show. */
async function api(apiPath) {
	const response = await fetch(`${BASE}/api/${apiPath}`);
	const body = await response.json();
	assert.ok(response.ok, `GET /api/${apiPath}: ${JSON.stringify(body)}`);
	return body;
}

/*
 * A fresh page of the given size whose uncaught script errors are kept:
 * done() asserts there were none and closes it.
 */
async function openPage(viewport = DESKTOP) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (err) => errors.push(err.message));
	return {
		page,
		async done() {
			await context.close();
			assert.deepEqual(errors, [], 'the page threw');
		},
	};
}

async function go(page, hash) {
	await page.goto(`${BASE}/${hash}`);
}

/* Texts of all elements matching selector. */
const textsOf = (page, selector) => page.$$eval(selector, (els) => els.map((el) => el.textContent.trim()));

/* The month of PRK–RUS events with the most cooperation, from the API. */
async function busiestMonth() {
	const { timeline } = await api('timeline?a=PRK&b=RUS&bucket=month');
	assert.ok(timeline.length > 0, 'the sample store has PRK–RUS events');
	const coop = new Map();
	for (const row of timeline)
		coop.set(row.bucket, (coop.get(row.bucket) || 0) + row.verbal_coop + row.material_coop);
	return [...coop].sort((a, b) => b[1] - a[1])[0][0];
}

/* The sentences of PRK>RUS and RUS>PRK events in a month, from the API. */
async function sentencesOf(month) {
	const [y, m] = month.split('-').map(Number);
	const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
	const ask = (s, t) => api(`events?source=${s}&target=${t}&from=${month}-01&to=${last}&limit=1000`);
	const [ab, ba] = await Promise.all([ask('PRK', 'RUS'), ask('RUS', 'PRK')]);
	return [...ab.events, ...ba.events];
}

test('the dashboard loads: header, the store\'s totals and the map as landing view', async () => {
	const { page, done } = await openPage();
	const { stats } = await api('stats');
	await go(page, '');
	await page.waitForSelector('.dyad-arc', WAIT);
	assert.deepEqual(await textsOf(page, '.site-header nav a'), ['Map', 'Timeline', 'Focus', 'Popular']);
	assert.equal(await page.getAttribute('.site-header nav a[data-view="map"]', 'aria-current'), 'page');
	const totals = await page.textContent('#store-stats');
	assert.match(totals, new RegExp(`${stats[0].articles} articles`));
	assert.equal(await page.isVisible('#message'), false, 'no error shown');
	await done();
});

test('timeline: pick PRK and RUS, click a point, read its events', async () => {
	const { page, done } = await openPage();
	const month = await busiestMonth();
	const expected = await sentencesOf(month);
	await go(page, '#/timeline');
	// Typing asks GET /api/actors?q= for suggestions.
	await page.type('input[name="a"]', 'North K');
	await page.waitForSelector('input[name="a"] ~ datalist option[value="PRK"]', { ...WAIT, state: 'attached' });
	await page.fill('input[name="a"]', 'PRK');
	await page.fill('input[name="b"]', 'RUS');
	await page.click('button:has-text("Show timeline")');
	await page.waitForFunction(() => window.__dyadChart && window.__dyadChartLabels, null, WAIT);
	assert.match(page.url(), /#\/timeline\?a=PRK&b=RUS/);

	// The point of the month's cooperative events, where uPlot drew it.
	const at = await page.evaluate((label) => {
		const u = window.__dyadChart;
		const i = window.__dyadChartLabels.indexOf(label);
		const box = u.over.getBoundingClientRect();
		return { i, x: box.left + u.valToPos(u.data[0][i], 'x'), y: box.top + u.valToPos(u.data[1][i], u.series[1].scale) };
	}, month);
	assert.ok(at.i >= 0, `the chart has ${month}`);
	await page.mouse.move(at.x, at.y, { steps: 4 });	// as a hand would, before it clicks
	await page.waitForFunction((i) => window.__dyadChart.cursor.idx === i, at.i, WAIT);	// the cursor is on it
	await page.mouse.click(at.x, at.y);

	await page.waitForSelector('.bucket-events .event', WAIT);
	assert.match(page.url(), new RegExp(`at=${month}`));
	const shown = await textsOf(page, '.bucket-events .event .sentence');
	assert.deepEqual(shown.sort(), expected.map((e) => e.text).sort());
	assert.ok(shown.some((s) => /Russia|Moscow|Putin|Lavrov|Shoigu/.test(s)), 'a sentence names Russia');

	// Each listed sentence marks the source the API gives, and links to its article.
	const first = await page.$eval('.bucket-events .event', (el) => ({
		event: el.dataset.event,
		source: el.querySelector('mark.hl-source') && el.querySelector('mark.hl-source').textContent,
		href: el.querySelector('a').getAttribute('href'),
	}));
	const row = expected.find((e) => String(e.event) === first.event);
	assert.equal(first.source, row.source_text);
	assert.equal(first.href, `#/article/${row.article}?event=${row.event}`);
	await done();
});

test('timeline: Tab to a bucket button and press Enter, with the keyboard only', async () => {
	const { page, done } = await openPage();
	const month = await busiestMonth();
	const expected = await sentencesOf(month);
	await go(page, '#/timeline?a=PRK&b=RUS');
	await page.waitForSelector('button.bucket-button', WAIT);
	let focused = null;
	for (let presses = 0; presses < 60 && focused !== month; presses++) {
		await page.keyboard.press('Tab');
		focused = await page.evaluate(() => document.activeElement && document.activeElement.dataset.bucket);
	}
	assert.equal(focused, month, `Tab reaches the ${month} button`);
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
	assert.notEqual(outline, 'none', 'the focused button shows a focus ring');
	await page.keyboard.press('Enter');
	await page.waitForSelector('.bucket-events .event', WAIT);
	assert.deepEqual((await textsOf(page, '.bucket-events .event .sentence')).sort(), expected.map((e) => e.text).sort());
	assert.equal(await page.evaluate(() => document.activeElement.id), 'bucket-title', 'the focus moves to the events');
	assert.equal(await page.getAttribute(`button[data-bucket="${month}"]`, 'aria-pressed'), 'true');
	// The polite live region says what was loaded.
	await page.waitForFunction(() => /events \(\d+ asserted/.test(document.getElementById('live').textContent), null, WAIT);
	assert.equal(await page.getAttribute('#live', 'aria-live'), 'polite');
	await done();
});

test("timeline by week: a week's button lists the events of all its seven days", async () => {
	const { page, done } = await openPage();
	const { timeline } = await api('timeline?a=PRK&b=RUS&bucket=week');
	const all = [...(await api('events?source=PRK&target=RUS&limit=1000')).events,
		...(await api('events?source=RUS&target=PRK&limit=1000')).events];
	// A week's Monday, from its label: "2025-W18" (docs/api.md) or "2025-04-28".
	const mondayOf = (label) => {
		const iso = /^(\d{4})-W(\d{2})$/.exec(label);
		if (!iso) return Date.parse(`${label}T00:00:00Z`);
		const jan4 = Date.UTC(+iso[1], 0, 4);
		return jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 864e5 + (iso[2] - 1) * 7 * 864e5;
	};
	const weekday = (day) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;	// Monday 0
	const inWeek = (label, e) => {
		const t = Date.parse(`${e.day}T00:00:00Z`), monday = mondayOf(label);
		return t >= monday && t < monday + 7 * 864e5;
	};
	// The week with an event latest in its week, so that a range cut short fails.
	const weeks = [...new Set(timeline.map((r) => r.bucket))];
	weeks.forEach((w) => assert.equal(new Date(mondayOf(w)).getUTCDay(), 1, `week ${w} starts on a Monday`));
	const lateness = (w) => Math.max(-1, ...all.filter((e) => inWeek(w, e)).map((e) => weekday(e.day)));
	const label = weeks.sort((a, b) => lateness(b) - lateness(a))[0];
	const expected = all.filter((e) => inWeek(label, e));
	assert.ok(expected.length > 0, `events in week ${label}`);
	await go(page, '#/timeline?a=PRK&b=RUS&bucket=week');
	await page.click(`button.bucket-button[data-bucket="${label}"]`);
	await page.waitForSelector('.bucket-events .event', WAIT);
	assert.deepEqual((await page.$$eval('.bucket-events .event', (els) => els.map((el) => Number(el.dataset.event)))).sort(),
		expected.map((e) => e.event).sort());
	await done();
});

/* The samples' turn away from the United States comes in spring 2025:
 * split there (in May, past the winter's quarrels over sanctions and
 * drills and Choe's November 2024 trip to Moscow).  Russia's share rises
 * too, though not past Holm's bar on these few events. */
test('focus: PRK\'s shifts are flagged (USA down) with their evidence', async () => {
	const { page, done } = await openPage();
	const answer = await api('focus?actor=PRK&split=2025-05-01');
	const shifts = answer.partners.filter((p) => p.shift);
	assert.ok(shifts.some((p) => p.partner === 'USA' && p.shift === 'down'), 'the API finds PRK turning from the USA');
	assert.ok(answer.partners.some((p) => p.partner === 'RUS' && p.class === 'all' && p.change > 0),
		'Russia\'s share rises');
	await go(page, '#/focus?actor=PRK&split=2025-05-01');
	await page.waitForSelector('.shift', WAIT);
	for (const p of shifts) {
		const row = `tr[data-partner="${p.partner}"][data-class="${p.class}"]`;
		assert.equal(await page.getAttribute(row, 'data-shift'), p.shift);
		assert.match(await page.textContent(`${row} .shift`), p.shift === 'up' ? /↑\s*up/ : /↓\s*down/);
	}
	const flagged = await page.$$eval('tr[data-shift="up"], tr[data-shift="down"]', (rows) => rows.length);
	assert.equal(flagged, shifts.length, 'only the shifts are flagged');
	const usaEvidence = answer.evidence.filter((e) => e.partner === 'USA').map((e) => e.text);
	assert.ok(usaEvidence.length > 0, 'the shift has its evidence');
	assert.deepEqual(await textsOf(page, '.evidence-group[data-partner="USA"] .sentence'), usaEvidence);
	assert.ok(await page.$$eval('.charts canvas', (c) => c.length) > 0, 'the shares are charted');
	await done();
});

test('map: a line per dyad between countries, coloured by cooperation', async () => {
	const { page, done } = await openPage();
	const { stats } = await api('stats');
	const { dyads } = await api(`dyads?from=${stats[0].first_day}&to=${stats[0].last_day}&limit=20`);
	await go(page, '#/map');
	await page.waitForSelector('.dyad-arc', WAIT);
	const arcs = await page.$$eval('.dyad-arc', (els) => els.map((g) => ({
		dyad: g.dataset.dyad, cls: g.getAttribute('class'),
		d: g.querySelector('path.arc').getAttribute('d'),
		width: Number(g.querySelector('path.arc').getAttribute('stroke-width')),
	})));
	const byKey = new Map(dyads.map((d) => [`${d.source}>${d.target}`, d]));
	assert.ok(arcs.length >= 5, `${arcs.length} arcs drawn`);
	for (const arc of arcs) {
		const d = byKey.get(arc.dyad);
		assert.ok(d, `${arc.dyad} is one of the API's dyads`);
		assert.match(arc.d, /^M[\d.-]+,[\d.-]+Q/);
		const tone = d.mean_goldstein > 0.05 ? 'coop' : d.mean_goldstein < -0.05 ? 'conflict' : 'neutral';
		assert.match(arc.cls, new RegExp(`tone-${tone}`), `${arc.dyad} coloured ${tone}`);
	}
	assert.ok(arcs.some((a) => a.dyad === 'PRK>RUS'), 'PRK → RUS is drawn');
	const busiest = arcs.reduce((x, y) => (byKey.get(y.dyad).events > byKey.get(x.dyad).events ? y : x));
	assert.ok(busiest.width >= Math.max(...arcs.map((a) => a.width)) - 0.01,
		`the busiest dyad drawn (${busiest.dyad}) is the widest`);
	assert.equal(await page.$$eval('.result > .table-wrap tbody tr', (rows) => rows.length), dyads.length);
	// Where the events happened: the API's places, shaded and listed.
	const { places } = await api(`places?from=${stats[0].first_day}&to=${stats[0].last_day}&limit=20`);
	assert.ok(places.length >= 3, `${places.length} places`);
	assert.deepEqual(await page.$$eval('.places tbody tr', (rows) => rows.map((r) => r.dataset.place)),
		places.map((p) => p.place));
	const shaded = await page.$$eval('.country.placed', (els) => els.map((el) => el.dataset.place));
	for (const code of shaded) assert.ok(places.some((p) => p.place === code), `${code} is one of the places`);
	assert.ok(shaded.includes(places[0].place), `the busiest place (${places[0].place}) is shaded`);
	await page.click('.table-wrap a:text-is("PRK → RUS")');
	await page.waitForFunction(() => window.__dyadChart, null, WAIT);
	assert.match(page.url(), /#\/timeline\?a=PRK&b=RUS$/);
	await done();
});

test('article: marks the spans the API gives as UTF-8 byte offsets', async () => {
	const { page, done } = await openPage();
	// sample-070 has "chargé" before its event: a span taken as UTF-16
	// offsets would be shifted by one.
	const answer = await api('articles/sample-070');
	const { text, article: id } = answer.article[0];
	const bytes = Buffer.from(text, 'utf8');
	assert.ok(answer.events.length > 0, 'the article has events');
	assert.ok(answer.events.some((e) => bytes.subarray(0, e.source_start).toString() !==
		text.slice(0, e.source_start)), 'a span follows a non-ASCII letter');
	await go(page, `#/article/${id}`);
	await page.waitForSelector('.article-text mark', WAIT);
	// An event the article reports twice (one tuple from two sentences)
	// comes as two rows with one id: its marks are both spans, in order.
	const rowsOf = new Map();
	for (const e of answer.events) rowsOf.set(e.event, [...(rowsOf.get(e.event) || []), e]);
	assert.equal((await textsOf(page, 'button.event-choice')).length, rowsOf.size,
		'one entry per event in the list');
	for (const [event, rows] of rowsOf) {
		for (const role of ['source', 'target', 'trigger', 'location']) {
			const spans = [...new Map(rows.filter((e) => e[`${role}_start`] != null).map((e) => [`${e[`${role}_start`]} ${e[`${role}_end`]}`,
				[e[`${role}_start`], e[`${role}_end`]]])).values()].sort((a, b) => a[0] - b[0]);
			const want = spans.map(([from, to]) => bytes.subarray(from, to).toString('utf8')).join('');
			const got = (await textsOf(page, `.article-text mark[data-${role}~="${event}"]`)).join('');
			assert.equal(got, want, `event ${event}'s ${role}`);
		}
	}
	const backgrounds = await page.evaluate(() => ['source', 'target', 'trigger'].map((r) =>
		getComputedStyle(document.querySelector(`.article-text mark.hl-${r}`)).backgroundColor));
	assert.equal(new Set(backgrounds).size, 3, 'source, target and trigger look different');

	const event = answer.events[0].event;
	await page.click(`button.event-choice[data-event="${event}"]`);
	assert.equal(await page.evaluate(() => document.activeElement.classList.contains('is-chosen')), true);
	assert.match(page.url(), new RegExp(`event=${event}$`));
	const related = await api(`articles/${id}/related?limit=8`);
	await page.waitForSelector('.related li', WAIT);
	assert.deepEqual(await textsOf(page, '.related li a'), related.related.map((r) => r.title || r.ref));
	await done();
});

test('popular: lists the busiest stories, opens one and its article', async () => {
	const { page, done } = await openPage();
	const { stats } = await api('stats');
	const { stories } = await api(`stories?from=${stats[0].first_day}&to=${stats[0].last_day}&limit=20`);
	await go(page, '#/popular');
	await page.waitForSelector('.stories .story', WAIT);
	assert.deepEqual(await textsOf(page, '.result .story-title'), stories.map((s) => s.title));
	const top = stories[0];
	const { articles } = await api(`stories/${top.story}`);
	await page.click(`.result button.story-toggle[data-story="${top.story}"]`);
	await page.waitForSelector(`#story-${top.story}-articles li`, WAIT);
	assert.equal(await page.getAttribute(`.result button[data-story="${top.story}"]`, 'aria-expanded'), 'true');
	assert.deepEqual(await textsOf(page, `#story-${top.story}-articles li a`), articles.map((a) => a.title));
	await page.click(`#story-${top.story}-articles li a >> nth=0`);
	await page.waitForSelector('.article-text', WAIT);
	assert.equal(await page.textContent('main h1'), articles[0].title);
	await done();
});

test('an error of the API is shown, with the server\'s message', async () => {
	const { page, done } = await openPage();
	const response = await fetch(`${BASE}/api/dyads?from=2025-13-01`);
	const { error } = await response.json();
	assert.equal(response.status, 400);
	await go(page, '#/map?from=2025-13-01');
	await page.waitForSelector('#message:not([hidden])', WAIT);
	const message = await page.textContent('#message');
	assert.ok(message.includes(error.message), `"${message}" has "${error.message}"`);
	assert.match(message, /HTTP 400/);
	assert.equal(await page.getAttribute('#message', 'role'), 'alert');

	await go(page, '#/article/999999');
	await page.waitForSelector('#message:not([hidden]) >> text=HTTP 404', WAIT);
	await done();
});

// Each view, ready when its selector shows.
const VIEWS = [
	['map', '#/map', '.dyad-arc'],
	['timeline', '#/timeline?a=PRK&b=RUS', '.uplot canvas'],
	['timeline-events', null, '.bucket-events .event'],
	['focus', '#/focus?actor=PRK', '.charts canvas'],
	['article', '#/article/sample-079', '.article-text mark'],
	['popular', '#/popular', '.stories .story'],
];

for (const [size, viewport] of [['1280x800', DESKTOP], ['390x844', PHONE]]) {
	test(`every view at ${size}: screenshots, and no sideways scrolling of the page`, async () => {
		const { page, done } = await openPage(viewport);
		const month = await busiestMonth();
		for (const [name, hash, ready] of VIEWS) {
			await go(page, hash || `#/timeline?a=PRK&b=RUS&at=${month}`);
			await page.waitForSelector(ready, WAIT);
			await page.waitForTimeout(150);	// the charts follow their box's width
			const { scrollWidth, innerWidth } = await page.evaluate(() => ({
				scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
			assert.ok(scrollWidth <= innerWidth, `${name} at ${size}: the page is ${scrollWidth} px wide in ${innerWidth}`);
			await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${size}.png`), fullPage: true });
		}
		await done();
	});
}
