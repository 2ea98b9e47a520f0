// router.js - hash routes such as #/timeline?a=PRK&b=RUS or #/article/86.
// The hash holds everything a view shows, so a view can be linked to and
// the browser's back button steps through what the user did.

/* '#/article/86?event=3' -> { view: 'article', args: ['86'], params } */
export function parseHash(hash) {
	const raw = (hash || '').replace(/^#\/?/, '');
	const q = raw.indexOf('?');
	const path = q < 0 ? raw : raw.slice(0, q);
	const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
	const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
	return { view: parts[0] || '', args: parts.slice(1), params };
}

/* hrefFor('timeline', [], { a: 'PRK' }) -> '#/timeline?a=PRK'; empty
 * values are left out. */
export function hrefFor(view, args = [], params = {}) {
	const path = [view, ...args.map((a) => encodeURIComponent(String(a)))].join('/');
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(params))
		if (value != null && value !== '') query.set(key, String(value));
	const qs = query.toString();
	return `#/${path}${qs ? `?${qs}` : ''}`;
}

let onRoute = () => {};

/* Calls handler(route) now and on every change of the hash. */
export function startRouter(handler) {
	onRoute = handler;
	window.addEventListener('hashchange', () => onRoute(parseHash(location.hash)));
	onRoute(parseHash(location.hash));
}

/*
 * Goes to href.  replace: change the current history entry instead of
 * adding one (a selection within a view).  Going to the hash already shown
 * routes again, so that a form sent twice reloads its answer.
 */
export function navigate(href, { replace = false } = {}) {
	if (replace) {
		history.replaceState(history.state, '', href);
		onRoute(parseHash(href));
	} else if (location.hash === href) {
		onRoute(parseHash(href));
	} else {
		location.hash = href;
	}
}
