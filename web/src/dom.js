// dom.js - build DOM nodes from plain calls, so that views read as the
// markup they make.  Text always goes in as text nodes: nothing from the
// API is ever parsed as HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

function append(el, children) {
	for (const child of children) {
		if (child == null || child === false) continue;
		if (Array.isArray(child)) append(el, child);
		else if (child instanceof Node) el.appendChild(child);
		else el.appendChild(document.createTextNode(String(child)));
	}
}

function setAttributes(el, attrs) {
	for (const [key, value] of Object.entries(attrs || {})) {
		if (value == null || value === false) continue;
		if (key.startsWith('on') && typeof value === 'function')
			el.addEventListener(key.slice(2).toLowerCase(), value);
		else if (key === 'dataset')
			Object.assign(el.dataset, value);
		else if (key === 'class' && Array.isArray(value))
			el.setAttribute('class', value.filter(Boolean).join(' '));
		else
			el.setAttribute(key, value === true ? '' : String(value));
	}
}

/* h('a', { href: '#/map', class: 'nav' }, 'Map') -> <a href class>Map</a>.
 * Attributes whose value is null or false are left out; onX functions
 * become listeners of event x. */
export function h(tag, attrs, ...children) {
	const el = document.createElement(tag);
	setAttributes(el, attrs);
	append(el, children);
	return el;
}

/* As h(), in the SVG namespace. */
export function s(tag, attrs, ...children) {
	const el = document.createElementNS(SVG_NS, tag);
	setAttributes(el, attrs);
	append(el, children);
	return el;
}

/* Replaces the children of el with children. */
export function replaceChildren(el, ...children) {
	el.textContent = '';
	append(el, children);
	return el;
}
