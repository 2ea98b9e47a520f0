// views/popular.js - #/popular?from=&to=&limit=[&story=ID]
//
// The busiest stories of a period (GET /api/stories): each story is a
// group of articles telling the same news; its button shows its articles
// (GET /api/stories/ID), asked for when first opened, each linking to the
// article view.  story=ID opens that story above the list.

import { h, replaceChildren } from '../dom.js';
import { apiGet, rowsOf, isAbort } from '../api.js';
import { hrefFor, navigate } from '../router.js';
import { showError, announce } from '../messages.js';
import { createScope } from '../scope.js';
import { getStats } from '../stats.js';
import { formatNumber } from '../format.js';
import { formatDay, formatRange } from '../dates.js';
import { periodForm, periodValues, loadingNote } from '../widgets.js';


const plural = (n, word) => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;

function storyArticles(rows) {
	return h('ul', { class: 'story-articles' }, rows.map((a) => h('li', { dataset: { article: a.article } },
		h('a', { href: hrefFor('article', [a.article]) }, a.title || a.ref || `Article ${a.article}`),
		h('span', { class: 'meta' }, ` ${a.date ? formatDay(a.date) : 'undated'}` +
			`${a.site ? ` · ${a.site}` : ''} · ${plural(a.events, 'event')}` +
			`${a.kind && a.kind !== 'article' ? ` · ${a.kind}` : ''}`))));
}

/*
 * A story as a list item whose button shows or hides its articles; they
 * are asked for on the first opening only.
 */
function storyItem(story, scope, { open = false } = {}) {
	const panelId = `story-${story.story}-articles`;
	const panel = h('div', { class: 'story-panel', id: panelId, hidden: true });
	const button = h('button', { type: 'button', class: 'story-toggle', 'aria-expanded': 'false',
		'aria-controls': panelId, dataset: { story: story.story } },
	h('span', { class: 'story-title' }, story.title || `Story ${story.story}`));
	let loaded = false;
	async function toggle() {
		const opening = button.getAttribute('aria-expanded') !== 'true';
		button.setAttribute('aria-expanded', String(opening));
		panel.hidden = !opening;
		if (!opening || loaded) return;
		loaded = true;
		replaceChildren(panel, loadingNote('its articles'));
		try {
			const answer = await apiGet(`stories/${story.story}`, {}, { signal: scope.signal });
			const articles = answer.articles || [];
			replaceChildren(panel, articles.length ? storyArticles(articles) : h('p', { class: 'empty' }, 'No articles.'));
			announce(`${story.title || 'Story'}: ${plural(articles.length, 'article')}.`);
		} catch (err) {
			if (isAbort(err)) return;
			loaded = false;
			replaceChildren(panel, h('p', { class: 'empty' }, 'Its articles could not be loaded.'));
			showError(err, 'Loading the story');
		}
	}
	button.addEventListener('click', toggle);
	if (open) toggle();
	return h('li', { class: 'story', dataset: { story: story.story } },
		h('h3', { class: 'story-heading' }, button),
		h('p', { class: 'meta' }, `${formatRange(story.first, story.last)} · ${plural(story.articles, 'article')} on ` +
			`${plural(story.sites, 'site')} · ${plural(story.events, 'event')}`),
		panel);
}

export function mount(root, route) {
	const scope = createScope();
	const params = route.params;
	const formSlot = h('div');
	const chosen = h('div');
	const result = h('section', { class: 'result', 'aria-labelledby': 'popular-title' });
	replaceChildren(root,
		h('h1', null, 'Popular stories'),
		h('p', { class: 'lede' }, 'The stories that the most articles and sites told in a period.'),
		formSlot, chosen, result);

	async function loadChosen(id) {
		try {
			const answer = await apiGet(`stories/${encodeURIComponent(id)}`, {}, { signal: scope.signal });
			const story = (answer.story || [])[0];
			if (story) replaceChildren(chosen, h('section', { class: 'chosen-story', 'aria-label': 'Chosen story' },
				h('ol', { class: 'stories' }, storyItem(story, scope, { open: true }))));
		} catch (err) {
			if (!isAbort(err)) showError(err, `Loading story ${id}`);
		}
	}

	async function load() {
		replaceChildren(result, loadingNote('the stories'));
		result.setAttribute('aria-busy', 'true');
		try {
			const stats = await getStats();
			const values = periodValues(params, stats);
			replaceChildren(formSlot, periodForm({ label: 'Period of the stories', values, stats,
				onSubmit: (v) => navigate(hrefFor('popular', [], v)) }));
			const answer = await apiGet('stories', values, { signal: scope.signal });
			const stories = rowsOf(answer, 'stories');
			replaceChildren(result,
				h('h2', { id: 'popular-title' }, formatRange(values.from, values.to)),
				stories.length
					? h('ol', { class: 'stories' }, stories.map((st) => storyItem(st, scope)))
					: h('p', { class: 'empty' }, 'No stories in this period.'));
			announce(`${plural(stories.length, 'story')} loaded.`);
		} catch (err) {
			if (isAbort(err)) return;
			replaceChildren(result, h('p', { class: 'empty' }, 'The stories could not be loaded.'));
			showError(err, 'Loading the stories');
		} finally {
			result.removeAttribute('aria-busy');
		}
	}
	if (params.get('story')) loadChosen(params.get('story'));
	load();
	return { update: () => false, destroy: () => scope.destroy() };
}
