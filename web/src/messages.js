// messages.js - what the dashboard tells the user beside its views: the
// error banner (role="alert", read out at once) and a polite live region
// that announces what a view has loaded.  Both live in index.html so that
// screen readers know them before anything is said.

import { h, replaceChildren } from './dom.js';
import { isAbort } from './api.js';

const banner = () => document.getElementById('message');
const live = () => document.getElementById('live');

/* Shows err (an ApiError or any Error) in the banner.  context says what
 * was being done: "Loading the timeline". */
export function showError(err, context) {
	if (isAbort(err)) return;
	const el = banner();
	const status = err && err.status ? ` (HTTP ${err.status})` : '';
	replaceChildren(el,
		h('p', { class: 'message-text' },
			h('strong', null, context ? `${context} failed${status}: ` : `Error${status}: `),
			err && err.message ? err.message : String(err)),
		h('button', { type: 'button', class: 'message-close', onclick: clearError }, 'Dismiss'));
	el.hidden = false;
	if (!(err && err.status)) console.error(err);
}

export function clearError() {
	const el = banner();
	el.hidden = true;
	el.textContent = '';
}

/* Says text to screen readers, politely: "12 events loaded". */
export function announce(text) {
	const el = live();
	el.textContent = '';
	// A fresh text node after a tick, so that the same words said twice
	// are read twice.
	setTimeout(() => { el.textContent = text; }, 50);
}
