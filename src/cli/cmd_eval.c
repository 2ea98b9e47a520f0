/*
 * cmd_eval.c - `dyad eval`: precision and recall against gold events.
 *
 * A gold file is JSON Lines: one sentence or article per line with `id`,
 * `date`, `text` and `events`, each event {source, target, cameo, mode}.
 * dyad codes every text and matches its events with the gold ones at
 * three levels: source, target and code together; source, target and root
 * code; the root code alone.  It prints precision, recall and F1 for each,
 * counts per root category and per mode, and with --errors the events it
 * missed or added, sentence by sentence.  A gold event may also say where
 * it happened ("location": a state code, or "" for nowhere the sentence
 * names); those are judged on the events matched at source+target+root.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"

#define MAX_EV 64

struct ev {
	char source[24], target[24], cameo[8], mode[16];
	char location[8];       /* a place's state code, "" for none */
	int judge_location;     /* gold: the line says where (or nowhere) */
	int used;
};

struct evlist {
	struct ev v[MAX_EV];
	size_t n;
};

struct tally {
	size_t tp, n_pred, n_gold;
};

/* Why an event is missed or extra at the source+target+root level, by
 * the other side's unmatched events in its sentence: what a dictionary
 * writer must fix differs (an actor, a code, a pattern). */
enum err_kind {
	ERR_TARGET,             /* root and source right, target not */
	ERR_SOURCE,             /* root and target right, source not */
	ERR_BOTH,               /* root right, source and target not */
	ERR_ROOT,               /* source and target right, root not */
	ERR_OTHER,              /* no such neighbour; the sentence has events */
	ERR_ALONE,              /* the sentence has no events on the other side */
	N_ERR_KINDS
};

struct scores {
	struct tally exact, full, dyad_root, root;
	size_t missed[N_ERR_KINDS], extra[N_ERR_KINDS];
	struct tally by_root[21];               /* dyad and root level, per root */
	size_t mode_right, mode_total;
	size_t gold_by_mode[5], right_by_mode[5];
	size_t confusion[5][5];                 /* gold mode, coded mode */
	/* places of fully matched events whose gold says where */
	size_t loc_right, loc_none, loc_spurious, loc_other;
	size_t sentences;
};

static const char eval_help[] =
"usage: dyad eval [OPTIONS] GOLD.jsonl\n"
"\n"
"Code every text of a gold file and compare with its expected events:\n"
"precision, recall and F1 of (source, target, CAMEO code), of (source,\n"
"target, root code) and of the root code alone; counts per root and mode,\n"
"and the modes dyad gave the events it matched (rows gold, columns coded).\n"
"Actors are compared by state or organisation and primary role (the first\n"
"six characters of the code, insurgents and rebels alike); the first line\n"
"compares whole codes.  Events are sets, as in the gold: a tuple dyad\n"
"codes twice in a sentence (two people of one code) counts once.\n"
"Events missed or extra at source+target+root are counted by kind,\n"
"against the unmatched events of the other side in their sentence: a\n"
"wrong target (root and source right), source, both actors, another\n"
"root for the same pair, no counterpart, or alone in the sentence.\n"
"\n"
"Each line: {\"id\", \"date\", \"text\", \"events\": [{\"source\", \"target\",\n"
"\"cameo\", \"mode\", \"location\"}]}; \"mode\" defaults to asserted.  An\n"
"event with a \"location\" (the state code of where it happened, \"\" for\n"
"nowhere the sentence names) has its place judged when it matches at\n"
"source+target+root:\n"
"right, none coded, one coded where there is none, or another state.\n"
"\n"
"options:\n"
"  --dict PATH          dictionaries as for 'dyad code' (default: dyad's own)\n"
"  --dict-format F      auto, native, petrarch or tabari\n"
"  --errors             list missed and extra events per sentence, and\n"
"                       those matched with another mode\n"
"  --format table|jsonl the report's form (default table)\n"
"  -h, --help           this help\n";

static int mode_index(const char *m)
{
	static const char *const names[] = { "asserted", "planned", "conditional",
					     "negated", "speculative" };
	int i;

	for (i = 0; i < 5; i++)
		if (!strcmp(m, names[i]))
			return i;
	return -1;
}

