/*
 * test_store_query.c - each question on a small store filled with known
 * events: events and their filters, dyads, timelines, focus shifts (a
 * synthetic corpus in which North Korea's cooperation moves from the
 * United States to Russia), stories, related stories, the GDELT export
 * and the report.
 *
 * The store is written once per group (setup) through the store's own
 * API with events made here, not by the coder.
 */
#include "unit.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

struct fixture {
	char dir[64];
	char db[128];
	dyad_store *st;
};

struct ev {
	const char *source, *target, *cameo;
	int quad;
	double goldstein;
	int mode;
};

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	return remove(path);
}

/* ---- capturing answers ------------------------------------------------- */

#define CAP_TEXT (1 << 18)

struct capture {
	char names[16][32];
	const char *cols[16][80];
	size_t n_cols[16];
	size_t n_rows[16];
	size_t n_tables;
	char *text;             /* "table|v|v|...\n" per row */
	size_t len;
};

static int cap_table(void *ctx, const char *name, const char *const *cols, size_t n)
{
	struct capture *c = ctx;
	size_t i;

	assert_true(c->n_tables < 16 && n <= 80);
	snprintf(c->names[c->n_tables], 32, "%s", name);
	for (i = 0; i < n; i++)
		c->cols[c->n_tables][i] = strdup(cols[i]);
	c->n_cols[c->n_tables] = n;
	c->n_rows[c->n_tables++] = 0;
	return 0;
}

static void cap_add(struct capture *c, const char *s)
{
	size_t n = strlen(s);

	assert_true(c->len + n + 1 < CAP_TEXT);
	memcpy(c->text + c->len, s, n + 1);
	c->len += n;
}

static int cap_row(void *ctx, const struct dyad_value *v, size_t n)
{
	struct capture *c = ctx;
	char cell[512];
	size_t i;

	c->n_rows[c->n_tables - 1]++;
	cap_add(c, c->names[c->n_tables - 1]);
	for (i = 0; i < n; i++) {
		if (v[i].type == DYAD_VINT)
			snprintf(cell, sizeof(cell), "|%lld", (long long)v[i].i);
		else if (v[i].type == DYAD_VREAL && v[i].digits >= 0)
			snprintf(cell, sizeof(cell), "|%.*f", v[i].digits, v[i].r);
		else if (v[i].type == DYAD_VREAL)
			snprintf(cell, sizeof(cell), "|%.3g", v[i].r);
		else if (v[i].type == DYAD_VTEXT)
			snprintf(cell, sizeof(cell), "|%s", v[i].s);
		else
			snprintf(cell, sizeof(cell), "|");
		cap_add(c, cell);
	}
	cap_add(c, "\n");
	return 0;
}

static void cap_free(struct capture *c)
{
	size_t t, i;

	for (t = 0; t < c->n_tables; t++)
		for (i = 0; i < c->n_cols[t]; i++)
			free((char *)c->cols[t][i]);
	free(c->text);
	free(c);
}

static struct capture *ask(void **state,
			   int (*fn)(dyad_store *, const struct dyad_query *,
				     const struct dyad_sink *, dyad_error *),
			   const struct dyad_query *q)
{
	struct fixture *f = *state;
	struct capture *c = calloc(1, sizeof(*c));
	struct dyad_sink sink = { cap_table, cap_row, c };
	dyad_error err = { 0, "" };

	c->text = calloc(1, CAP_TEXT);
	c->text[0] = '\0';
	if (fn(f->st, q, &sink, &err))
		fail_msg("query: %s", err.msg);
	return c;
}

static void has(const struct capture *c, const char *line)
{
	if (!strstr(c->text, line))
		fail_msg("no \"%s\" in:\n%s", line, c->text);
}

static void lacks(const struct capture *c, const char *line)
{
	if (strstr(c->text, line))
		fail_msg("\"%s\" should not be in:\n%s", line, c->text);
}

static size_t rows(const struct capture *c, const char *table)
{
	size_t t;

	for (t = 0; t < c->n_tables; t++)
		if (!strcmp(c->names[t], table))
			return c->n_rows[t];
	fail_msg("no table %s", table);
	return 0;
}

