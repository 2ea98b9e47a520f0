// dates.js - days and the timeline's buckets.  All dates are UTC days
// ("2025-04-28"): dyad stores days, not instants, so local time zones must
// never shift one.
//
// A bucket is labelled as the API labels it: a month "2025-04", an ISO
// week "2025-W17" (or, as dyad's CLI prints it, its Monday "2025-04-28"),
// or a day "2025-04-28".

const DAY_MS = 86400000;

/* "2025-04-28" -> Date at 00:00 UTC, or null when s is not a day. */
export function parseDay(s) {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || '');
	if (!m) return null;
	const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return d.getUTCDate() === +m[3] ? d : null;
}

/* Date -> "2025-04-28" (its UTC day). */
export function dayString(d) {
	return d.toISOString().slice(0, 10);
}

export function addDays(d, n) {
	return new Date(d.getTime() + n * DAY_MS);
}

/* The Monday of ISO week `week` of ISO year `year`: week 1 holds 4 January. */
function isoWeekMonday(year, week) {
	const jan4 = new Date(Date.UTC(year, 0, 4));
	const monday1 = addDays(jan4, -((jan4.getUTCDay() + 6) % 7));
	return addDays(monday1, 7 * (week - 1));
}

/* Date -> "2025-W17", the ISO week (and ISO year) that holds it. */
export function isoWeekLabel(d) {
	const thursday = addDays(d, 3 - ((d.getUTCDay() + 6) % 7));
	const year = thursday.getUTCFullYear();
	const week = 1 + Math.round((thursday - isoWeekMonday(year, 1) - 3 * DAY_MS) / (7 * DAY_MS));
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/* The first day of a bucket (a Date), or null when the label is none that
 * the API gives.  A day label is its own first day, a day's or a week's. */
export function bucketStart(label) {
	let m = /^(\d{4})-(\d{2})$/.exec(label);
	if (m) return new Date(Date.UTC(+m[1], +m[2] - 1, 1));
	m = /^(\d{4})-W(\d{2})$/.exec(label);
	if (m) return isoWeekMonday(+m[1], +m[2]);
	return parseDay(label);
}

/* A bucket's first and last days as { from, to } ("YYYY-MM-DD").  kind
 * ('month', 'week', 'day') tells whether a day label stands for a week. */
export function bucketRange(label, kind) {
	const start = bucketStart(label);
	if (!start) return null;
	let end;
	if (/^\d{4}-\d{2}$/.test(label))
		end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
	else if (/W/.test(label) || kind === 'week')
		end = addDays(start, 6);
	else
		end = start;
	return { from: dayString(start), to: dayString(end) };
}

/* The label of the bucket after `label`, in the same style. */
function nextBucket(label, kind) {
	const start = bucketStart(label);
	if (/^\d{4}-\d{2}$/.test(label)) {
		const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
		return dayString(next).slice(0, 7);
	}
	if (/W/.test(label)) return isoWeekLabel(addDays(start, 7));
	return dayString(addDays(start, kind === 'week' ? 7 : 1));
}

/*
 * Every bucket label from first to last, both included, so that a chart
 * shows quiet buckets as zero rather than drawing across them.  Gives up
 * (returns just the labels it was given) past `max` buckets.
 */
export function bucketSequence(labels, kind, max = 5000) {
	const sorted = [...new Set(labels)].sort((a, b) => bucketStart(a) - bucketStart(b));
	if (sorted.length < 2) return sorted;
	const last = bucketStart(sorted[sorted.length - 1]).getTime();
	const out = [];
	for (let label = sorted[0]; out.length <= max; label = nextBucket(label, kind)) {
		out.push(label);
		if (bucketStart(label).getTime() >= last) return out;
	}
	return sorted;
}

/* "2025-06-01" -> "1 Jun 2025" */
export function formatDay(s) {
	const d = parseDay(s);
	if (!d) return s || '';
	return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/* "1 Jun – 30 Jun 2025"; the first year is left out when both share it. */
export function formatRange(from, to) {
	if (!from || !to || from === to) return formatDay(from || to);
	const a = parseDay(from), b = parseDay(to);
	if (a && b && a.getUTCFullYear() === b.getUTCFullYear())
		return `${a.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })} – ${formatDay(to)}`;
	return `${formatDay(from)} – ${formatDay(to)}`;
}