static void copy(char *dst, size_t cap, const char *src)
{
	snprintf(dst, cap, "%s", src ? src : "");
}

static int on_event(const struct dyad_event *e, void *ctx)
{
	struct evlist *l = ctx;
	struct ev *x;
	size_t i;

	if (l->n == MAX_EV)
		return 0;
	/* Gold events are a set of tuples: "met Lavrov and Putin" is one
	 * PRKGOV>RUSGOV 040 there, though dyad keeps both for their spans. */
	for (i = 0; i < l->n; i++)
		if (!strcmp(l->v[i].source, e->source.code ? e->source.code : "") &&
		    !strcmp(l->v[i].target, e->target.code ? e->target.code : "") &&
		    !strcmp(l->v[i].cameo, e->cameo) &&
		    !strcmp(l->v[i].mode, dyad_mode_name(e->mode)))
			return 0;
	x = &l->v[l->n++];
	copy(x->source, sizeof(x->source), e->source.code);
	copy(x->target, sizeof(x->target), e->target.code);
	copy(x->cameo, sizeof(x->cameo), e->cameo);
	copy(x->mode, sizeof(x->mode), dyad_mode_name(e->mode));
	copy(x->location, sizeof(x->location), e->has_location ? e->location.code : NULL);
	x->judge_location = 0;
	x->used = 0;
	return 0;
}

enum level { EXACT, FULL, DYAD_ROOT, ROOT };

/* Actors are compared as a dyad analysis sees them: the state or
 * organisation and its primary role, the first six characters of the
 * code ("PSEINSHMS" is "PSEINS"), with insurgents and rebels one class
 * (dictionaries differ on which a group is).  EXACT compares whole codes. */
static int armed(const char *c)
{
	return strlen(c) >= 6 && (!strncmp(c + 3, "INS", 3) || !strncmp(c + 3, "REB", 3));
}

static int same_actor(const char *a, const char *b, enum level lv)
{
	if (lv == EXACT)
		return !strcmp(a, b);
	if (armed(a) && armed(b))
		return !strncmp(a, b, 3);
	return !strncmp(a, b, 6);
}

static int same(const struct ev *a, const struct ev *b, enum level lv)
{
	if (strncmp(a->cameo, b->cameo, 2))
		return 0;
	if (lv == ROOT)
		return 1;
	if (!same_actor(a->source, b->source, lv) || !same_actor(a->target, b->target, lv))
		return 0;
	return lv == DYAD_ROOT || !strcmp(a->cameo, b->cameo);
}

static size_t match(struct evlist *gold, struct evlist *pred, enum level lv)
{
	size_t i, j, tp = 0;

	for (i = 0; i < gold->n; i++)
		gold->v[i].used = 0;
	for (j = 0; j < pred->n; j++)
		pred->v[j].used = 0;
	for (i = 0; i < gold->n; i++)
		for (j = 0; j < pred->n; j++)
			if (!pred->v[j].used && same(&gold->v[i], &pred->v[j], lv)) {
				gold->v[i].used = pred->v[j].used = 1;
				tp++;
				break;
			}
	return tp;
}

/* The kind of error e is, against the unmatched events of the other
 * side, after a match at the DYAD_ROOT level. */
static enum err_kind err_kind(const struct ev *e, const struct evlist *other)
{
	size_t j;
	int src = 0, tgt = 0, root = 0, pair = 0;

	if (!other->n)
		return ERR_ALONE;
	for (j = 0; j < other->n; j++) {
		const struct ev *o = &other->v[j];
		int s = same_actor(e->source, o->source, DYAD_ROOT);
		int t = same_actor(e->target, o->target, DYAD_ROOT);
		if (o->used)
			continue;
		if (!strncmp(e->cameo, o->cameo, 2)) {
			src |= s;
			tgt |= t;
			root = 1;
		} else {
			pair |= s && t;
		}
	}
	return src ? ERR_TARGET : tgt ? ERR_SOURCE : root ? ERR_BOTH : pair ? ERR_ROOT : ERR_OTHER;
}

static int root_of(const char *cameo)
{
	int r = atoi((char[3]){ cameo[0], cameo[1] ? cameo[1] : 0, 0 });

	return r >= 1 && r <= 20 ? r : 0;
}