/* ---- the store ------------------------------------------------------------ */

static void add(dyad_store *st, const char *id, const char *site, const char *date,
		const char *title, const char *text, const struct ev *evs, size_t n)
{
	struct dyad_article art;
	struct dyad_date d;
	dyad_error err = { 0, "" };
	size_t i;

	memset(&art, 0, sizeof(art));
	art.id = id;
	art.site = site;
	art.title = title;
	art.text = text;
	art.text_len = strlen(text);
	assert_int_equal(dyad_date_parse(date, strlen(date), &d), DYAD_OK);
	art.date = d;
	art.origin = "test";
	if (dyad_store_article_begin(st, &art, &err) != 1)
		fail_msg("begin %s: %s", id, err.msg);
	for (i = 0; i < n; i++) {
		struct dyad_event e;
		char root[3];
		memset(&e, 0, sizeof(e));
		e.article = &art;
		e.sentence = (uint32_t)i;
		e.text = text;
		e.text_len = strlen(text);
		e.source.code = evs[i].source;
		e.source.end = 5;
		e.target.code = evs[i].target;
		e.target.start = 6;
		e.target.end = 10;
		e.trigger.start = 11;
		e.trigger.end = 14;
		e.cameo = evs[i].cameo;
		memcpy(root, evs[i].cameo, 2);
		root[2] = '\0';
		e.root = root;
		e.quad_class = evs[i].quad;
		e.goldstein = evs[i].goldstein;
		e.plover = evs[i].quad <= 2 ? "COOPERATE" : "ACCUSE";
		e.mode = (enum dyad_mode)evs[i].mode;
		e.date = d;
		assert_int_equal(dyad_store_add_event(&e, st), 0);
	}
	if (dyad_store_article_end(st, &err))
		fail_msg("end %s: %s", id, err.msg);
}

/* Distinct filler, so that no two articles are near duplicates. */
static const char *const fillers[] = {
	"amber", "basalt", "cedar", "delta", "ember", "fjord", "garnet", "harbor",
	"indigo", "juniper", "kestrel", "lagoon", "meadow", "nectar", "onyx", "prairie",
	"quartz", "raven", "sierra", "tundra", "umber", "valley", "willow", "xenon",
	"yarrow", "zephyr",
};

static void filler_text(char *out, size_t size, const char *lead, int k)
{
	size_t len = (size_t)snprintf(out, size, "%s ", lead);
	int i;

	for (i = 0; i < 12; i++)
		len += (size_t)snprintf(out + len, size - len, "%s%d ",
					fillers[(k * 7 + i * 3) % 26], k * 13 + i);
}

/*
 * The focus corpus: North Korea's cooperative events (quad 1-2), January
 * to June 2025.  January-March: 10 to the United States, 2 to Russia, 3
 * to China; April-June: 1 to the United States, 11 to Russia, 3 to China.
 * Conflict: 4 to South Korea each half.  Plus a planned visit, a negated
 * one and Russia's own events towards North Korea.
 */
