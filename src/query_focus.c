/*
 * query_focus.c - focus shifts, and the report that gathers the store's
 * most telling answers.
 *
 * dyad_query_focus(): the unique events an actor A directs at others
 * (q->direction: or receives, or both), cooperative (quad classes 1-2)
 * and conflictual (3-4) apart, and all of them together (a turn from
 * conflict with one partner to cooperation with another shows there).
 * Each partner's share of A's events of a class is compared between two periods (split at q->split, or at the day
 * of A's middle event: halves by count) with a two-proportion z-test (pooled,
 * two-sided) or Fisher's exact test, one test per partner and class that
 * has at least q->min_events events; the p-values of A's tests are
 * adjusted with Holm's step-down method (within classes, and over all
 * events, as two families), and a partner whose adjusted p
 * is below q->alpha is a shift, up or down.  Each shift comes with
 * evidence: the sentences of its events in each period.
 *
 * Partners are countries (a code's first three letters when they name a
 * state) unless q->by_actor; A's own country is never its partner.
 */
#include "query.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "error.h"
#include "stats.h"

#define FX_CLASSES 3            /* cooperative, conflictual, all events */
#define FX_ALL 2
#define FX_CODE 64

static const char *const class_names[FX_CLASSES] = { "cooperative", "conflictual", "all" };

struct fx_row {
	int64_t id;             /* the unique event's row */
	int64_t event;          /* its gid */
	int32_t day;            /* days since 1970-01-01 */
	uint32_t partner;
	uint8_t cls, period;
};

struct fx_partner {
	char code[FX_CODE];
	unsigned n[FX_CLASSES][2];
};

struct fx_test {
	uint32_t partner;
	uint8_t cls;
	unsigned x1, n1, x2, n2;
	double z, p, p_adj;
	int shift;              /* +1 up, -1 down, 0 none */
};

struct focus {
	struct st_actor_match who;
	struct fx_row *rows;
	size_t n_rows, cap_rows;
	struct fx_partner *partners;
	size_t n_partners, cap_partners;
	struct fx_test *tests;
	size_t n_tests, n_shifts;
	unsigned totals[FX_CLASSES][2];
	int32_t first, split, last;     /* days; period 2 starts at split */
	int has_split;
};

static void focus_free(struct focus *f)
{
	free(f->rows);
	free(f->partners);
	free(f->tests);
	memset(f, 0, sizeof(*f));
}

/* ---- values for the sink --------------------------------------------------- */

static struct dyad_value v_text(const char *s)
{
	struct dyad_value v = { 0 };

	if (!s)
		return v;
	v.type = DYAD_VTEXT;
	v.s = s;
	v.len = strlen(s);
	return v;
}

static struct dyad_value v_int(int64_t i)
{
	struct dyad_value v = { 0 };

	v.type = DYAD_VINT;
	v.i = i;
	return v;
}

static struct dyad_value v_real(double r, int digits)
{
	struct dyad_value v = { 0 };

	if (isnan(r))
		return v;
	v.type = DYAD_VREAL;
	v.r = r;
	v.digits = digits;
	return v;
}

/* ---- days -------------------------------------------------------------------- */

static int day_parse(const char *s, int32_t *out)
{
	struct dyad_date d;
	int64_t z;

	if (!s || dyad_date_parse(s, strlen(s), &d) || d.precision != DYAD_PREC_DAY ||
	    date_to_days(d, &z))
		return -1;
	*out = (int32_t)z;
	return 0;
}

static void day_format(int32_t z, char buf[11])
{
	struct dyad_date d;

	if (date_from_days(z, &d))
		buf[0] = '\0';
	else
		dyad_date_format(d, buf);
}

/* The bucket a day falls in, as text (OUT: buf). */
static void day_bucket(int32_t z, enum dyad_bucket bk, char buf[11])
{
	if (bk == DYAD_BUCKET_WEEK)
		z -= (date_weekday_from_days(z) + 6) % 7;       /* back to Monday */
	day_format(z, buf);
	if (bk == DYAD_BUCKET_MONTH)
		buf[7] = '\0';
}