static int read_gold(json_t *events, struct evlist *gold, const char *path, long line)
{
	size_t i;
	json_t *e;

	gold->n = 0;
	if (!json_is_array(events)) {
		cli_error("%s:%ld: \"events\" is not a list", path, line);
		return -1;
	}
	json_array_foreach(events, i, e) {
		const char *s = json_string_value(json_object_get(e, "source"));
		const char *t = json_string_value(json_object_get(e, "target"));
		const char *c = json_string_value(json_object_get(e, "cameo"));
		const char *m = json_string_value(json_object_get(e, "mode"));
		json_t *loc = json_object_get(e, "location");
		struct ev *x;
		if (!s || !t || !c || strlen(c) < 2) {
			cli_error("%s:%ld: event %zu needs \"source\", \"target\" and \"cameo\"",
				  path, line, i);
			return -1;
		}
		if (gold->n == MAX_EV)
			break;
		x = &gold->v[gold->n++];
		copy(x->source, sizeof(x->source), s);
		copy(x->target, sizeof(x->target), t);
		copy(x->cameo, sizeof(x->cameo), c);
		copy(x->mode, sizeof(x->mode), m ? m : "asserted");
		if (loc && !json_is_string(loc) && !json_is_null(loc)) {
			cli_error("%s:%ld: event %zu: \"location\" is a state code, \"\" or null",
				  path, line, i);
			return -1;
		}
		x->judge_location = loc != NULL;
		copy(x->location, sizeof(x->location), json_string_value(loc));
	}
	return 0;
}

/* The place is the pair's and the root's, not the subcode's: it is
 * judged on the events paired at source+target+root, as match() pairs
 * them.  pair[i] is gold event i's partner, or -1. */
static void pair_events(struct evlist *gold, struct evlist *pred, int *pair)
{
	size_t i, j;

	match(gold, pred, DYAD_ROOT);
	for (j = 0; j < pred->n; j++)
		pred->v[j].used = 0;
	for (i = 0; i < gold->n; i++) {
		pair[i] = -1;
		if (!gold->v[i].used)
			continue;
		for (j = 0; j < pred->n; j++)
			if (!pred->v[j].used && same(&gold->v[i], &pred->v[j], DYAD_ROOT)) {
				pred->v[j].used = 1;
				pair[i] = (int)j;
				break;
			}
	}
}

static void tally_places(struct scores *sc, struct evlist *gold, struct evlist *pred)
{
	int pair[MAX_EV];
	size_t i;

	pair_events(gold, pred, pair);
	for (i = 0; i < gold->n; i++) {
		const char *g = gold->v[i].location, *c;
		if (pair[i] < 0 || !gold->v[i].judge_location)
			continue;
		c = pred->v[pair[i]].location;
		if (!strcmp(g, c))
			sc->loc_right++;
		else if (!*c)
			sc->loc_none++;
		else if (!*g)
			sc->loc_spurious++;
		else
			sc->loc_other++;
	}
}

static void score(struct scores *sc, struct evlist *gold, struct evlist *pred)
{
	size_t i, j;

	sc->sentences++;
	sc->exact.n_gold += gold->n;
	sc->exact.n_pred += pred->n;
	sc->exact.tp += match(gold, pred, EXACT);
	sc->full.n_gold += gold->n;
	sc->full.n_pred += pred->n;
	sc->dyad_root.n_gold += gold->n;
	sc->dyad_root.n_pred += pred->n;
	sc->root.n_gold += gold->n;
	sc->root.n_pred += pred->n;
	sc->root.tp += match(gold, pred, ROOT);
	sc->dyad_root.tp += match(gold, pred, DYAD_ROOT);
	for (i = 0; i < gold->n; i++) {
		int r = root_of(gold->v[i].cameo);
		sc->by_root[r].n_gold++;
		if (gold->v[i].used)
			sc->by_root[r].tp++;
		else
			sc->missed[err_kind(&gold->v[i], pred)]++;
	}
	for (j = 0; j < pred->n; j++)
		if (!pred->v[j].used)
			sc->extra[err_kind(&pred->v[j], gold)]++;
	for (j = 0; j < pred->n; j++)
		sc->by_root[root_of(pred->v[j].cameo)].n_pred++;
	tally_places(sc, gold, pred);
	sc->full.tp += match(gold, pred, FULL);
	/* Mode is judged on the events that matched in full. */
	for (i = 0; i < gold->n; i++) {
		int m = mode_index(gold->v[i].mode);
		if (m >= 0)
			sc->gold_by_mode[m]++;
		if (!gold->v[i].used)
			continue;
		for (j = 0; j < pred->n; j++)
			if (pred->v[j].used && same(&gold->v[i], &pred->v[j], FULL) &&
			    pred->v[j].used == 1) {
				int pm = mode_index(pred->v[j].mode);
				pred->v[j].used = 2;
				sc->mode_total++;
				if (m >= 0 && pm >= 0)
					sc->confusion[m][pm]++;
				if (!strcmp(gold->v[i].mode, pred->v[j].mode)) {
					sc->mode_right++;
					if (m >= 0)
						sc->right_by_mode[m]++;
				}
				break;
			}
	}
}

