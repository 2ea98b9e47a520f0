// build.mjs - build the dashboard into dist/: index.html, app.js (one
// bundle), app.css and world-110m.json (the map's countries).
//
// The map's data is made here, not at run time: world-atlas names countries
// by their ISO 3166-1 numeric codes, dyad by alpha-3 codes (PRKGOV -> PRK),
// so each country gets its alpha-3 code from Debian's iso-codes table and a
// centroid to anchor the dyads' arcs.  Nothing is fetched from the network.
//
// usage: node build.mjs [--watch]

import { build, context } from 'esbuild';
import { readFile, writeFile, mkdir, rm, copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { feature } from 'topojson-client';
import { geoArea, geoCentroid } from 'd3-geo';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const require = createRequire(import.meta.url);

// Debian's iso-codes (package iso-codes; scripts/setup.sh installs it).
const ISO_3166_JSON = process.env.ISO_3166_JSON ||
	'/usr/share/iso-codes/json/iso_3166-1.json';

/* Returns a Map from ISO 3166-1 numeric code ("408") to alpha-3 ("PRK"). */
async function loadNumericToAlpha3(file) {
	let doc;
	try {
		doc = JSON.parse(await readFile(file, 'utf8'));
	} catch (err) {
		throw new Error(`${file}: ${err.message} (install Debian's iso-codes, ` +
			'or set ISO_3166_JSON to its iso_3166-1.json)');
	}
	const table = new Map();
	for (const c of doc['3166-1'] || [])
		if (c.numeric && c.alpha_3) table.set(c.numeric, c.alpha_3);
	if (table.size < 200)
		throw new Error(`${file}: only ${table.size} countries with numeric and alpha-3 codes`);
	return table;
}

/*
 * The anchor of a country's arcs: the centroid of its largest polygon, so
 * that Alaska does not pull the USA's into Canada, nor French Guiana
 * France's into the Atlantic.
 */
function anchorOf(geometry) {
	if (geometry.type !== 'MultiPolygon') return geoCentroid(geometry);
	let best = null, bestArea = -1;
	for (const coordinates of geometry.coordinates) {
		const polygon = { type: 'Polygon', coordinates };
		const area = geoArea(polygon);
		if (area > bestArea) { best = polygon; bestArea = area; }
	}
	return geoCentroid(best);
}

/*
 * Writes world-atlas's 110m countries with alpha-3 ids and an anchor per
 * country ([lon, lat], 2 decimals).  The few shapes without a numeric code
 * (N. Cyprus, Somaliland, Kosovo) stay, without an id: dyad codes none of
 * them.
 */
async function writeWorld(outFile) {
	const numericToAlpha3 = await loadNumericToAlpha3(ISO_3166_JSON);
	const topology = JSON.parse(await readFile(
		require.resolve('world-atlas/countries-110m.json'), 'utf8'));
	const countries = topology.objects.countries;
	const features = feature(topology, countries).features;
	let unnamed = 0;
	countries.geometries.forEach((g, i) => {
		const alpha3 = numericToAlpha3.get(g.id);
		if (!alpha3) { delete g.id; unnamed++; return; }
		g.id = alpha3;
		const [lon, lat] = anchorOf(features[i].geometry);
		g.properties = { name: g.properties.name,
			anchor: [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100] };
	});
	delete topology.objects.land;	// the countries cover it
	await writeFile(outFile, JSON.stringify(topology));
	return { countries: countries.geometries.length, unnamed };
}

const esbuildOptions = {
	entryPoints: { app: path.join(here, 'src/main.js'),
		style: path.join(here, 'src/style.css') },
	outdir: dist,
	entryNames: '[name]',
	bundle: true,
	format: 'esm',
	target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
	minify: true,
	legalComments: 'eof',
	logLevel: 'warning',
};

async function main() {
	const watch = process.argv.includes('--watch');
	await rm(dist, { recursive: true, force: true });
	await mkdir(dist, { recursive: true });
	const world = await writeWorld(path.join(dist, 'world-110m.json'));
	await copyFile(path.join(here, 'src/index.html'), path.join(dist, 'index.html'));
	if (watch) {
		const ctx = await context(esbuildOptions);
		await ctx.watch();
		console.log('build: watching src/');
		return;
	}
	await build(esbuildOptions);
	console.log(`build: dist/ written (${world.countries} countries, ` +
		`${world.unnamed} without an ISO code)`);
}

main().catch((err) => {
	console.error(`build: ${err.message}`);
	process.exit(1);
});