/* ---- gathering ------------------------------------------------------------------ */

static int partner_index(struct focus *f, const char *code, uint32_t *out)
{
	size_t i;

	for (i = 0; i < f->n_partners; i++)
		if (!strcmp(f->partners[i].code, code)) {
			*out = (uint32_t)i;
			return 0;
		}
	if (f->n_partners == f->cap_partners) {
		size_t cap = f->cap_partners ? 2 * f->cap_partners : 32;
		struct fx_partner *p = realloc(f->partners, cap * sizeof(*p));
		if (!p)
			return -1;
		f->partners = p;
		f->cap_partners = cap;
	}
	memset(&f->partners[f->n_partners], 0, sizeof(f->partners[0]));
	snprintf(f->partners[f->n_partners].code, FX_CODE, "%s", code);
	*out = (uint32_t)f->n_partners++;
	return 0;
}

/* 1 when code is (or belongs to) the focus actor. */
static int is_self(const struct focus *f, const char *code)
{
	if (f->who.exact)
		return !strcmp(code, f->who.lo);
	return !strncmp(code, f->who.lo, 3);
}

static int gather_side(dyad_store *st, const struct dyad_query *q, struct focus *f,
		       int incoming, dyad_error *err)
{
	struct dyad_query g = *q;
	const char *other = incoming ? "e.source" : "e.target";
	sqlite3_stmt *s;
	struct qb b;
	int rc;

	g.actor = g.source = g.target = NULL;
	g.quad_class = 0;
	if (incoming)
		g.target = q->a;
	else
		g.source = q->a;
	qb_init(&b, err);
	qb_unique(&b, &g);
	qb_sql(&b, "SELECT e.id, e.gid, e.day, e.quad_class, ");
	buf_printf(&b.sql, q->by_actor ? "%s" : "country(%s)", other);
	qb_sql(&b, " FROM u JOIN events e ON e.id = u.id WHERE e.day IS NOT NULL");
	rc = qb_prepare(st, &b, &s);
	qb_free(&b);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *day = (const char *)sqlite3_column_text(s, 2);
		const char *partner = (const char *)sqlite3_column_text(s, 4);
		int quad = sqlite3_column_int(s, 3);
		struct fx_row *r;
		int32_t z;
		if (!partner || is_self(f, partner) || quad < 1 || quad > 4 || day_parse(day, &z))
			continue;
		if (f->n_rows == f->cap_rows) {
			size_t cap = f->cap_rows ? 2 * f->cap_rows : 256;
			struct fx_row *p = realloc(f->rows, cap * sizeof(*p));
			if (!p)
				break;
			f->rows = p;
			f->cap_rows = cap;
		}
		r = &f->rows[f->n_rows];
		r->id = sqlite3_column_int64(s, 0);
		r->event = sqlite3_column_int64(s, 1);
		r->day = z;
		r->cls = quad <= 2 ? 0 : 1;
		if (partner_index(f, partner, &r->partner))
			break;
		f->n_rows++;
	}
	sqlite3_finalize(s);
	if (rc == SQLITE_ROW)
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	if (rc != SQLITE_DONE)
		return q_fail(st, err, "reading events");
	return DYAD_OK;
}