static void print_errors(const char *id, const char *text, struct evlist *gold,
			 struct evlist *pred)
{
	size_t i, j;
	int shown = 0, paired[MAX_EV] = { 0 }, pair[MAX_EV];

	pair_events(gold, pred, pair);
	for (i = 0; i < gold->n; i++) {
		const char *g = gold->v[i].location, *c;
		if (pair[i] < 0 || !gold->v[i].judge_location ||
		    !strcmp(g, c = pred->v[pair[i]].location))
			continue;
		if (!shown++)
			printf("%s: %s\n", id, text);
		printf("  place   %s -> %s %s in %s, coded %s\n", gold->v[i].source,
		       gold->v[i].target, gold->v[i].cameo, *g ? g : "none", *c ? c : "none");
	}
	match(gold, pred, FULL);
	for (i = 0; i < gold->n; i++)
		if (!gold->v[i].used) {
			if (!shown++)
				printf("%s: %s\n", id, text);
			printf("  missed  %s -> %s %s %s\n", gold->v[i].source, gold->v[i].target,
			       gold->v[i].cameo, gold->v[i].mode);
		}
	/* matched events whose mode differs, paired as the scores pair them */
	for (i = 0; i < gold->n; i++) {
		if (!gold->v[i].used)
			continue;
		for (j = 0; j < pred->n; j++)
			if (pred->v[j].used && !paired[j] && same(&gold->v[i], &pred->v[j], FULL)) {
				paired[j] = 1;
				if (strcmp(gold->v[i].mode, pred->v[j].mode)) {
					if (!shown++)
						printf("%s: %s\n", id, text);
					printf("  mode    %s -> %s %s %s, coded %s\n", gold->v[i].source,
					       gold->v[i].target, gold->v[i].cameo, gold->v[i].mode,
					       pred->v[j].mode);
				}
				break;
			}
	}
	for (i = 0; i < pred->n; i++)
		if (!pred->v[i].used) {
			if (!shown++)
				printf("%s: %s\n", id, text);
			printf("  extra   %s -> %s %s %s\n", pred->v[i].source, pred->v[i].target,
			       pred->v[i].cameo, pred->v[i].mode);
		}
}

static double ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

static void print_tally(const char *name, const struct tally *t, int jsonl)
{
	double p = ratio(t->tp, t->n_pred), r = ratio(t->tp, t->n_gold);
	double f = p + r > 0 ? 2 * p * r / (p + r) : 0;

	if (jsonl)
		printf("{\"level\":\"%s\",\"precision\":%.3f,\"recall\":%.3f,\"f1\":%.3f,"
		       "\"matched\":%zu,\"predicted\":%zu,\"gold\":%zu}\n",
		       name, p, r, f, t->tp, t->n_pred, t->n_gold);
	else
		printf("%-24s %9.3f %7.3f %7.3f %8zu %10zu %6zu\n", name, p, r, f, t->tp,
		       t->n_pred, t->n_gold);
}

