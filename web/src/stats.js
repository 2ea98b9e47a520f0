// stats.js - the store's totals and date range (GET /api/stats), asked
// once: the header shows them and the map and Popular start from the
// range.

import { apiGet, rowsOf } from './api.js';

let pending = null;

/* The one row of GET /api/stats: articles, events, stories, actors,
 * first_day, last_day.  A failure is not kept, so the next call asks
 * again. */
export function getStats() {
	if (!pending) {
		pending = apiGet('stats').then((answer) => rowsOf(answer, 'stats')[0] || {});
		pending.catch(() => { pending = null; });
	}
	return pending;
}
