// scope.js - what a mounted view owns and must give back when it goes:
// its requests (aborted, so a late answer draws nothing on the next view)
// and its charts and listeners.

export function createScope() {
	const controller = new AbortController();
	const cleanups = [];
	return {
		signal: controller.signal,
		get alive() {
			return !controller.signal.aborted;
		},
		onDestroy(fn) {
			cleanups.push(fn);
		},
		destroy() {
			controller.abort();
			while (cleanups.length) cleanups.pop()();
		},
	};
}
