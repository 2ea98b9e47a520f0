// main.js - the dashboard's entry: the header, and one view at a time in
// <main>, chosen by the hash (router.js).  A view module exports
// mount(root, route) -> { update(route), destroy() }; update() takes a
// change of the same view's parameters when it can (returns true), so that
// choosing a bucket does not redraw a whole timeline.

import { h, replaceChildren } from './dom.js';
import { startRouter } from './router.js';
import { clearError, showError } from './messages.js';
import { getStats } from './stats.js';
import { formatNumber } from './format.js';
import { formatRange } from './dates.js';
import * as mapView from './views/map.js';
import * as timelineView from './views/timeline.js';
import * as focusView from './views/focus.js';
import * as popularView from './views/popular.js';
import * as articleView from './views/article.js';

const VIEWS = {
	map: { module: mapView, title: 'Map of dyads' },
	timeline: { module: timelineView, title: 'Timeline' },
	focus: { module: focusView, title: 'Focus' },
	popular: { module: popularView, title: 'Popular stories' },
	article: { module: articleView, title: 'Article' },
};
const LANDING = 'map';

const main = document.getElementById('main');
let current = null;	// { name, controller }
let routed = 0;

function markNav(name) {
	for (const a of document.querySelectorAll('.site-header nav a')) {
		if (a.dataset.view === name) a.setAttribute('aria-current', 'page');
		else a.removeAttribute('aria-current');
	}
}

function notFound(route) {
	replaceChildren(main,
		h('h1', null, 'No such view'),
		h('p', null, `There is no view "${route.view}". `, h('a', { href: '#/' }, 'Go to the map'), '.'));
	return { update: () => false, destroy() {} };
}

function route(r) {
	const name = r.view || LANDING;
	clearError();
	if (current && current.name === name && current.controller.update(r)) return;
	if (current) current.controller.destroy();
	const view = VIEWS[name];
	document.title = `${view ? view.title : 'Not found'} · dyad`;
	markNav(name);
	current = { name, controller: view ? view.module.mount(main, r) : notFound(r) };
	// After a move to another view, start reading (and tabbing) from its
	// heading, as after a page load; not on the first load itself.
	if (routed++ > 0) {
		const heading = main.querySelector('h1');
		if (heading) {
			heading.setAttribute('tabindex', '-1');
			heading.focus({ preventScroll: false });
		}
		window.scrollTo(0, 0);
	}
}

async function showStats() {
	const el = document.getElementById('store-stats');
	try {
		const s = await getStats();
		el.textContent = `${formatNumber(s.articles)} articles · ${formatNumber(s.events)} events` +
			(s.first_day ? ` · ${formatRange(s.first_day, s.last_day)}` : '');
	} catch (err) {
		showError(err, 'Loading the store\'s totals');
	}
}

// The skip link's own href would change the route: move the focus instead.
document.getElementById('skip-link').addEventListener('click', (e) => {
	e.preventDefault();
	main.focus();
});

showStats();
startRouter(route);
