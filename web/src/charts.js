// charts.js - uPlot set up the dashboard's way: UTC days on the x axis,
// the width of its container (and following it), the palette of style.css.

import uPlot from 'uplot';
import { bucketStart } from './dates.js';

export const COLORS = {
	coop: '#11756f',
	conflict: '#c2410c',
	goldstein: '#5b6470',
	grid: '#e4e7eb',
	axis: '#4b5563',
};

// Okabe and Ito's palette: told apart by colour-blind readers too.
export const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#000000', '#7f7f7f'];

/* Seconds since 1970 of a bucket's first day: uPlot's x values. */
export function bucketSeconds(label) {
	return bucketStart(label).getTime() / 1000;
}

/* Dates shown in UTC whatever the reader's time zone, as dyad's days are. */
const tzDate = (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC');

function axis(label, side, values) {
	const a = {
		side,
		stroke: COLORS.axis,
		grid: { show: side !== 1, stroke: COLORS.grid, width: 1 },
		ticks: { stroke: COLORS.grid, width: 1 },
		size: 44,
		font: '12px system-ui, sans-serif',
		labelFont: '12px system-ui, sans-serif',
	};
	// uPlot takes a key set to undefined as a choice: leave unset ones out.
	if (side === 1) a.scale = 'g';
	if (label) { a.label = label; a.labelSize = 20; }
	if (values) a.values = values;
	return a;
}

/* An x axis with a tick per month bucket (thinned to fit), labelled
 * "Apr", with the year under the first tick and under each January. */
function monthAxis() {
	return {
		...axis(null, 2),
		splits: (u, axisIdx, min, max) => {
			const xs = u.data[0].filter((x) => x >= min && x <= max);
			const room = Math.max(1, Math.floor(u.bbox.width / uPlot.pxRatio / 52));
			const step = Math.ceil(xs.length / room);
			return xs.filter((x, i) => i % step === 0);
		},
		values: (u, ticks) => ticks.map((ts, i) => {
			const d = new Date(ts * 1000);
			const month = d.toLocaleDateString('en-US', { month: 'short', timeZone: 'UTC' });
			return i === 0 || d.getUTCMonth() === 0 ? `${month}\n${d.getUTCFullYear()}` : month;
		}),
	};
}

export const axes = {
	time: (kind) => (kind === 'month' ? monthAxis() : { ...axis(null, 2), space: 60 }),
	left: (label, values) => axis(label, 3, values),
	right: (label, values) => axis(label, 1, values),
};

/*
 * Draws a chart of opts (uPlot options less width and height) and data
 * into container, as wide as the container stays.  Returns { chart,
 * destroy }; the caller destroys it when its view goes.
 */
export function mountChart(container, opts, data) {
	const sizeFor = () => {
		const width = Math.max(260, Math.floor(container.clientWidth));
		return { width, height: width < 560 ? 220 : 300 };
	};
	const chart = new uPlot({ tzDate, ...opts, ...sizeFor() }, data, container);
	let last = container.clientWidth;
	const observer = new ResizeObserver(() => {
		if (Math.abs(container.clientWidth - last) < 1) return;
		last = container.clientWidth;
		chart.setSize(sizeFor());
	});
	observer.observe(container);
	return {
		chart,
		destroy() {
			observer.disconnect();
			chart.destroy();
		},
	};
}