static void report(const struct scores *sc, int jsonl)
{
	static const char *const modes[] = { "asserted", "planned", "conditional",
					     "negated", "speculative" };
	static const char *const kinds[N_ERR_KINDS] = {
		"wrong target", "wrong source", "wrong source and target",
		"other root", "no counterpart", "alone in its sentence" };
	static const char *const kind_keys[N_ERR_KINDS] = {
		"target", "source", "source_target", "root", "no_counterpart", "alone" };
	size_t loc_total = sc->loc_right + sc->loc_none + sc->loc_spurious + sc->loc_other;
	int r, m, k;

	if (!jsonl) {
		printf("%zu sentences\n\n%-24s %9s %7s %7s %8s %10s %6s\n", sc->sentences,
		       "level", "precision", "recall", "f1", "matched", "predicted", "gold");
	}
	print_tally("exact actor codes+code", &sc->exact, jsonl);
	print_tally("source+target+code", &sc->full, jsonl);
	print_tally("source+target+root", &sc->dyad_root, jsonl);
	print_tally("root", &sc->root, jsonl);
	if (jsonl) {
		for (r = 1; r <= 20; r++)
			printf("{\"root\":\"%02d\",\"gold\":%zu,\"predicted\":%zu,\"matched\":%zu}\n", r,
			       sc->by_root[r].n_gold, sc->by_root[r].n_pred, sc->by_root[r].tp);
		for (m = 0; m < 5; m++)
			printf("{\"mode\":\"%s\",\"gold\":%zu,\"right\":%zu}\n", modes[m],
			       sc->gold_by_mode[m], sc->right_by_mode[m]);
		for (k = 0; k < N_ERR_KINDS; k++)
			printf("{\"error\":\"%s\",\"missed\":%zu,\"extra\":%zu}\n", kind_keys[k],
			       sc->missed[k], sc->extra[k]);
		printf("{\"mode_accuracy\":%.3f,\"judged\":%zu}\n",
		       ratio(sc->mode_right, sc->mode_total), sc->mode_total);
		if (loc_total)
			printf("{\"location_accuracy\":%.3f,\"judged\":%zu,\"right\":%zu,"
			       "\"none_coded\":%zu,\"coded_where_none\":%zu,\"other_state\":%zu}\n",
			       ratio(sc->loc_right, loc_total), loc_total, sc->loc_right,
			       sc->loc_none, sc->loc_spurious, sc->loc_other);
		for (m = 0; m < 5; m++) {
			printf("{\"gold_mode\":\"%s\",\"coded\":{", modes[m]);
			for (k = 0; k < 5; k++)
				printf("%s\"%s\":%zu", k ? "," : "", modes[k], sc->confusion[m][k]);
			printf("}}\n");
		}
		return;
	}
	printf("\nper root (source+target+root)\nroot  gold  predicted  matched  recall\n");
	for (r = 1; r <= 20; r++)
		printf("%02d  %6zu  %9zu  %7zu  %6.3f\n", r, sc->by_root[r].n_gold,
		       sc->by_root[r].n_pred, sc->by_root[r].tp,
		       ratio(sc->by_root[r].tp, sc->by_root[r].n_gold));
	printf("\nerrors at source+target+root, by what the sentence's other side has\n"
	       "%-24s %6s %6s\n", "kind", "missed", "extra");
	for (k = 0; k < N_ERR_KINDS; k++)
		printf("%-24s %6zu %6zu\n", kinds[k], sc->missed[k], sc->extra[k]);
	printf("\nmode accuracy on fully matched events: %.3f (%zu of %zu)\n",
	       ratio(sc->mode_right, sc->mode_total), sc->mode_right, sc->mode_total);
	for (m = 0; m < 5; m++)
		printf("  %-12s gold %4zu  right %4zu\n", modes[m], sc->gold_by_mode[m],
		       sc->right_by_mode[m]);
	printf("\nmodes of fully matched events (rows gold, columns coded)\n%-12s", "");
	for (k = 0; k < 5; k++)
		printf(" %11s", modes[k]);
	printf("\n");
	for (m = 0; m < 5; m++) {
		printf("%-12s", modes[m]);
		for (k = 0; k < 5; k++)
			printf(" %11zu", sc->confusion[m][k]);
		printf("\n");
	}
	/* only for gold that says where: the other sets' reports stay as
	 * they were */
	if (loc_total)
		printf("\nplaces of events matched at source+target+root: %.3f (%zu of %zu)\n"
		       "  none coded %zu  coded where none %zu  another state %zu\n",
		       ratio(sc->loc_right, loc_total), sc->loc_right, loc_total, sc->loc_none,
		       sc->loc_spurious, sc->loc_other);
}