static void fill_focus(dyad_store *st)
{
	static const struct {
		const char *target;
		int n, half;
	} plan[] = {
		{ "USA", 10, 0 }, { "RUSGOV", 2, 0 }, { "CHN", 3, 0 },
		{ "USAGOV", 1, 1 }, { "RUS", 11, 1 }, { "CHNGOV", 3, 1 },
	};
	char id[32], date[32], text[512], lead[128];
	size_t p;
	int k = 0, i, half;

	for (p = 0; p < sizeof(plan) / sizeof(plan[0]); p++)
		for (i = 0; i < plan[p].n; i++, k++) {
			struct ev e = { "PRKGOV", plan[p].target, "042", 1, 1.9, 0 };
			snprintf(id, sizeof(id), "coop%d", k);
			snprintf(date, sizeof(date), "2025-%02d-%02d", 1 + plan[p].half * 3 + i % 3,
				 1 + i % 28);
			snprintf(lead, sizeof(lead), "North Korea's envoy visited %s.", plan[p].target);
			filler_text(text, sizeof(text), lead, k);
			add(st, id, i % 2 ? "b.example" : "a.example", date, id, text, &e, 1);
		}
	for (half = 0; half < 2; half++)
		for (i = 0; i < 4; i++, k++) {
			struct ev e = { "PRKMIL", "KOR", "112", 3, -2.0, 0 };
			snprintf(id, sizeof(id), "conf%d", k);
			snprintf(date, sizeof(date), "2025-%02d-15", 1 + half * 3 + i % 3);
			filler_text(text, sizeof(text), "North Korea's army accused South Korea.", k);
			add(st, id, "c.example", date, id, text, &e, 1);
		}
	{
		struct ev e[3] = {
			{ "PRKGOV", "JPN", "042", 1, 1.9, DYAD_MODE_PLANNED },
			{ "PRKGOV", "JPN", "042", 1, 1.9, DYAD_MODE_NEGATED },
			{ "RUSGOV", "PRKGOV", "043", 1, 2.8, 0 },
		};
		filler_text(text, sizeof(text), "North Korea will visit Japan, or not.", k++);
		add(st, "modes", "a.example", "2025-02-10", "modes", text, e, 3);
	}
}

/* Two stories about nuclear talks, one about a football match, for the
 * full-text questions. */
