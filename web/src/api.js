// api.js - the one place that talks to dyad serve's JSON API (docs/api.md).
// Every failure becomes an ApiError whose message a person can read: the
// server's own {"error": {"status", "message"}} when it sent one.

export class ApiError extends Error {
	constructor(status, message, path) {
		super(message);
		this.name = 'ApiError';
		this.status = status;	// HTTP status, 0 when no answer came
		this.path = path;
	}
}

/* Builds "/api/PATH?k=v" from params, leaving out empty values. */
export function apiUrl(path, params = {}) {
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(params))
		if (value != null && value !== '') query.set(key, String(value));
	const qs = query.toString();
	return `/api/${path}${qs ? `?${qs}` : ''}`;
}

/*
 * GETs /api/PATH with params and returns the parsed answer.  Throws
 * ApiError on any failure; an AbortError (signal) passes through as it is,
 * since a view that went away wants no message.
 */
export async function apiGet(path, params = {}, { signal } = {}) {
	const url = apiUrl(path, params);
	let response;
	try {
		response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
	} catch (err) {
		if (err.name === 'AbortError') throw err;
		throw new ApiError(0, `The server did not answer (${err.message}).`, url);
	}
	let body = null;
	try {
		body = await response.json();
	} catch (err) {
		if (err.name === 'AbortError') throw err;
		// An answer that is not JSON: say so rather than fail later.
	}
	if (!response.ok || body == null || body.error) {
		const error = body && body.error;
		const status = (error && error.status) || response.status;
		const message = (error && error.message) ||
			(body == null ? `The answer to ${url} is not JSON.` : response.statusText);
		throw new ApiError(status, message, url);
	}
	return body;
}

/* True when err only says that a request was given up on purpose. */
export function isAbort(err) {
	return err && err.name === 'AbortError';
}

/*
 * The rows of table `name` of an answer.  An answer of one table has one
 * array member; should the server name it otherwise than this client
 * expects, that array is still the table's rows.
 */
export function rowsOf(answer, name) {
	if (Array.isArray(answer[name])) return answer[name];
	const arrays = Object.values(answer).filter(Array.isArray);
	return arrays.length === 1 ? arrays[0] : [];
}