static int by_day(const void *a, const void *b)
{
	const struct fx_row *x = a, *y = b;

	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

static int by_class_p(const void *a, const void *b)
{
	const struct fx_test *x = a, *y = b;

	if (x->cls != y->cls)
		return x->cls < y->cls ? -1 : 1;
	if (x->p != y->p)
		return x->p < y->p ? -1 : 1;
	return x->partner < y->partner ? -1 : x->partner > y->partner;
}

/* Gather A's events, split them in two periods, test every partner.
 * split_day, when not NULL, overrides q->split. */
static int focus_compute(dyad_store *st, const struct dyad_query *q, struct focus *f,
			 dyad_error *err)
{
	size_t i, k;
	double *p = NULL, *adj = NULL;
	int rc;

	memset(f, 0, sizeof(*f));
	if (!q->a)
		return dyad_fail(err, DYAD_EUSAGE, "focus: which actor?");
	if ((rc = st_actor_match(q->a, &f->who, err)))
		return rc;
	if (q->direction != DYAD_DIR_IN && (rc = gather_side(st, q, f, 0, err)))
		return rc;
	if (q->direction != DYAD_DIR_OUT && (rc = gather_side(st, q, f, 1, err)))
		return rc;
	if (!f->n_rows)
		return DYAD_OK;
	qsort(f->rows, f->n_rows, sizeof(*f->rows), by_day);
	f->first = f->rows[0].day;
	f->last = f->rows[f->n_rows - 1].day;
	if (q->split) {
		if (day_parse(q->split, &f->split))
			return dyad_fail(err, DYAD_EUSAGE, "--split: '%s' is not a day (YYYY-MM-DD)",
					 q->split);
		f->has_split = 1;
	} else {
		/* Halves by events: the second period starts on the day of
		 * the middle event, or the first day after the first. */
		size_t mid = f->n_rows / 2;
		while (mid < f->n_rows && f->rows[mid].day == f->first)
			mid++;
		if (mid < f->n_rows) {
			f->split = f->rows[mid].day;
			f->has_split = 1;
		}
	}
	for (i = 0; i < f->n_rows; i++) {
		struct fx_row *r = &f->rows[i];
		r->period = f->has_split && r->day >= f->split;
		f->totals[r->cls][r->period]++;
		f->partners[r->partner].n[r->cls][r->period]++;
		/* All events together: a move from conflict with one partner
		 * to cooperation with another shows here. */
		f->totals[FX_ALL][r->period]++;
		f->partners[r->partner].n[FX_ALL][r->period]++;
	}
	f->tests = calloc(f->n_partners * FX_CLASSES + 1, sizeof(*f->tests));
	if (!f->tests)
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	for (k = 0; k < FX_CLASSES; k++) {
		if (!f->totals[k][0] || !f->totals[k][1])
			continue;
		for (i = 0; i < f->n_partners; i++) {
			const struct fx_partner *pt = &f->partners[i];
			struct fx_test *t;
			unsigned n = pt->n[k][0] + pt->n[k][1];
			if (!n || n < q->min_events)
				continue;
			t = &f->tests[f->n_tests++];
			t->partner = (uint32_t)i;
			t->cls = (uint8_t)k;
			t->x1 = pt->n[k][0];
			t->n1 = f->totals[k][0];
			t->x2 = pt->n[k][1];
			t->n2 = f->totals[k][1];
			t->p = stats_ztest(t->x1, t->n1, t->x2, t->n2, &t->z);
			if (q->test == DYAD_TEST_FISHER)
				t->p = stats_fisher(t->x1, t->n1 - t->x1, t->x2, t->n2 - t->x2);
		}
	}
	if (!f->n_tests)
		return DYAD_OK;
	p = malloc(f->n_tests * sizeof(*p));
	adj = malloc(f->n_tests * sizeof(*adj));
	if (!p || !adj) {
		free(p);
		free(adj);
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	}
	/* Two families of hypotheses, each corrected on its own: partners'
	 * shares within the cooperative and conflictual classes, and their
	 * shares of all events.  The tests come in class order, so the
	 * second family is the tail of the list. */
	for (i = 0; i < f->n_tests; i++)
		p[i] = f->tests[i].p;
	for (i = 0; i < f->n_tests && f->tests[i].cls != FX_ALL; i++)
		;
	if ((i && stats_holm(p, adj, i)) ||
	    (f->n_tests > i && stats_holm(p + i, adj + i, f->n_tests - i))) {
		free(p);
		free(adj);
		return dyad_fail(err, DYAD_ENOMEM, "out of memory");
	}
	for (i = 0; i < f->n_tests; i++) {
		struct fx_test *t = &f->tests[i];
		t->p_adj = adj[i];
		if (t->p_adj < q->alpha) {
			t->shift = t->z > 0 ? 1 : -1;
			f->n_shifts++;
		}
	}
	free(p);
	free(adj);
	qsort(f->tests, f->n_tests, sizeof(*f->tests), by_class_p);
	return DYAD_OK;
}

/* ---- writing it out -------------------------------------------------------------- */

static const char *test_name(enum dyad_test t)
{
	return t == DYAD_TEST_FISHER ? "Fisher's exact test (two-sided)"
				     : "two-proportion z-test (pooled, two-sided)";
}

static const char *direction_name(enum dyad_direction d)
{
	return d == DYAD_DIR_IN ? "in" : d == DYAD_DIR_BOTH ? "both" : "out";
}

/* The name of an actor code from the store (OUT: buf, "" when unknown). */
static void actor_name(dyad_store *st, const char *code, char *buf, size_t size)
{
	sqlite3_stmt *s;

	buf[0] = '\0';
	if (sqlite3_prepare_v2(st->db, "SELECT name FROM actors WHERE code = ?1", -1, &s,
			       NULL) != SQLITE_OK)
		return;
	sqlite3_bind_text(s, 1, code, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
		snprintf(buf, size, "%s", (const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
}

static struct dyad_value v_name(const char *buf)
{
	return buf[0] ? v_text(buf) : v_text(NULL);
}

static int put_table(const struct dyad_sink *sink, const char *name,
		     const char *const *cols, size_t n)
{
	return sink->table(sink->ctx, name, cols, n);
}

static const char *const focus_cols[] = {
	"actor", "actor_name", "direction", "mode", "period1_from", "period1_to",
	"period2_from", "period2_to", "cooperative1", "cooperative2", "conflictual1",
	"conflictual2", "test", "correction", "alpha", "tests", "shifts",
};

static int emit_summary(dyad_store *st, const struct dyad_query *q, const struct focus *f,
			const struct dyad_sink *sink)
{
	struct dyad_value v[17];
	char name[256], d[4][11] = { "", "", "", "" };
	int rc;

	if ((rc = put_table(sink, "focus", focus_cols, 17)))
		return rc;
	actor_name(st, f->who.lo, name, sizeof(name));
	if (f->n_rows) {
		day_format(f->first, d[0]);
		if (f->has_split) {
			day_format(f->split - 1, d[1]);
			day_format(f->split, d[2]);
		}
		day_format(f->last, d[3]);
	}
	v[0] = v_text(f->who.lo);
	v[1] = v_name(name);
	v[2] = v_text(direction_name(q->direction));
	v[3] = v_text(q->mode == DYAD_MODE_ANY ? "any" : dyad_mode_name((enum dyad_mode)q->mode));
	v[4] = v_text(d[0][0] ? d[0] : NULL);
	v[5] = v_text(d[1][0] ? d[1] : NULL);
	v[6] = v_text(d[2][0] ? d[2] : NULL);
	v[7] = v_text(d[3][0] ? d[3] : NULL);
	v[8] = v_int(f->totals[0][0]);
	v[9] = v_int(f->totals[0][1]);
	v[10] = v_int(f->totals[1][0]);
	v[11] = v_int(f->totals[1][1]);
	v[12] = v_text(test_name(q->test));
	v[13] = v_text("Holm");
	v[14] = v_real(q->alpha, -1);
	v[15] = v_int((int64_t)f->n_tests);
	v[16] = v_int((int64_t)f->n_shifts);
	return sink->row(sink->ctx, v, 17);
}

static const char *const partner_cols[] = {
	"class", "partner", "partner_name", "n1", "share1", "n2", "share2", "change",
	"z", "p", "p_adj", "shift",
};

static double share(unsigned x, unsigned n)
{
	return n ? (double)x / n : NAN;
}

static const char *shift_name(int shift)
{
	return shift > 0 ? "up" : shift < 0 ? "down" : NULL;
}

static int emit_partners(dyad_store *st, const struct focus *f, const struct dyad_sink *sink)
{
	struct dyad_value v[12];
	char name[256];
	size_t i, k;
	int rc;

	if ((rc = put_table(sink, "partners", partner_cols, 12)))
		return rc;
	/* Tested partners first, by class and p; then the others by class
	 * and count. */
	for (i = 0; i < f->n_tests; i++) {
		const struct fx_test *t = &f->tests[i];
		const struct fx_partner *pt = &f->partners[t->partner];
		actor_name(st, pt->code, name, sizeof(name));
		v[0] = v_text(class_names[t->cls]);
		v[1] = v_text(pt->code);
		v[2] = v_name(name);
		v[3] = v_int(t->x1);
		v[4] = v_real(share(t->x1, t->n1), 3);
		v[5] = v_int(t->x2);
		v[6] = v_real(share(t->x2, t->n2), 3);
		v[7] = v_real(share(t->x2, t->n2) - share(t->x1, t->n1), 3);
		v[8] = v_real(t->z, 2);
		v[9] = v_real(t->p, -1);
		v[10] = v_real(t->p_adj, -1);
		v[11] = v_text(shift_name(t->shift));
		if ((rc = sink->row(sink->ctx, v, 12)))
			return rc;
	}
	for (k = 0; k < FX_CLASSES; k++)
		for (i = 0; i < f->n_partners; i++) {
			const struct fx_partner *pt = &f->partners[i];
			size_t j;
			if (!pt->n[k][0] && !pt->n[k][1])
				continue;
			for (j = 0; j < f->n_tests; j++)
				if (f->tests[j].partner == i && f->tests[j].cls == k)
					break;
			if (j < f->n_tests)
				continue;
			actor_name(st, pt->code, name, sizeof(name));
			v[0] = v_text(class_names[k]);
			v[1] = v_text(pt->code);
			v[2] = v_name(name);
			v[3] = v_int(pt->n[k][0]);
			v[4] = v_real(share(pt->n[k][0], f->totals[k][0]), 3);
			v[5] = v_int(pt->n[k][1]);
			v[6] = v_real(share(pt->n[k][1], f->totals[k][1]), 3);
			v[7] = v_real(share(pt->n[k][1], f->totals[k][1]) -
				      share(pt->n[k][0], f->totals[k][0]), 3);
			v[8] = v[9] = v[10] = v[11] = v_text(NULL);
			if ((rc = sink->row(sink->ctx, v, 12)))
				return rc;
		}
	return DYAD_OK;
}

static const char *const share_cols[] = { "bucket", "class", "partner", "events", "share" };

/* Shares over time of each class's q->top largest partners ("other" for
 * the rest). */
static int emit_shares(const struct dyad_query *q, const struct focus *f,
		       const struct dyad_sink *sink)
{
	struct dyad_value v[5];
	unsigned *counts = NULL;
	size_t i, k, start, np = f->n_partners + 1;
	int rc;

	if ((rc = put_table(sink, "shares", share_cols, 5)))
		return rc;
	counts = calloc(np, sizeof(*counts));
	if (!counts)
		return DYAD_ENOMEM;
	for (k = 0; k < FX_CLASSES && !rc; k++) {
		uint8_t *top = calloc(f->n_partners + 1, 1);
		size_t t;
		if (!top) {
			rc = DYAD_ENOMEM;
			break;
		}
		/* The top partners of class k over both periods. */
		for (t = 0; t < q->top; t++) {
			size_t best = np;
			unsigned best_n = 0;
			for (i = 0; i < f->n_partners; i++) {
				unsigned n = f->partners[i].n[k][0] + f->partners[i].n[k][1];
				if (!top[i] && n > best_n) {
					best = i;
					best_n = n;
				}
			}
			if (best == np)
				break;
			top[best] = 1;
		}
		for (start = 0; start < f->n_rows && !rc;) {
			char bucket[11], next[11];
			unsigned total = 0;
			size_t end;
			day_bucket(f->rows[start].day, q->bucket, bucket);
			memset(counts, 0, np * sizeof(*counts));
			for (end = start; end < f->n_rows; end++) {
				const struct fx_row *r = &f->rows[end];
				day_bucket(r->day, q->bucket, next);
				if (strcmp(next, bucket))
					break;
				if (r->cls != k && k != FX_ALL)
					continue;
				counts[top[r->partner] ? r->partner : f->n_partners]++;
				total++;
			}
			for (i = 0; i < np && total && !rc; i++) {
				if (!counts[i])
					continue;
				v[0] = v_text(bucket);
				v[1] = v_text(class_names[k]);
				v[2] = v_text(i < f->n_partners ? f->partners[i].code : "other");
				v[3] = v_int(counts[i]);
				v[4] = v_real((double)counts[i] / total, 3);
				rc = sink->row(sink->ctx, v, 5);
			}
			start = end;
		}
		free(top);
	}
	free(counts);
	return rc;
}

static const char *const evidence_cols[] = {
	"actor", "class", "partner", "direction", "period", "day", "event", "article", "text",
};

/* Up to q->evidence sentences per period for each shift of f. */
static int emit_evidence(dyad_store *st, const struct dyad_query *q, const struct focus *f,
			 const struct fx_test *only, const struct dyad_sink *sink,
			 dyad_error *err)
{
	struct dyad_value v[9];
	sqlite3_stmt *s;
	size_t i, j;
	int rc;

	if ((rc = st_prepare(st, "SELECT e.day, a.ref, s.text FROM events e"
			     " JOIN articles a ON a.id = e.article JOIN sentences s"
			     " ON s.article = e.article AND s.idx = e.sentence WHERE e.id = ?1",
			     &s, err)))
		return rc;
	for (i = 0; i < f->n_tests && !rc; i++) {
		const struct fx_test *t = &f->tests[i];
		unsigned shown[2] = { 0, 0 };
		if (only ? only != t : !t->shift)
			continue;
		for (j = 0; j < f->n_rows && !rc; j++) {
			const struct fx_row *r = &f->rows[j];
			if (r->partner != t->partner || (r->cls != t->cls && t->cls != FX_ALL) ||
			    shown[r->period] >= q->evidence)
				continue;
			shown[r->period]++;
			sqlite3_bind_int64(s, 1, r->id);
			if (sqlite3_step(s) != SQLITE_ROW) {
				sqlite3_reset(s);
				continue;
			}
			v[0] = v_text(f->who.lo);
			v[1] = v_text(class_names[t->cls]);
			v[2] = v_text(f->partners[t->partner].code);
			v[3] = v_text(t->z < 0 ? "down" : "up");
			v[4] = v_int(r->period + 1);
			q_value(s, 0, &v[5]);
			v[6] = v_int(r->event);
			q_value(s, 1, &v[7]);
			q_value(s, 2, &v[8]);
			rc = sink->row(sink->ctx, v, 9);
			sqlite3_reset(s);
		}
	}
	sqlite3_finalize(s);
	return rc;
}

int dyad_query_focus(dyad_store *st, const struct dyad_query *q,
		     const struct dyad_sink *sink, dyad_error *err)
{
	struct focus f;
	int rc = focus_compute(st, q, &f, err);

	if (!rc)
		rc = emit_summary(st, q, &f, sink);
	if (!rc)
		rc = emit_partners(st, &f, sink);
	if (!rc)
		rc = emit_shares(q, &f, sink);
	if (!rc && !(rc = put_table(sink, "evidence", evidence_cols, 9)))
		rc = emit_evidence(st, q, &f, NULL, sink, err);
	focus_free(&f);
	return rc;
}

/* ---- the report ---------------------------------------------------------------------- */

static int report_summary(dyad_store *st, const struct dyad_query *q,
			  const struct dyad_sink *sink, dyad_error *err)
{
	struct dyad_value v[11];
	static const char *const cols[] = {
		"articles", "copies", "events", "reports", "stories", "sites", "first",
		"last", "test", "correction", "alpha",
	};
	sqlite3_stmt *s;
	int rc, i;

	if ((rc = st_prepare(st, "SELECT (SELECT count(*) FROM articles),"
			     " (SELECT count(*) FROM copies),"
			     " (SELECT count(DISTINCT gid) FROM events),"
			     " (SELECT count(*) FROM events) + (SELECT coalesce(sum(a.n_events), 0)"
			     "  FROM copies c JOIN articles a ON a.id = c.article),"
			     " (SELECT count(*) FROM stories),"
			     " (SELECT count(DISTINCT coalesce(site, '')) FROM (SELECT site FROM articles"
			     "  UNION ALL SELECT site FROM copies)),"
			     " (SELECT min(day) FROM events), (SELECT max(day) FROM events)",
			     &s, err)))
		return rc;
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_finalize(s);
		return st_fail(st, err, "reading the store");
	}
	if (!(rc = put_table(sink, "summary", cols, 11))) {
		for (i = 0; i < 8; i++)
			q_value(s, i, &v[i]);
		v[8] = v_text(test_name(q->test));
		v[9] = v_text("Holm, per actor");
		v[10] = v_real(q->alpha, -1);
		rc = sink->row(sink->ctx, v, 11);
	}
	sqlite3_finalize(s);
	return rc;
}

struct shift_ref {
	size_t actor;           /* index into the report's foci */
	const struct fx_test *t;
};

static int by_evidence(const void *a, const void *b)
{
	const struct shift_ref *x = a, *y = b;
	double cx = fabs((double)x->t->x2 / x->t->n2 - (double)x->t->x1 / x->t->n1);
	double cy = fabs((double)y->t->x2 / y->t->n2 - (double)y->t->x1 / y->t->n1);

	if (!x->t->shift != !y->t->shift)
		return x->t->shift ? -1 : 1;
	if (x->t->p_adj != y->t->p_adj)
		return x->t->p_adj < y->t->p_adj ? -1 : 1;
	if (cx != cy)
		return cx > cy ? -1 : 1;
	return x->actor < y->actor ? -1 : x->actor > y->actor;
}

#define REPORT_ACTORS 8

static const char *const shift_cols[] = {
	"actor", "actor_name", "class", "partner", "partner_name", "split", "n1",
	"share1", "n2", "share2", "change", "p_adj", "significant",
};

static int report_shifts(dyad_store *st, const struct dyad_query *q,
			 const struct dyad_sink *sink, dyad_error *err)
{
	struct focus foci[REPORT_ACTORS];
	char actors[REPORT_ACTORS][FX_CODE];
	struct shift_ref *refs = NULL;
	size_t n_actors = 0, n_refs = 0, i, j, shown;
	struct dyad_query g = *q;
	sqlite3_stmt *s;
	struct qb b;
	int rc;

	memset(foci, 0, sizeof(foci));
	/* The most active countries, by events aimed abroad. */
	g.actor = g.source = g.target = NULL;
	qb_init(&b, err);
	qb_unique(&b, &g);
	qb_sql(&b, "SELECT country(e.source) AS c FROM u JOIN events e ON e.id = u.id"
	       " WHERE length(country(e.source)) = 3 AND country(e.source) != country(e.target)"
	       " GROUP BY c ORDER BY count(*) DESC, c");
	qb_limit(&b, REPORT_ACTORS);
	rc = qb_prepare(st, &b, &s);
	qb_free(&b);
	if (rc)
		return rc;
	while (sqlite3_step(s) == SQLITE_ROW && n_actors < REPORT_ACTORS)
		snprintf(actors[n_actors++], FX_CODE, "%s", (const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);

	for (i = 0; i < n_actors && !rc; i++) {
		g.a = actors[i];
		g.direction = DYAD_DIR_OUT;
		rc = focus_compute(st, &g, &foci[i], err);
		n_refs += foci[i].n_tests;
	}
	if (!rc && n_refs && !(refs = calloc(n_refs, sizeof(*refs))))
		rc = dyad_fail(err, DYAD_ENOMEM, "out of memory");
	/* Every share that moved, the significant first: with none, the
	 * largest moves still show, their adjusted p saying how little
	 * they mean. */
	for (i = 0, n_refs = 0; i < n_actors && !rc; i++)
		for (j = 0; j < foci[i].n_tests; j++)
			if (foci[i].tests[j].x1 * foci[i].tests[j].n2 !=
			    foci[i].tests[j].x2 * foci[i].tests[j].n1) {
				refs[n_refs].actor = i;
				refs[n_refs++].t = &foci[i].tests[j];
			}
	if (n_refs)
		qsort(refs, n_refs, sizeof(*refs), by_evidence);
	shown = n_refs < (q->limit ? q->limit : 5) ? n_refs : (q->limit ? q->limit : 5);
	if (!rc)
		rc = put_table(sink, "shifts", shift_cols, 13);
	for (i = 0; i < shown && !rc; i++) {
		const struct focus *f = &foci[refs[i].actor];
		const struct fx_test *t = refs[i].t;
		struct dyad_value v[13];
		char an[256], pn[256], split[11];
		actor_name(st, f->who.lo, an, sizeof(an));
		actor_name(st, f->partners[t->partner].code, pn, sizeof(pn));
		day_format(f->split, split);
		v[0] = v_text(f->who.lo);
		v[1] = v_name(an);
		v[2] = v_text(class_names[t->cls]);
		v[3] = v_text(f->partners[t->partner].code);
		v[4] = v_name(pn);
		v[5] = v_text(split);
		v[6] = v_int(t->x1);
		v[7] = v_real(share(t->x1, t->n1), 3);
		v[8] = v_int(t->x2);
		v[9] = v_real(share(t->x2, t->n2), 3);
		v[10] = v_real(share(t->x2, t->n2) - share(t->x1, t->n1), 3);
		v[11] = v_real(t->p_adj, -1);
		v[12] = v_text(t->shift ? "yes" : "no");
		rc = sink->row(sink->ctx, v, 13);
	}
	if (!rc)
		rc = put_table(sink, "evidence", evidence_cols, 9);
	for (i = 0; i < shown && !rc; i++)
		rc = emit_evidence(st, q, &foci[refs[i].actor], refs[i].t, sink, err);
	free(refs);
	for (i = 0; i < n_actors; i++)
		focus_free(&foci[i]);
	return rc;
}

int dyad_query_report(dyad_store *st, const struct dyad_query *q,
		      const struct dyad_sink *sink, dyad_error *err)
{
	int rc = report_summary(st, q, sink, err);

	if (!rc) {
		struct dyad_query d = *q;
		d.limit = q->limit ? q->limit : 10;
		rc = dyad_query_dyads(st, &d, sink, err);
	}
	if (!rc) {
		struct dyad_query w = *q;
		w.limit = q->limit ? q->limit : 10;
		rc = dyad_query_places(st, &w, sink, err);
	}
	if (!rc)
		rc = report_shifts(st, q, sink, err);
	if (!rc) {
		struct dyad_query s = *q;
		s.story = 0;
		s.limit = q->limit ? q->limit : 5;
		rc = dyad_query_story(st, &s, sink, err);
	}
	return rc;
}