static void fill_related(dyad_store *st)
{
	static const struct ev e = { "USA", "IRN", "036", 1, 4.0, 0 };

	add(st, "nuke1", "a.example", "2025-03-03", "Nuclear talks resume in Oman",
	    "Negotiators from Washington and Tehran met in Muscat to resume nuclear "
	    "talks about uranium enrichment limits and sanctions relief.", &e, 1);
	add(st, "nuke2", "b.example", "2025-03-20", "Enrichment limits dominate second round",
	    "A second round of nuclear negotiations on uranium enrichment ended in Muscat "
	    "without agreement on sanctions relief, diplomats said.", NULL, 0);
	add(st, "ball", "c.example", "2025-03-21", "Cup final goes to penalties",
	    "The football final in Madrid went to penalties after a goalless draw watched "
	    "by eighty thousand fans.", NULL, 0);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	dyad_lexicon *lex = NULL;
	dyad_error err = { 0, "" };
	char path[192];
	FILE *fp;

	if (!f)
		return -1;
	snprintf(f->dir, sizeof(f->dir), "/tmp/dyad-query-XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->db, sizeof(f->db), "%s/q.db", f->dir);
	snprintf(path, sizeof(path), "%s/names.dict", f->dir);
	if (!(fp = fopen(path, "w")))
		return -1;
	fputs("actor North Korea = PRK\nactor Russia = RUS\nactor United States = USA\n"
	      "actor China = CHN\nactor South Korea = KOR\nactor Japan = JPN\n", fp);
	fclose(fp);
	if (dyad_lexicon_new(&lex, NULL, &err) ||
	    dyad_lexicon_load(lex, path, DYAD_DICT_NATIVE, &err) ||
	    dyad_store_open(&f->st, f->db, DYAD_STORE_WRITE, NULL, &err) ||
	    dyad_store_ingest_begin(f->st, lex, &err)) {
		fprintf(stderr, "setup: %s\n", err.msg);
		return -1;
	}
	fill_focus(f->st);
	fill_related(f->st);
	if (dyad_store_close(f->st, &err) ||
	    dyad_store_open(&f->st, f->db, DYAD_STORE_READ, NULL, &err)) {
		fprintf(stderr, "setup: %s\n", err.msg);
		return -1;
	}
	dyad_lexicon_free(lex);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	dyad_store_close(f->st, NULL);
	nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(f);
	return 0;
}

/* ---- events --------------------------------------------------------------------- */

static void test_events_country_and_exact(void **state)
{
	struct dyad_query q;
	struct capture *c;

	dyad_query_init(&q);
	q.brief = 1;
	/* A 3-letter state code gathers its actors: USA and USAGOV. */
	q.target = "USA";
	c = ask(state, dyad_query_events, &q);
	assert_int_equal(rows(c, "events"), 11);
	has(c, "|PRKGOV|USAGOV|042|Make a visit|asserted|1|1|");
	cap_free(c);
	/* A longer code matches exactly. */
	q.target = "USAGOV";
	c = ask(state, dyad_query_events, &q);
	assert_int_equal(rows(c, "events"), 1);
	cap_free(c);
	q.target = NULL;
	q.actor = "prk";        /* any case */
	c = ask(state, dyad_query_events, &q);
	/* 30 cooperative, 8 conflictual, the visit to Japan (planned, then
	 * negated: one event) and Russia's towards North Korea. */
	assert_int_equal(rows(c, "events"), 40);
	cap_free(c);
	q.actor = NULL;
	q.source = "RUS";
	c = ask(state, dyad_query_events, &q);
	assert_int_equal(rows(c, "events"), 1);
	has(c, "|RUSGOV|PRKGOV|043|Host a visit|asserted|");
	cap_free(c);
}

static void test_events_filters(void **state)
{
	struct dyad_query q;
	struct capture *c;

	dyad_query_init(&q);
	q.brief = 1;
	q.quad_class = 3;
	c = ask(state, dyad_query_events, &q);
	assert_int_equal(rows(c, "events"), 8);
	cap_free(c);
	q.quad_class = 0;
	q.root = "11";
	q.from = "2025-04-01";
	c = ask(state, dyad_query_events, &q);
	assert_int_equal(rows(c, "events"), 4);
	cap_free(c);
	dyad_query_init(&q);
	q.cameo = "036";
	q.plover = "cooperate";
	c = ask(state, dyad_query_events, &q);
	assert_int_equal(rows(c, "events"), 1);
	has(c, "|USA|United States|");
	cap_free(c);
	dyad_query_init(&q);
	q.mode = DYAD_MODE_NEGATED;
	c = ask(state, dyad_query_events, &q);
	assert_int_equal(rows(c, "events"), 1);
	has(c, "|negated|");
	cap_free(c);
	dyad_query_init(&q);
	q.article = "modes";
	c = ask(state, dyad_query_events, &q);
	/* The planned and the negated visit share a key: one event. */
	assert_int_equal(rows(c, "events"), 2);
	cap_free(c);
	q.mentions = 1;
	c = ask(state, dyad_query_events, &q);
	assert_int_equal(rows(c, "events"), 3);
	cap_free(c);
	dyad_query_init(&q);
	q.text = "uranium AND muscat";
	c = ask(state, dyad_query_events, &q);
	assert_int_equal(rows(c, "events"), 1);
	cap_free(c);
	q.to = "2025-01-31";
	c = ask(state, dyad_query_events, &q);
	assert_int_equal(rows(c, "events"), 0);
	cap_free(c);
	dyad_query_init(&q);
	q.limit = 5;
	c = ask(state, dyad_query_events, &q);
	assert_int_equal(rows(c, "events"), 5);
	/* In order of day: the first is on January 1st. */
	has(c, "events|1|1|2025-01-01|day|2025-01-01|PRKGOV|");
	cap_free(c);
}

static void test_events_bad_text_query(void **state)
{
	struct fixture *f = *state;
	struct dyad_query q;
	struct dyad_sink sink = { cap_table, cap_row, NULL };
	struct capture *c = calloc(1, sizeof(*c));
	dyad_error err = { 0, "" };

	c->text = calloc(1, CAP_TEXT);
	sink.ctx = c;
	dyad_query_init(&q);
	q.text = "\"unbalanced";
	assert_int_equal(dyad_query_events(f->st, &q, &sink, &err), DYAD_EUSAGE);
	assert_non_null(strstr(err.msg, "--text"));
	dyad_query_init(&q);
	q.actor = "P-K";
	assert_int_equal(dyad_query_events(f->st, &q, &sink, &err), DYAD_EUSAGE);
	assert_non_null(strstr(err.msg, "not an actor code"));
	cap_free(c);
}

/* ---- dyads and timeline ------------------------------------------------------------ */

static void test_dyads(void **state)
{
	struct dyad_query q;
	struct capture *c;

	dyad_query_init(&q);
	q.mode = DYAD_MODE_ASSERTED;
	c = ask(state, dyad_query_dyads, &q);
	/* Countries: PRK>RUS 13 verbal cooperation events, mean 1.9. */
	has(c, "dyads|PRK|North Korea|RUS|Russia|13|13|0|0|0|1.90|2025-01-01|2025-06-09\n");
	has(c, "dyads|PRK|North Korea|USA|United States|11|11|0|0|0|1.90|");
	has(c, "dyads|PRK|North Korea|KOR|South Korea|8|0|0|8|0|-2.00|");
	/* The negated and planned visits to Japan are not asserted. */
	lacks(c, "|JPN|");
	assert_true(strstr(c->text, "|RUS|Russia|13|") < strstr(c->text, "|USA|United States|11|"));
	cap_free(c);
	q.by_actor = 1;
	q.limit = 2;
	c = ask(state, dyad_query_dyads, &q);
	assert_int_equal(rows(c, "dyads"), 2);
	has(c, "dyads|PRKGOV|North Korea government|RUS|Russia|11|");
	cap_free(c);
}

static void test_timeline(void **state)
{
	struct dyad_query q;
	struct capture *c;

	dyad_query_init(&q);
	q.a = "PRK";
	q.b = "RUS";
	c = ask(state, dyad_query_timeline, &q);
	has(c, "timeline|2025-01|PRK>RUS|1|1|0|0|0|1.9|0|0|0|0\n");
	has(c, "timeline|2025-02|RUS>PRK|1|1|0|0|0|2.8|0|0|0|0\n");
	has(c, "timeline|2025-04|PRK>RUS|4|4|0|0|0|7.6|0|0|0|0\n");
	cap_free(c);
	q.b = "JPN";
	q.bucket = DYAD_BUCKET_WEEK;
	c = ask(state, dyad_query_timeline, &q);
	/* 2025-02-10 is a Monday: the planned and the negated visit are
	 * one event, counted under its first mode. */
	has(c, "timeline|2025-02-10|PRK>JPN|0|0|0|0|0|0.0|1|0|0|0\n");
	cap_free(c);
	q.b = "RUS";
	q.bucket = DYAD_BUCKET_DAY;
	q.from = "2025-02-10";
	q.to = "2025-02-10";
	c = ask(state, dyad_query_timeline, &q);
	assert_int_equal(rows(c, "timeline"), 1);
	has(c, "timeline|2025-02-10|RUS>PRK|1|");
	cap_free(c);
}

/* ---- focus ------------------------------------------------------------------------------ */

static void test_focus_flags_the_shift(void **state)
{
	struct dyad_query q;
	struct capture *c;

	dyad_query_init(&q);
	q.a = "PRK";
	q.mode = DYAD_MODE_ASSERTED;
	c = ask(state, dyad_query_focus, &q);
	assert_int_equal(rows(c, "focus"), 1);
	/* Halves by count: North Korea's 38 events, the 20th on 2025-04-01. */
	has(c, "focus|PRK|North Korea|out|asserted|2025-01-01|2025-03-31|2025-04-01|2025-06-15|"
	       "15|15|4|4|two-proportion z-test (pooled, two-sided)|Holm|0.05|8|4\n");
	/* Exactly the move from the United States to Russia. */
	/* RUS: 2/15 -> 11/15, pooled 13/30, z = 0.6 / 0.1809 = 3.32 */
	has(c, "partners|cooperative|RUS|Russia|2|0.133|11|0.733|0.600|3.32|0.000913|0.00274|up\n");
	has(c, "partners|cooperative|USA|United States|10|0.667|1|0.067|-0.600|-3.41|0.00065|"
	       "0.0026|down\n");
	has(c, "partners|cooperative|CHN|China|3|0.200|3|0.200|0.000|0.00|1|1|\n");
	/* South Korea's share of the conflict cannot move: it is all of it. */
	has(c, "partners|conflictual|KOR|South Korea|4|1.000|4|1.000|0.000|0.00|1|1|\n");
	/* Evidence: two sentences from each period for each shift (the
	 * United States has only one in the second). */
	/* Over all events the same move: the second family of tests. */
	has(c, "partners|all|RUS|Russia|");
	has(c, "partners|all|USA|United States|");
	assert_int_equal(rows(c, "evidence"), 14);
	has(c, "evidence|PRK|cooperative|RUS|up|1|2025-01-");
	has(c, "evidence|PRK|cooperative|RUS|up|2|2025-04-");
	has(c, "North Korea's envoy visited RUS.");
	has(c, "evidence|PRK|cooperative|USA|down|1|");
	/* Shares over time, by month. */
	has(c, "shares|2025-01|cooperative|USA|");
	has(c, "shares|2025-04|cooperative|RUS|4|");
	cap_free(c);
}

static void test_focus_split_and_fisher(void **state)
{
	struct dyad_query q;
	struct capture *c;

	dyad_query_init(&q);
	q.a = "PRK";
	q.mode = DYAD_MODE_ASSERTED;
	q.split = "2025-04-01";
	q.test = DYAD_TEST_FISHER;
	c = ask(state, dyad_query_focus, &q);
	has(c, "|2025-01-01|2025-03-31|2025-04-01|2025-06-15|15|15|4|4|Fisher's exact test "
	       "(two-sided)|Holm|0.05|8|4\n");
	/* Fisher: [[2, 13], [11, 4]] two-sided p = 0.00251 */
	has(c, "partners|cooperative|RUS|Russia|2|0.133|11|0.733|0.600|3.32|0.00251|0.00753|up\n");
	cap_free(c);
	/* Too few events to test anything: no shifts, said plainly. */
	q.min_events = 100;
	c = ask(state, dyad_query_focus, &q);
	has(c, "|0|0\n");
	assert_int_equal(rows(c, "evidence"), 0);
	cap_free(c);
	/* Russia's events, towards North Korea only: nothing to compare. */
	dyad_query_init(&q);
	q.a = "RUS";
	c = ask(state, dyad_query_focus, &q);
	has(c, "focus|RUS|Russia|out|any|2025-02-10|||2025-02-10|1|0|0|0|");
	cap_free(c);
}

/* An actor whose partners keep their shares has no shift. */
static void test_focus_stable(void **state)
{
	struct dyad_query q;
	struct capture *c;

	dyad_query_init(&q);
	q.a = "PRK";
	q.direction = DYAD_DIR_BOTH;
	q.from = "2025-04-01";
	c = ask(state, dyad_query_focus, &q);
	/* April-June alone, split halfway: Russia stays on top. */
	lacks(c, "|up\n");
	lacks(c, "|down\n");
	cap_free(c);
}

/* ---- stories, related, export, report ------------------------------------------------------ */

static void test_stories(void **state)
{
	struct dyad_query q;
	struct capture *c;

	dyad_query_init(&q);
	q.limit = 3;
	c = ask(state, dyad_query_story, &q);
	assert_int_equal(rows(c, "stories"), 3);
	cap_free(c);
	q.story = 1;
	c = ask(state, dyad_query_story, &q);
	has(c, "story|1|1|1|1|2025-01-01|2025-01-01|coop0\n");
	has(c, "articles|1|article|coop0|2025-01-01|a.example|1||coop0\n");
	cap_free(c);
}

static void test_related(void **state)
{
	struct dyad_query q;
	struct capture *c;

	dyad_query_init(&q);
	q.article = "nuke1";
	c = ask(state, dyad_query_related, &q);
	/* The other nuclear story first; the football match far behind if
	 * at all. */
	assert_true(rows(c, "related") >= 1);
	{
		const char *line = strstr(c->text, "related|");
		size_t n = strcspn(line, "\n");
		char first[512];
		snprintf(first, sizeof(first), "%.*s", (int)n, line);
		if (!strstr(first, "|nuke2|"))
			fail_msg("the first related story is not nuke2's: %s", first);
	}
	lacks(c, "|nuke1|");
	lacks(c, "|ball|");
	cap_free(c);
}

static void test_gdelt(void **state)
{
	static const char *const first[] = {
		"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code",
		"Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	};
	struct dyad_query q;
	struct capture *c;
	size_t i;

	dyad_query_init(&q);
	q.source = "PRKGOV";
	q.target = "RUS";
	q.limit = 1;
	c = ask(state, dyad_query_gdelt, &q);
	assert_int_equal(c->n_cols[0], 61);
	for (i = 0; i < sizeof(first) / sizeof(first[0]); i++)
		assert_string_equal(c->cols[0][i], first[i]);
	assert_string_equal(c->cols[0][25], "IsRootEvent");
	assert_string_equal(c->cols[0][26], "EventCode");
	assert_string_equal(c->cols[0][34], "AvgTone");
	assert_string_equal(c->cols[0][59], "DATEADDED");
	assert_string_equal(c->cols[0][60], "SOURCEURL");
	has(c, "gdelt|11|20250101|202501|2025|2025.0000|PRKGOV|NORTH KOREA GOVERNMENT|PRK|||||GOV|||"
	       "RUSGOV|RUSSIA GOVERNMENT|RUS|||||GOV|||1|042|042|04|1|1.9|1|1|1|"
	       "||||||||||||||||||||||||||coop10\n");
	cap_free(c);
	/* 2025-04-01 is day 91 of 2025: 2025 + 90/365. */
	q.source = NULL;
	q.target = "USAGOV";
	c = ask(state, dyad_query_gdelt, &q);
	has(c, "|20250401|202504|2025|2025.2466|");
	cap_free(c);
}

static void test_report(void **state)
{
	static const char *const tables[] = { "summary", "dyads", "places", "shifts", "evidence",
					      "stories" };
	struct dyad_query q;
	struct capture *c;
	size_t i;

	dyad_query_init(&q);
	q.mode = DYAD_MODE_ASSERTED;
	c = ask(state, dyad_query_report, &q);
	assert_int_equal(c->n_tables, 6);
	for (i = 0; i < 6; i++)
		assert_string_equal(c->names[i], tables[i]);
	/* 42 articles; 41 events in 42 reports (the visit to Japan twice);
	 * every article its own story; sites a, b, c. */
	has(c, "summary|42|0|41|42|42|3|2025-01-01|2025-06-15|"
	       "two-proportion z-test (pooled, two-sided)|Holm, per actor|0.05\n");
	/* The shifts, within the cooperative class and over all events;
	 * shares that did not move are not listed. */
	has(c, "shifts|PRK|North Korea|cooperative|USA|United States|2025-04-01|10|0.667|1|"
	       "0.067|-0.600|0.0026|yes\nshifts|PRK|North Korea|cooperative|RUS|Russia|"
	       "2025-04-01|2|0.133|11|0.733|0.600|0.00274|yes\n");
	has(c, "shifts|PRK|North Korea|all|USA|United States|2025-04-01|10|0.526|1|0.053|");
	has(c, "shifts|PRK|North Korea|all|RUS|Russia|2025-04-01|");
	lacks(c, "|CHN|China|3|0.200|3|0.200|");
	has(c, "evidence|PRK|cooperative|RUS|up|2|2025-04-");
	assert_int_equal(rows(c, "stories"), 5);
	cap_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_events_country_and_exact),
		cmocka_unit_test(test_events_filters),
		cmocka_unit_test(test_events_bad_text_query),
		cmocka_unit_test(test_dyads),
		cmocka_unit_test(test_timeline),
		cmocka_unit_test(test_focus_flags_the_shift),
		cmocka_unit_test(test_focus_split_and_fisher),
		cmocka_unit_test(test_focus_stable),
		cmocka_unit_test(test_stories),
		cmocka_unit_test(test_related),
		cmocka_unit_test(test_gdelt),
		cmocka_unit_test(test_report),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
