// format.js - how numbers, codes and classes read on screen.

export const QUAD_CLASSES = {
	1: 'verbal cooperation',
	2: 'material cooperation',
	3: 'verbal conflict',
	4: 'material conflict',
};

/* 1, 2 -> 'coop'; 3, 4 -> 'conflict': the two colours of the dashboard. */
export function quadTone(quad) {
	return quad <= 2 ? 'coop' : 'conflict';
}

/* The tone of a mean Goldstein score: cooperation above zero, conflict
 * below, neutral at zero. */
export function goldsteinTone(g) {
	if (g == null || Math.abs(g) < 0.05) return 'neutral';
	return g > 0 ? 'coop' : 'conflict';
}

export function formatNumber(x, digits = 0) {
	if (x == null || Number.isNaN(x)) return '–';
	return Number(x).toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/* A signed number: "+2.34", "−0.40" (a real minus sign). */
export function formatSigned(x, digits = 2) {
	if (x == null) return '–';
	const s = formatNumber(Math.abs(x), digits);
	return x > 0 ? `+${s}` : x < 0 ? `−${s}` : s;
}

export function formatShare(x) {
	return x == null ? '–' : `${formatNumber(100 * x, 1)} %`;
}

/* p-values as analysts write them: 0.00487 -> "0.0049", tiny -> "< 0.0001". */
export function formatP(p) {
	if (p == null) return '–';
	if (p < 0.0001) return '< 0.0001';
	return p < 0.01 ? p.toPrecision(2) : p.toFixed(3);
}

/* "PRK" with its name when there is one: "North Korea (PRK)". */
export function actorLabel(code, name) {
	return name ? `${name} (${code})` : code || '–';
}