int cmd_eval(int argc, char **argv)
{
	struct cli_dicts d;
	struct scores sc;
	dyad_lexicon *lex;
	dyad_coder *coder;
	dyad_error err = { 0, "" };
	const char *path = NULL;
	int i, r, rc, errors = 0, jsonl = 0, status = EXIT_OK;
	FILE *f;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	long lineno = 0;

	memset(&d, 0, sizeof(d));
	memset(&sc, 0, sizeof(sc));
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			fputs(eval_help, stdout);
			return EXIT_OK;
		}
		if ((r = cli_dict_option(&d, argc, argv, &i)) < 0)
			return EXIT_USAGE;
		if (r)
			continue;
		if (!strcmp(argv[i], "--errors"))
			errors = 1;
		else if (!strcmp(argv[i], "--format") && i + 1 < argc) {
			const char *fm = argv[++i];
			if (!strcmp(fm, "jsonl"))
				jsonl = 1;
			else if (strcmp(fm, "table")) {
				cli_error("unknown format '%s' (table or jsonl)", fm);
				return EXIT_USAGE;
			}
		} else if (argv[i][0] == '-' && argv[i][1]) {
			cli_error("eval: unknown option '%s'; see 'dyad eval --help'", argv[i]);
			return EXIT_USAGE;
		} else if (!path)
			path = argv[i];
		else {
			cli_error("eval: one gold file only");
			return EXIT_USAGE;
		}
	}
	if (!path) {
		cli_error("eval: no gold file; see 'dyad eval --help'");
		return EXIT_USAGE;
	}
	f = strcmp(path, "-") ? fopen(path, "r") : stdin;
	if (!f) {
		cli_error("%s: cannot open", path);
		return EXIT_REJECTED;
	}
	if ((rc = cli_load_lexicon(&d, &lex))) {
		if (f != stdin)
			fclose(f);
		return cli_exit_for(rc);
	}
	if ((rc = dyad_coder_new(&coder, lex, &err))) {
		cli_error("%s", err.msg);
		dyad_lexicon_free(lex);
		if (f != stdin)
			fclose(f);
		return cli_exit_for(rc);
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		json_error_t jerr;
		json_t *o;
		struct evlist gold, pred;
		struct dyad_article art;
		const char *text, *date, *id;

		lineno++;
		if (len <= 1)
			continue;
		o = json_loadb(line, (size_t)len, 0, &jerr);
		if (!o) {
			cli_error("%s:%ld: %s", path, lineno, jerr.text);
			status = EXIT_REJECTED;
			continue;
		}
		text = json_string_value(json_object_get(o, "text"));
		date = json_string_value(json_object_get(o, "date"));
		id = json_string_value(json_object_get(o, "id"));
		memset(&art, 0, sizeof(art));
		art.id = id ? id : "?";
		art.text = text;
		art.text_len = text ? strlen(text) : 0;
		if (!text || (date && dyad_date_parse(date, strlen(date), &art.date))) {
			cli_error("%s:%ld: needs a \"text\" and a valid \"date\"", path, lineno);
			json_decref(o);
			status = EXIT_REJECTED;
			continue;
		}
		if (read_gold(json_object_get(o, "events"), &gold, path, lineno)) {
			json_decref(o);
			status = EXIT_REJECTED;
			continue;
		}
		pred.n = 0;
		if (dyad_code(coder, &art, on_event, &pred, &err)) {
			cli_error("%s:%ld: %s", path, lineno, err.msg);
			status = EXIT_REJECTED;
		}
		if (errors)
			print_errors(art.id, text, &gold, &pred);
		score(&sc, &gold, &pred);
		json_decref(o);
	}
	free(line);
	if (f != stdin)
		fclose(f);
	if (errors)
		printf("\n");
	report(&sc, jsonl);
	dyad_coder_free(coder);
	dyad_lexicon_free(lex);
	return status;
}
